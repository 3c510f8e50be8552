import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusPath, haveCorpus } from "../../test/corpus";
import { parseChangelog } from "./parse-changelog";
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
