import { describe, expect, test } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { readMboxSummaries } from "./testing/read-mbox-summaries";

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
