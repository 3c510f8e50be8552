import { describe, expect, test } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { coverVersionHint } from "./build-message-summary";
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
