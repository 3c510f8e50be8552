import { describe, expect, test } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import type { MailMessage } from "../mail/types";
import { analyzeSeries } from "./analyze-series";
import { buildMessageSummary, coverVersionHint } from "./build-message-summary";
import { readMboxSummaries } from "./testing/read-mbox-summaries";

describe("coverVersionHint", () => {
  test.each([
    ["[PATCH 0/3] x", "Intro.\n\nChanges since v1:\n - a\n", 2],
    ["[PATCH 0/3] x", "Intro.\n\nv3:\n - b\nv2:\n - a\n", 3],
    // A link to an earlier posting is not a changelog (lib/mail's parseChangelog skips it); linking uses it
    // as "cites" evidence instead.
    ["[PATCH 0/3] x", "Intro.\n\nv1: https://lore.kernel.org/r/a@b/\n", null],
    ["[PATCH 0/3] x", "Intro, no changelog.\n", null],
    ["[PATCH v4 0/3] x", "Changes since v1:\n - a\n", null],
    ["Re: [PATCH 0/3] x", "Changes since v1:\n - a\n", null],
    ["", "pinctrl: sort\n\nChanges in v3:\n - a\n", 3],
  ])("%j %j -> %j", (subject, body, hint) => {
    expect(coverVersionHint(subject, body)).toBe(hint);
  });
});

describe.skipIf(!haveCorpus)("buildMessageSummary", () => {
  test("b4 cover: change-id read, no diff; patches: fingerprint with files and patch-id", async () => {
    const s = await readMboxSummaries(corpusPath("b4", "shazam-git1-just-series.mbox"));
    expect(s).toHaveLength(5);
    const [cover, ...patches] = s;
    expect(cover!.changeId).toBe("20221025-test1-e8520c2200a3");
    expect(cover!.hasDiff).toBe(false);
    expect(cover!.diffFingerprint).toBeUndefined();
    for (const p of patches) {
      expect(p.hasDiff).toBe(true);
      expect(p.changeId).toBeNull();
      expect(p.diffFingerprint!.files.length).toBeGreaterThan(0);
      expect(p.diffFingerprint!.patchId).toMatch(/^[0-9a-f]{40}$/);
      expect(p.diffFingerprint!.changedLines!.length).toBeGreaterThan(0);
    }
    expect(new Set(patches.map((p) => p.diffFingerprint!.patchId)).size).toBe(4);
  });

  test("killable-vma v2 cover cites v1 through its lore link", async () => {
    const s = await readMboxSummaries(corpusPath("lore", "killable-vma", "mbox", "v2-thread.mboxrd"));
    const cover = s.find((x) => x.messageId === "20260217163250.2326001-1-surenb@google.com")!;
    expect(cover.bodyLinks).toEqual(["20260209220849.2126486-1-surenb@google.com"]);
    expect(cover.to).toContain("akpm@linux-foundation.org");
  });
});

describe("buildMessageSummary: a patch pasted below a note, under a subject with no title", () => {
  const body = [
    "Two patches from Ada attached; I reworded the first.",
    "",
    "From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001",
    "From: Ada Writer <ada@example.com>",
    "Date: Fri, 23 Dec 2022 10:41:25 +0000",
    "Subject: [PATCH 1/2] fs: print the last update time",
    "",
    "Print it.",
    "",
    "Signed-off-by: Ada Writer <ada@example.com>",
    "---",
    "diff --git a/fs/a.c b/fs/a.c",
    "index 1111111..2222222 100644",
    "--- a/fs/a.c",
    "+++ b/fs/a.c",
    "@@ -1,2 +1,2 @@",
    " int a;",
    "-int b;",
    "+long b;",
    "",
  ].join("\n");
  const mail = (subject: string): MailMessage => ({
    messageId: `${subject.length}@example.org`, messageIdSynthesized: false, from: { name: "Sam Sender", email: "sam@example.org" }, to: [], cc: [],
    subject, date: new Date(Date.UTC(2023, 0, 18)), dateSource: "header", inReplyTo: [], references: [], listId: null, body, patchAttachments: [], headers: {},
  });

  test("the attached file's subject gives the posting its title", () => {
    const s = buildMessageSummary(mail("[PATCH][SMB3 client]"));
    expect(s.attachedSubject).toBe("[PATCH 1/2] fs: print the last update time");
    expect(analyzeSeries([s]).series[0]!.title).toBe("fs: print the last update time");
  });

  test("a subject with a title keeps it", () => {
    const s = buildMessageSummary(mail("[PATCH] fs: show the update time"));
    expect(s.attachedSubject).toBeUndefined();
    expect(analyzeSeries([s]).series[0]!.title).toBe("fs: show the update time");
  });
});
