import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { changelogBlocks, parseChangelog } from "./parse-changelog";
import { parseMessage } from "./parse-message";

describe("parseChangelog", () => {
  it("reads headings of every common form", () => {
    const text = [
      "Changes since v1:", "- a", "", "v2 -> v3:", "- b", "", "Changes in v4:", "* c", "", "v5: d", "", "Since v5:", "- e", "",
      "Changes from v6 to v7:", "- f",
    ].join("\n");
    expect(parseChangelog(text).map((e) => [e.version, e.text])).toEqual([
      [2, "a"], [3, "b"], [4, "c"], [5, "d"], [6, "e"], [7, "f"],
    ]);
  });

  it("joins wrapped items and stops at the end of the list", () => {
    const text = "Changes in v2:\n- first line\n  continues here\n- second\n\n[1] https://lore.kernel.org/x\n\nAuthor (2):\n  a: b\n";
    expect(parseChangelog(text)).toEqual([
      { version: 2, text: "first line continues here", credits: [] },
      { version: 2, text: "second", credits: [] },
    ]);
  });

  it("credits people who asked for a change", () => {
    const text = [
      "Changes in v3:",
      "- use size_t, per Liam R. Howlett",
      "- drop the lock (Matthew Wilcox)",
      "- rename, suggested by Jann Horn.",
      "- add a test (v2 feedback)",
      "- split it, thanks to Lorenzo Stoakes and others",
      "- reorder",
      "  Suggested-by: Claudio Imbrenda <imbrenda@linux.ibm.com>",
      "- per the discussion, nothing",
    ].join("\n");
    expect(parseChangelog(text).map((e) => e.credits)).toEqual([
      ["Liam R. Howlett"], ["Matthew Wilcox"], ["Jann Horn"], [], ["Lorenzo Stoakes"], ["Claudio Imbrenda"], [],
    ]);
  });

  it("returns [] without a changelog", () => {
    expect(parseChangelog("Just a cover letter.\n\nNo changes listed.\n")).toEqual([]);
  });
});

describe.skipIf(!haveCorpus)("parseChangelog on killable-vma cover letters", () => {
  const cover = async (v: string, file: string) => {
    const res = await parseMessage(readFileSync(corpusPath("lore", "killable-vma", v, file)));
    if (!res.ok) throw new Error(res.reason);
    return parseChangelog(res.message.body);
  };

  it("v2 cover: 8 changes since v1, crediting Jann Horn and Ritesh Harjani", async () => {
    const cl = await cover("v2", "20260217T083247-0800_cover_0-3_Suren-Baghdasaryan.s390.eml");
    expect(cl).toHaveLength(8);
    expect(cl.every((e) => e.version === 2)).toBe(true);
    expect(cl.filter((e) => e.credits.includes("Jann Horn"))).toHaveLength(6);
    expect([...new Set(cl.flatMap((e) => e.credits))]).toEqual(["Jann Horn", "Ritesh Harjani"]);
    expect(cl[0]!.text).toBe(
      "Moved vma_start_write_killable() inside set_mempolicy_home_node() to be done before mpol_dup(new), per Jann Horn",
    );
  });

  it("v3 cover: 9 changes since v2, crediting Matthew Wilcox and Liam R. Howlett", async () => {
    const cl = await cover("v3", "20260225T230606-0800_cover_0-3_Suren-Baghdasaryan.ppc.eml");
    expect(cl).toHaveLength(9);
    expect(cl.every((e) => e.version === 3)).toBe(true);
    expect([...new Set(cl.flatMap((e) => e.credits))]).toEqual(["Matthew Wilcox", "Liam R. Howlett"]);
    expect(cl.at(-1)!.text).toMatch(/^fixed clear_refs_write\(\) error handling/);
  });
});

describe("parseChangelog: links to earlier postings", () => {
  it("a 'vN: <link>' line ends the list and is not an entry", () => {
    const body = "Changes since v1:\n- take the lock first (Ada Reviewer)\n\nv1: https://lore.example.org/list/1234@example.org/\nv0: <abc@example.org>\n";
    expect(parseChangelog(body).map((e) => e.text)).toEqual(["take the lock first (Ada Reviewer)"]);
  });
});

describe("parseChangelog: more heading shapes", () => {
  const read = (text: string) => parseChangelog(text).map((e) => [e.version, e.text]);

  it("reads headings without a colon, with reference numbers or words for the version", () => {
    expect(read("Changelog v3\n\t- reworded the docs\n\nChangelog v2\n\t- fixed style\n")).toEqual([[3, "reworded the docs"], [2, "fixed style"]]);
    expect(read("Intro.\n\nChangelog\n\n- refresh the docs (Ann)\n\n--\nsig\n")).toEqual([[null, "refresh the docs (Ann)"]]);
    expect(read("Changelog\n===\nSince v2\n---\n1. fixed a leak\n\nSince v1\n---\n1. other\n")).toEqual([[3, "fixed a leak"], [2, "other"]]);
    expect(read("Changes v2 since v1 at [1]:\n    - name the group\n\nLinks:\n")).toEqual([[2, "name the group"]]);
    expect(read("With respect to the v1 posting [3]\n\n - rebased\n\nAs the rebase needed work...\n")).toEqual([[2, "rebased"]]);
    expect(read("v1[2] -> v2:\n- a\n\nv2[3] -> v3:\n- b\n")).toEqual([[2, "a"], [3, "b"]]);
    expect(read("Changes since version 4:\n- c\n\nMain changes from version 1:\n\t- d\n")).toEqual([[5, "c"], [2, "d"]]);
    expect(read("changes from patch v2 to v3\n- e\n\nUpdate from V1:\n  f\n")).toEqual([[3, "e"], [2, "f"]]);
    expect(read(" 2 files changed\n\no v2\n - use the helper [Ann]\n")).toEqual([[2, "use the helper [Ann]"]]);
    expect(read("Changes from the previous version:\n\n  * call request_region()\n")).toEqual([[null, "call request_region()"]]);
  });

  it("does not read prose as a heading", () => {
    for (const text of [
      "Since v2 the driver reads the sensor twice.\n- not a change\n",
      "Compared to v1, this is faster.\n- not a change\n",
      "Changes\n- a bare word is too common in prose\n",
      "In v2 of the protocol:\n- not a change\n",
    ]) expect(read(text), text).toEqual([]);
  });

  it("changelogBlocks: only version-naming changelogs, ending at trailers", () => {
    const lines = ["Text.", "", "Changes:", "- describes the patch", "", "v3:", " - x", "", "v2:", " - y", "Signed-off-by: A <a@example.org>", "v4: z"];
    expect(changelogBlocks(lines)).toEqual([[5, 10], [11, 12]]);
  });
});
