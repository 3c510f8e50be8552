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
    expect(changelogBlocks(["Text.", "", "Changes since last iteration:", " - b", "", "Signed-off-by: A <a@example.org>"])).toEqual([[2, 4]]);
    expect(changelogBlocks(["Text.", "", "Changes since the last release of the tool the format is new."])).toEqual([]);
  });
});

describe("parseChangelog: shapes seen on the pwm and netfilter lists", () => {
  const read = (text: string) => parseChangelog(text).map((e) => [e.version, e.text]);

  it("reads past-tense, 'of', 'to' and '(implicit) v1' headings", () => {
    expect(read("Changed in v3:\n - wrap the log\n\nChanged in v2:\n - add a variable\n")).toEqual([[3, "wrap the log"], [2, "add a variable"]]);
    expect(read("Changed V2:\n  changed schema for clocks\n---\n")).toEqual([[2, "changed schema for clocks"]]);
    expect(read("changelog of v2:\n\n         - moved the put to one exit.\n")).toEqual([[2, "moved the put to one exit."]]);
    expect(read("Changes since (implicit) v1:\n - s/independant/independent/\n")).toEqual([[2, "s/independant/independent/"]]);
    expect(read("changes compared to (implict) v1:\n - keep the order\n")).toEqual([[2, "keep the order"]]);
    expect(read("Changes since to v1:\n - Edit commit msg.\n")).toEqual([[2, "Edit commit msg."]]);
    expect(read("Changes to v2:\n\n- rename the helper\n")).toEqual([[3, "rename the helper"]]);
    expect(read("Updates since last patch series:\n\n- show the merges\n")).toEqual([[null, "show the merges"]]);
  });

  it("skips the link to the earlier posting under a heading", () => {
    expect(read("Changes since (implicit) v1, available at\nhttps://lore.example.org/list/cover.1@example.org:\n\n - fix the binding example\n")).toEqual([[2, "fix the binding example"]]);
    expect(read("changes since (implicit) v1 sent with Message-Id:\n20230922142304.1-1-a@example.org:\n\n - use true, not 1\n")).toEqual([[2, "use true, not 1"]]);
    expect(read("(Implicit) v1 can be found at\nhttps://lore.example.org/x\nChanges since then:\n\n - patch #3 is new\n")).toEqual([[null, "patch #3 is new"]]);
    expect(read("Changes from v1 (https://lore.example.org/r/1@example.org)\n- terser guard (Jan)\n")).toEqual([[2, "terser guard (Jan)"]]);
  });

  it("reads an underlined 'Changelog:' over 'RFC v1 -> v2:' sections, each with a link line", () => {
    const text = [
      "Changelog:", "----------", "v2 -> v3:", "v2: https://lore.example.org/bpf/2@example.org", "", " * Fix build error (Patchwork)", "",
      "RFC v1 -> v2:", "v1: https://lore.example.org/bpf/1@example.org", "", " * Limit the support (Alexei)", "",
    ].join("\n");
    expect(read(text)).toEqual([[3, "Fix build error (Patchwork)"], [2, "Limit the support (Alexei)"]]);
    expect(read("RFC v2 -> v1:\n- use fentry programs\n")).toEqual([[1, "use fentry programs"]]);
  });

  it("reads other version headings: '<==>', '- >', 'updates', 'v3. Changes', dated, spaced dash", () => {
    expect(read("v2 <==> v1\n==========\n* Removed a space\n")).toEqual([[2, "Removed a space"]]);
    expect(read("v1 - > v2:\n- take the reference at attach time\n")).toEqual([[2, "take the reference at attach time"]]);
    expect(read("Changes v1 -> v2:\n- renamed the binding\n")).toEqual([[2, "renamed the binding"]]);
    expect(read("v2 updates:\n- fix a build error;\n\nv3 update:\n- fix a reference.\n")).toEqual([[2, "fix a build error;"], [3, "fix a reference."]]);
    expect(read("v3. Changes:\n\n- new patch for JSON input\n")).toEqual([[3, "new patch for JSON input"]]);
    expect(read("v7 (03-Mar-2025)\n- Move 2 patches out\n\nv6 (27-Dec-2024)\n- Add tags\n")).toEqual([[7, "Move 2 patches out"], [6, "Add tags"]]);
    expect(read("V1 - https://lore.example.org/all/1@example.org/\nV2 - Correct the filename\nand refine the log.\n")).toEqual([[2, "Correct the filename and refine the log."]]);
    expect(read("Since v1 (based on Phil's feedback -- thanks, Phil):\n\n * Added a patch.\n")).toEqual([[2, "Added a patch."]]);
    expect(read("Changs in v7:\n - fix\n")).toEqual([[7, "fix"]]);
    expect(read("Thanks,\nBoris.\n\n- v2:\n    - extracted from the series\n\nBoris (4):\n")).toEqual([[2, "extracted from the series"]]);
    expect(read("Changelog:\n\n* V1->V2:\n- Remove the check\n")).toEqual([[2, "Remove the check"]]);
    expect(read("Change-log:\n\n  In v1, I dropped the call.\n")).toEqual([[null, "In v1, I dropped the call."]]);
    expect(read("The main changes since the last series:\n- a\n\nChanges since last iteration:\n - b\n")).toEqual([[null, "a"], [null, "b"]]);
  });

  it("reads 'Change log:' with indented bullets after a blank, and prose under a versioned heading", () => {
    expect(read("Change log:\n\n  * In v1, I dropped the flag.\n    In v2 it is back.\n\nJeremy Sowden (1):\n  doc: fix\n")).toEqual([[null, "In v1, I dropped the flag. In v2 it is back."]]);
    expect(read("Changes since v1:\n\nCompletely rewritten: the\noptions are parsed once.\n---\n")).toEqual([[2, "Completely rewritten: the options are parsed once."]]);
  });

  it("does not read these as changelogs", () => {
    for (const text of [
      "Changes to 3 files:\n- not a change\n",
      "Changed in 3 places:\n- not a change\n",
      "Changes since v5.10:\n- not a change\n",
      "Changes mainly have 2 parts:\n  - T186 and later chips\n",
      "v1 was sent with Message-Id:\n<1@example.org> yesterday.\n",
    ]) expect(read(text), text).toEqual([]);
    // A bare "change:" ends a sentence; a quoted diff after it is no changelog.
    expect(read("I made the following code\nchange:\n\n> +\tcase 1:\n")).toEqual([]);
    expect(read("Changes since v1:\n\nAuthor Name (2):\n  a: b\n")).toEqual([]);
    expect(read("Changes since V1:\n\nHi all,\n\nthere were attempts\n")).toEqual([]);
    expect(read("v1:\n\nThe usual way to configure this is sysfs.\n")).toEqual([]);
  });
});

describe("parseChangelog: rarer heading shapes", () => {
  const read = (text: string) => parseChangelog(text).map((e) => [e.version, e.text]);

  it("'changelogs between vN & vM' takes the newer version", () => {
    const text = "changelogs between v1 & v2\n - add the driver\n\nchangelogs between v2 & v3\n - add a binding\n - use fwnode\n";
    expect(read(text)).toEqual([[2, "add the driver"], [3, "add a binding"], [3, "use fwnode"]]);
  });

  it("bullets that name their version: '- Changes in v3: ...'", () => {
    const text = "---\n- Changes in v4: rewrap the doc\n    - Changes in v3: add it to index.rst\n    - Changes in v2: review comments\n";
    expect(read(text)).toEqual([[4, "rewrap the doc"], [3, "add it to index.rst"], [2, "review comments"]]);
  });

  it("'Changes in new series v2:', 'Changes in RFC v2:', 'Changes on v2:'", () => {
    expect(read("Changes in new series v3:\n- drop a define\n")).toEqual([[3, "drop a define"]]);
    expect(read("Changes in RFC v2:\n- split the patch\n")).toEqual([[2, "split the patch"]]);
    expect(read("Changes on v2:\n\n - add a Fixes tag\n\n - move the check\n")).toEqual([[2, "add a Fixes tag"], [2, "move the check"]]);
  });

  it("'Changes since RFCv1', 'Changes since RFC:', 'bug fixes since V1:'", () => {
    expect(read("Changes since RFCv1\n- drop the mmap path (Ann)\n")).toEqual([[2, "drop the mmap path (Ann)"]]);
    expect(read("Changes since RFC [1]:\n- take the lock\n")).toEqual([[null, "take the lock"]]);
    expect(read("The driver got cleanups, enhancements and\nbug fixes since V1:\n\n- clean up the uapi\n")).toEqual([[2, "clean up the uapi"]]);
  });

  it("keeps prose out", () => {
    expect(read("Changes on v2 hardware are minimal.\n- not a list\n")).toEqual([]);
    expect(read("We got bug fixes since v1 from many people.\n- not a list\n")).toEqual([]);
    expect(read("The changes between v1 and v2 of the spec are small.\n")).toEqual([]);
    // A section that summarises the patches, not the revisions.
    expect(read("## Changes summary\nThere are 3 patches in this series.\n")).toEqual([]);
    // Without a colon, a bullet naming a version is an entry of the section around it.
    expect(read("v3:\n- changes in v2 of the firmware are handled\n")).toEqual([[3, "changes in v2 of the firmware are handled"]]);
  });

  it("stops at the diffstat under the last note", () => {
    const text = "---\n   - Changes in v11: add a version history\n\n a/b.c | 12 ++++--\n 1 file changed, 9 insertions(+), 3 deletions(-)\n";
    expect(read(text)).toEqual([[11, "add a version history"]]);
    expect(read("v2:\n  - first\n  drivers/x.c | 3 +-\n")).toEqual([[2, "first"]]);
  });
});

describe("parseChangelog: headings missed on linux-i2c/linux-watchdog", () => {
  const read = (text: string) => parseChangelog(text).map((e) => [e.version, e.text]);

  it.each([
    ["Changed since v1:\n- use devm_clk_get_enabled()\n", 2],
    ["Changed from v1:\n- use devm_clk_get_enabled()\n", 2],
    ["Changes since [v1]:\n\n    - use devm_clk_get_enabled()\n", 2],
    ["Changes of note from PATCH v1:\n- use devm_clk_get_enabled()\n", 2],
    ["v2 changes of note:\n\n- use devm_clk_get_enabled()\n", 2],
    ["== Changes for v2 ==\nuse devm_clk_get_enabled()\n", 2],
    ["Changed in version 2:\n- use devm_clk_get_enabled()\n", 2],
    ["Change log in v3:\n- use devm_clk_get_enabled()\n", 3],
    ["Change review issue since v1\n1. use devm_clk_get_enabled()\n", 2],
    ["v1-v2:\nuse devm_clk_get_enabled()\n---\n", 2],
    ["v3 changes\n  * use devm_clk_get_enabled()\n", 3],
    ["Revision history:\nv2 =>:\n- use devm_clk_get_enabled()\n", 3],
    ["Changes RFC1 -> RFC2:\n- use devm_clk_get_enabled()\n", 2],
    ["* Changes since v1:\n- use devm_clk_get_enabled()\n", 2],
    ["--Changes in v2:\n  use devm_clk_get_enabled()\n", 2],
    ["Changelog\n---------\n[v2]\n- use devm_clk_get_enabled()\n", 2],
  ])("%j", (text, version) => expect(read(text)).toEqual([[version, "use devm_clk_get_enabled()"]]));

  it("a heading followed by the link to the previous posting heads the bullets below it", () => {
    const text = "Changes since v4: https://lore.kernel.org/r/20250101-foo-v4-0-1@example.com\n- drop the lock\n- rename foo\n";
    expect(read(text)).toEqual([[5, "drop the lock"], [5, "rename foo"]]);
    // A version line that only points at the earlier posting is still no change.
    expect(read("v4: https://lore.kernel.org/r/20250101-foo-v4-0-1@example.com\n")).toEqual([]);
  });

  it("'- v5 changes:' bullets with their entries below", () => {
    expect(read(" - v3 changes:\n   none\n\n - v2 changes:\n   refine the commit message\n")).toEqual([[3, "none"], [2, "refine the commit message"]]);
  });

  it("version-labelled lines without a heading: a run of them, or one that opens with a verb", () => {
    const text = "V2 removed report functions\nV2 Formatting fixes\nV3 use constants directly\n";
    expect(read(text)).toEqual([[2, "removed report functions"], [2, "Formatting fixes"], [3, "use constants directly"]]);
    expect(read("v4   Fixed commit message\n")).toEqual([[4, "Fixed commit message"]]);
    expect(read("v2 hardware has a FIFO.\n")).toEqual([]);
  });

  it("a run of version lines in a commit message is a changelog block; a single verb line is not", () => {
    const msg = ["Add the watchdog.", "", "Signed-off-by: A <a@example.com>", "", "V2 removed report functions", "V3 use constants", ""];
    expect(changelogBlocks(msg)).toEqual([[4, 6]]);
    expect(changelogBlocks(["The v2 block:", "", "v2 added a FIFO to the controller.", ""])).toEqual([]);
  });

  it("still keeps prose out", () => {
    expect(read("The changes since v1 hardware are small.\n")).toEqual([]);
    expect(read("Changes to the driver were minor.\n- not a list\n")).toEqual([]);
    expect(read("We changed the v1 protocol.\n")).toEqual([]);
  });
});

// Shapes met in dmaengine cover letters and notes (own text, modelled on them).
describe("parseChangelog: more heading shapes", () => {
  const read = (text: string) => parseChangelog(text).map((e) => [e.version, e.text]);

  it("'In v3:' alone on its line heads the list below it", () => {
    const text = "Tidy the channel helpers.\n\nIn v3:\n- rebased on the latest rc\n\nIn v2:\n- reworded the logs (Ann Roe)\n\nAnn Roe (2):\n  foo: one\n";
    expect(read(text)).toEqual([[3, "rebased on the latest rc"], [2, "reworded the logs (Ann Roe)"]]);
    expect(parseChangelog(text)[1]!.credits).toEqual(["Ann Roe"]);
  });

  it("'In v3' in a sentence stays prose, in notes and in commit messages", () => {
    expect(read("In v3 we removed the lock because nothing needs it.\n- not a list item of ours\n")).toEqual([]);
    expect(read("In v3, the lock is gone.\n")).toEqual([]);
    expect(changelogBlocks(["Drop the lock.", "", "In v3 we removed the lock.", "", "Signed-off-by: A <a@example.com>"])).toEqual([]);
  });

  it("bracketed versions: 'Change in [v3]' with its bullets after a blank line", () => {
    const text = "Change in [v3]\n\n* Nothing changed\n\nChange in [v2]\n\n* Picked up the Acked-by tag\n\nChange in [v1]\n\n* Added the compatible string to\n  the binding.\n";
    expect(read(text)).toEqual([[3, "Nothing changed"], [2, "Picked up the Acked-by tag"], [1, "Added the compatible string to the binding."]]);
  });

  it("'Changes in patch v7:' with tab-indented bullets", () => {
    const text = "Add the driver.\n\nChanges in patch v7:\n\t* renamed the setup helper.\n\t* moved the start call into the\n\t  interrupt handler.\n\nv6 - https://example.org/v6\n";
    expect(read(text)).toEqual([[7, "renamed the setup helper."], [7, "moved the start call into the interrupt handler."]]);
    // A patch number is no version.
    expect(read("Patch 3:\n* Removed a check (also see\n  changes for Patch 5 above).\n")).toEqual([]);
  });

  it("an indented 'v2->v3:' section with '[1/4]' labels and '1.Add' numbering", () => {
    const text = [
      "  foo: add bar", "", "  v2->v3:", "    [1/4]", "    1.Explain the platform ops in the log.", "    2.Rename the structure.",
      "    [2/4]", "    3.Sort the locals.", "    10.Keep descriptors in CPU memory", "      when asked to.", "", "  v2 link:", "  https://example.org/v2", "",
    ].join("\n");
    expect(read(text)).toEqual([
      [3, "Explain the platform ops in the log."], [3, "Rename the structure."], [3, "Sort the locals."], [3, "Keep descriptors in CPU memory when asked to."],
    ]);
    // A number with a dot is a bullet only before a word.
    expect(read("v2->v3:\n- bump to 1.5 as asked\n2.x kernels unaffected\n")).toEqual([[3, "bump to 1.5 as asked 2.x kernels unaffected"]]);
  });

  it("'Changes with respect to the first version (see [1]) of this series:' names v2", () => {
    const text = "Adds 40-bit addressing.\n\nChanges with respect to the first version (see [1]) of this series:\n\n* dropped the second chip; it comes\n  later.\n\n* merged the other series [2].\n\n[1] https://example.org/1\n";
    expect(read(text)).toEqual([[2, "dropped the second chip; it comes later."], [2, "merged the other series [2]."]]);
    expect(read("Changes since the second version:\n- none\n")).toEqual([[3, "none"]]);
    expect(read("Changes since the first version are small.\n- not ours\n")).toEqual([]);
  });
});

describe("parseChangelog: \"ver #N)\" sections", () => {
  it("reads the sections under an underlined Changes heading below the sign-off", () => {
    const text = [
      "Here are the widget patches.", "", "Ann", "", "Changes", "=======", "ver #3)", " - Rebased on the new widget core.",
      " - Split the lock change out of patch 2, as", "   asked for.", "", "ver #2)", " - Fixed a leak on the error path.", "",
      "Link: https://lore.example.org/r/1@example.org/ # v1", "", "Ann Example (2):", "  widget: a", "  widget: b",
    ].join("\n");
    expect(parseChangelog(text).map((e) => [e.version, e.text])).toEqual([
      [3, "Rebased on the new widget core."],
      [3, "Split the lock change out of patch 2, as asked for."],
      [2, "Fixed a leak on the error path."],
    ]);
  });

  it("reads an upper-case heading with a blank line above the first section", () => {
    expect(parseChangelog("CHANGES\n=======\n\nver #4)\n - Dropped patch 5.\n").map((e) => [e.version, e.text])).toEqual([[4, "Dropped patch 5."]]);
  });

  it("reads the typo \"changes form v2:\"", () => {
    expect(parseChangelog("changes form v2:\n  - rebased to next\n").map((e) => [e.version, e.text])).toEqual([[3, "rebased to next"]]);
  });

  it("moves such a section out of a patch's commit message", () => {
    const lines = ["widget: add a lock", "", "Changes", "=======", "ver #2)", " - Use a mutex.", "", "Signed-off-by: Ann <ann@example.org>"];
    expect(changelogBlocks(lines)).toEqual([[2, 6]]);
  });

  const cl = (t: string) => parseChangelog(t).map((e) => [e.version, e.text]);

  it("reads headings naming the compared version in other words", () => {
    expect(cl("Changelog with respect to version 3:\n- Renamed the binding.\n")).toEqual([[4, "Renamed the binding."]]);
    expect(cl("V3 <- V2:\n* Drop the unused flag.\n")).toEqual([[3, "Drop the unused flag."]]);
    expect(cl("Changed v2 => v3:\n   - Fixed the error path.\n")).toEqual([[3, "Fixed the error path."]]);
    expect(cl("v4 ... v5:\n  - Split patch 2.\n")).toEqual([[5, "Split patch 2."]]);
    expect(cl("Change since RFC/v1:\n- rebased onto the new helper\n")).toEqual([[2, "rebased onto the new helper"]]);
    expect(cl("-v3: use the managed clock\n")).toEqual([[3, "use the managed clock"]]);
    expect(cl("v2\uff1ause a mutex instead\n")).toEqual([[2, "use a mutex instead"]]);
  });

  it("reads an 'Updates:' list below the link to the previous posting", () => {
    const text = "Add a fallback for busy queues.\n\nV1: https://lore.kernel.org/all/20250101-1-ann@example.org/\nUpdates:\n- Drop the extra callback.\n- Set the fallback flag.\n";
    expect(cl(text)).toEqual([[null, "Drop the extra callback."], [null, "Set the fallback flag."]]);
  });

  it("reads 'Changes (compared to the previous patch set):' and 'since the previous versions:'", () => {
    expect(cl("Changes (compared to the previous patch set):\n\n* use the pool lock\n")).toEqual([[null, "use the pool lock"]]);
    expect(cl("Changes from previous versions:\n- drop the DT property\n")).toEqual([[null, "drop the DT property"]]);
  });

  it("reads a prose note opening with the version and what it does", () => {
    expect(cl("v6 improves the comments around the hotplug\nhandlers, as requested.\n")).toEqual([[6, "improves the comments around the hotplug handlers, as requested."]]);
    expect(cl("--\nv3 fixes the modular build.\n")).toEqual([[3, "fixes the modular build."]]);
    expect(cl("v4 has no changes except for a commit message nit.\n")).toEqual([[4, "has no changes except for a commit message nit."]]);
    // Not a note: the version is the hardware's, or "changes" is a noun.
    expect(cl("Some text.\nv2 improves nothing here.\n")).toEqual([]);
    expect(cl("v2 changes were tested on a board.\n")).toEqual([]);
  });

  it("takes 'v5 changes (from Ann):' as a heading", () => {
    expect(cl("v5 changes (from Ann):\n- Trim the includes.\n")).toEqual([[5, "Trim the includes."]]);
  });

  it("reads 'v1--v2:' under a 'Changelog:' title, with numbered items", () => {
    expect(cl("Changelog:\n\nv2--v3:\n    1. Drop the lock.\n    2. Check the card pointer.\n\nv1--v2:\n    1. Add the tag.\n")).toEqual([
      [3, "Drop the lock."], [3, "Check the card pointer."], [2, "Add the tag."],
    ]);
  });

  it("reads a run of 'v2, change' lines, but not a sentence opening with 'v3,'", () => {
    expect(cl("Changelog,\nv2, fix the Fixes tag.\nv1, first version.\n")).toEqual([[2, "fix the Fixes tag."], [1, "first version."]]);
    expect(cl("Mark took v2.\nv3, I think, goes the same way.\n")).toEqual([]);
  });

  it("keeps '--- DTS ---' part labels inside a changelog", () => {
    expect(cl("CHANGES in V2:\n\n--- DTS ---\n\n- add a clocks node\n\n--- DRIVER ---\n\n- fix a leak\n")).toEqual([[2, "add a clocks node"], [2, "fix a leak"]]);
  });

  it("reads a bullet labelled with its version, '- v2: rebased', but not one that only links a posting", () => {
    expect(cl("Some intro.\n\n- v2: rebase on top of next\n")).toEqual([[2, "rebase on top of next"]]);
    expect(cl("v3:\n - fix a leak\n - v2: 20240101.1-1-ann@example.org\n")).toEqual([[3, "fix a leak"]]);
  });

  it("reads '- Changes since v1:' as a bulleted heading, but not a bulleted entry without its colon", () => {
    expect(cl("Intro text.\n\n- Changes since v1:\n * reworded the commit message\n * dropped the helper\n")).toEqual([
      [2, "reworded the commit message"], [2, "dropped the helper"],
    ]);
    expect(cl("v3:\n- changes in v2 of the firmware are handled\n")).toEqual([[3, "changes in v2 of the firmware are handled"]]);
  });

  it("reads 'Changes w.r.t. v4:', 'Changes frm v5:', 'Since v1 [1]:' and 'Changes since the unlabeled v6:'", () => {
    expect(cl("Changes w.r.t. v4:\n  https://example.org/v4\n  - reworded the log\n")).toEqual([[5, "reworded the log"]]);
    expect(cl("Changes frm v5:\n\t- use the OPP table\n")).toEqual([[6, "use the OPP table"]]);
    expect(cl("Since v1 [1]:\n* added a batching patch\n\n[1] https://example.org/v1\n")).toEqual([[2, "added a batching patch"]]);
    expect(cl("Changes since the unlabeled v6:\n\n  - renamed the save helper\n")).toEqual([[7, "renamed the save helper"]]);
  });

  it("reads the newer version of 'Changes in v4 -> v5:', '- Change from v11 to v12' and 'Change log. V1->V2:'", () => {
    expect(cl("Changes in v4 -> v5:\n- drop the lock\n")).toEqual([[5, "drop the lock"]]);
    expect(cl("Change Log\n- Change from v11 to v12\n  fix a typo\n- Change from v10 to v11\n  clean up a warning\n")).toEqual([
      [12, "fix a typo"], [11, "clean up a warning"],
    ]);
    expect(cl(" Change log. V1->V2:\n  Trimmed the call trace.\n")).toEqual([[2, "Trimmed the call trace."]]);
  });

  it("reads '[Ann] change' lines as entries credited to Ann, but not '[NEW]' labels as names", () => {
    expect(parseChangelog(" Changes\n =======\n Changes in v6 -> v7:\n [Ann] Move the trace call to a later patch.\n [Bob] Use a bool.\n")).toEqual([
      { version: 7, text: "[Ann] Move the trace call to a later patch.", credits: ["Ann"] },
      { version: 7, text: "[Bob] Use a bool.", credits: ["Bob"] },
    ]);
    expect(parseChangelog("Changes in v5:\n- [NEW] Add the const qualifier.\n")[0]?.credits).toEqual([]);
  });

  it("reads notes that are only a list of changes, with no heading", () => {
    expect(cl("\n* Rename to hid-foo\n* Rename FOOR to FOO\n---\n drivers/hid/Kconfig | 7 +++\n 1 file changed, 7 insertions(+)\n")).toEqual([
      [null, "Rename to hid-foo"], [null, "Rename FOOR to FOO"],
    ]);
    // A list that is not all changes, or prose after it, is no changelog.
    expect(cl("* Rename to hid-foo\n* This depends on the clock series\n")).toEqual([]);
    expect(cl("- Added a lock\n\nThis series adds a driver for the foo.\n")).toEqual([]);
  });
});

// linux-serial and linux-integrity audits: headings written as a sentence, "From v1:", "/* v2 */" in git
// notes, a reference link under the heading, the first posting named in words, and short version prose.
describe("parseChangelog: more heading forms", () => {
  const cl = (t: string) => parseChangelog(t).map((e) => [e.version, e.text]);

  it("reads 'Here are the main changes since v2:' and 'The changes since v4:' but not such prose without a colon", () => {
    expect(cl("Intro text.\n\nHere are the main changes since v2:\n\n- Drop the boot flag.\n\n- Rename the helpers.\n")).toEqual([
      [3, "Drop the boot flag."], [3, "Rename the helpers."],
    ]);
    expect(cl("The changes since v4:\n\n- Take the lock first.\n")).toEqual([[5, "Take the lock first."]]);
    expect(cl("The changes since v1 are small and\n- only touch docs\n\nThe foo driver needs them.\n")).toEqual([]);
  });

  it("skips a '[1] <link>' line right under the heading", () => {
    expect(cl("Changes since v1:\n[1] https://lore.kernel.org/all/20250101-1-a@b.c/\n\n- Add a lock in startup().\n- Collect tags.\n")).toEqual([
      [2, "Add a lock in startup()."], [2, "Collect tags."],
    ]);
  });

  it("reads 'From v1:', 'version 2 changes', 'Changes since RFT:', 'Changes since initial version:'", () => {
    expect(cl("From v1: spell out the change in the log.\n")).toEqual([[2, "spell out the change in the log."]]);
    expect(cl("Hi Ann,\n\nfrom v1:\n> Name the file after the compatible, please.\n\nDone in this version.\n")).toEqual([]);
    expect(cl("version 2 changes\n1.foo now returns the line\n")).toEqual([[2, "foo now returns the line"]]);
    expect(cl("Changes since RFT:\n- dropped the RFT tag\n")).toEqual([[null, "dropped the RFT tag"]]);
    expect(cl("Changes since initial version:\n- Use the default groups\n")).toEqual([[2, "Use the default groups"]]);
    expect(cl("Patch changelogs between v1 and v2:\n\t-add a barrier\n")).toEqual([[2, "add a barrier"]]);
  });

  it("reads git notes with '/* v2 */' headings and a 'v -> v2:' line", () => {
    expect(cl("Notes:\n    /* v2 */\n    unchanged\n    \n    /* v3 */\n    Ann Bee <ann@example.org>:\n    - Add the get hook\n")).toEqual([
      [2, "unchanged"], [3, "Ann Bee <ann@example.org>:"], [3, "Add the get hook"],
    ]);
    expect(cl("Notes:\n    v -> v2: fixed the build.\n")).toEqual([[2, "fixed the build."]]);
    expect(cl("Notes:\n    [v2] this is new in v2, split out\n    [v3] reordered\n")).toEqual([[2, "this is new in v2, split out"], [3, "reordered"]]);
    // A list of links to the postings is no changelog.
    expect(cl("[v1] https://lore.kernel.org/r/a@b.c\n[v2] https://lore.kernel.org/r/d@e.f\n")).toEqual([]);
  });

  it("reads one short paragraph comparing with an earlier version, and no other prose", () => {
    expect(cl("Same as v2 with a more descriptive commit message\n---\n a.c | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n")).toEqual([
      [null, "Same as v2 with a more descriptive commit message"],
    ]);
    expect(cl("Identical to the previous version except for the Kconfig.\n")).toEqual([[null, "Identical to the previous version except for the Kconfig."]]);
    expect(cl("This is based on v2 of the clock series.\n")).toEqual([]);
    expect(cl("Tested on v5.10 only.\n")).toEqual([]);
    expect(cl("Same as v2.\n\nThis needs the clock series.\n")).toEqual([]);
  });

  it("reads a note opening with its version and a verb in the third person", () => {
    expect(cl("v2 wraps the path in quotes as suggested.\n")).toEqual([[2, "wraps the path in quotes as suggested."]]);
    expect(cl("v3 passes the lock down to the helpers so that it is\ntaken once.\n")).toEqual([[3, "passes the lock down to the helpers so that it is taken once."]]);
    expect(cl("v4 no longer takes the read lock in convert().\n")).toEqual([[4, "no longer takes the read lock in convert()."]]);
    // A version of the hardware named in prose is no note.
    expect(cl("The v2 chip passes the test.\n")).toEqual([]);
  });

  it("reads notes that are only past-tense change lines, unbulleted or with a glued dash", () => {
    expect(cl("Added the docs entry\nRemoved the debug print\nFixed all checkpatch warnings\n---\n")).toEqual([
      [null, "Added the docs entry"], [null, "Removed the debug print"], [null, "Fixed all checkpatch warnings"],
    ]);
    expect(cl("Rewritten after review, removed\nthe extra lock\n")).toEqual([[null, "Rewritten after review, removed the extra lock"]]);
    expect(cl("-Improvements to the comments.\n-Removed the unlikely() hints.\n")).toEqual([
      [null, "Improvements to the comments."], [null, "Removed the unlikely() hints."],
    ]);
    // The commit message's imperative, a tag or prose are no changes.
    expect(cl("Add 0x29 as the sensor address for the board.\n")).toEqual([]);
    expect(cl("Fixes: https://bugs.example.org/1\n")).toEqual([]);
    expect(cl("Added the docs entry\nTested on two boards.\n")).toEqual([]);
    expect(cl("Updated the regex for the names\n    sed -e 's|^PLL_||'\n")).toEqual([]);
  });

  it("reads 'Changes from RFC version:' and 'Version 3' under a History title", () => {
    expect(cl("Changes from RFC version: took the review comments\n")).toEqual([[null, "took the review comments"]]);
    expect(cl("Changes from RFC patch:\nDropped the BPF tests\n")).toEqual([[null, "Dropped the BPF tests"]]);
    expect(cl("Changes from RFC patches:\n1) Rework the hooks\n")).toEqual([[null, "Rework the hooks"]]);
    expect(cl("History\n\nVersion 3\n\tOnly the docs changed\n\nVersion 2\n\tSplit the driver\n")).toEqual([
      [3, "Only the docs changed"], [2, "Split the driver"],
    ]);
  });

  it("splits a section's items written as dashes glued to their text, not a wrapped '-EINVAL'", () => {
    expect(cl("Version 2\n-updated the cover letter\n-added a patch with docs\n")).toEqual([
      [2, "updated the cover letter"], [2, "added a patch with docs"],
    ]);
    expect(cl("Changes in v2:\n- Return an error from foo() instead of\n-EINVAL on a bad size\n")).toEqual([
      [2, "Return an error from foo() instead of -EINVAL on a bad size"],
    ]);
  });

  it("reads a heading wrapped before its version and patch labels over lists in a cover", () => {
    expect(cl("Changes in\nv2:(https://www.example.org/lists/x/msg1.html)\n- Reorg the entry\n\nChanges in\nv3:(https://www.example.org/lists/x/msg2.html)\n- Moved to poll\n")).toEqual([
      [2, "Reorg the entry"], [3, "Moved to poll"],
    ]);
    expect(cl("Hi,\n\nOne more fix.\n---\n[02/14]\n  - Drop the remove callback\n  - Add a devm action\n\n[07/14]\n  - Add .pprof\n\nv6: https://lore.kernel.org/r/a@b.c/\n")).toEqual([
      [null, "Drop the remove callback"], [null, "Add a devm action"], [null, "Add .pprof"],
    ]);
    expect(cl("v1->v2:\n[1]\n   - Fixed the enum order\n\n[2]\n   - Used test_bit\n")).toEqual([[2, "Fixed the enum order"], [2, "Used test_bit"]]);
    // Outside a changelog "[1]" marks a reference.
    expect(cl("See [1].\n\n[1]\n- https://lore.kernel.org/r/a@b.c\n")).toEqual([]);
    // Under a versioned heading, later labels keep its version.
    expect(cl("v2 -> v3:\n\n[01/19]\n  - Dropped an include\n\n[05/19]\n  - Log the error\n")).toEqual([[3, "Dropped an include"], [3, "Log the error"]]);
  });

  it("reads sentences heading the list: 'The v2 patch includes:', 'changes since v4 (link):', 'The only change since v3 is'", () => {
    expect(cl("The v2 patch includes:\n1. Typo fixes.\n2. Skip the regulator setup.\n")).toEqual([[2, "Typo fixes."], [2, "Skip the regulator setup."]]);
    expect(cl("v3 has some improvements listed below.\n- kconfig typo\n")).toEqual([[3, "kconfig typo"]]);
    expect(cl("Version 2 included these changes since version 1:\n\n * Re-introduced the file\n")).toEqual([[2, "Re-introduced the file"]]);
    expect(cl("Changes since RFT/RFC v1 at [3]:\n- Fixed the probe\n\nChanges in the v3:\n- Dropped a patch\n\nChanges since patch series v3:\n- Rebased\n")).toEqual([
      [2, "Fixed the probe"], [3, "Dropped a patch"], [4, "Rebased"],
    ]);
    expect(cl("Hello,\n\nthis is v5 of the series. The relevant changes since v4\n(https://lore.kernel.org/r/a@b.c):\n\n - Fix the docs\n")).toEqual([[5, "Fix the docs"]]);
    expect(cl("The only change compared to v3 is in the fourth patch where I\nfixed the build.\n")).toEqual([
      [4, "The only change compared to v3 is in the fourth patch where I fixed the build."],
    ]);
    expect(cl("The only change compared to v3 hardware is the clock.\n")).toEqual([]);
  });

  it("reads bulleted headings without their colon and 'Differences from v4 to v5' over x-marked items", () => {
    expect(cl("Intro.\n\n- Changed from v1\n  - Apply review tags\n  - Sort nodes\n\nThanks\n")).toEqual([[2, "Apply review tags"], [2, "Sort nodes"]]);
    expect(cl("Intro.\n\n- Changes since v1\n* fixed the binding check\n* Reordered the patches\n")).toEqual([[2, "fixed the binding check"], [2, "Reordered the patches"]]);
    expect(cl("Hello,\n\nDifferences from v4 to v5\nx Fix the grammar [Geert]\nx Undo a change\n\nDifferences from v3 to v4\nx Add kerneldoc\n  above it\n")).toEqual([
      [5, "Fix the grammar [Geert]"], [5, "Undo a change"], [4, "Add kerneldoc above it"],
    ]);
    // A bulleted entry naming a version is no heading.
    expect(cl("Changes:\n- changes since v1 of the firmware are handled\n")).toEqual([[null, "changes since v1 of the firmware are handled"]]);
  });
});

// Invented notes and covers modelled on the linux-nfs, linux-bluetooth and linux-hyperv changelog audit.
describe("version pairs, prose paragraphs and one change a line", () => {
  const read = (text: string) => parseChangelog(text).map((e) => [e.version, e.text]);

  it("reads 'V2 -> V3 Fix ...' (no colon) as a heading with its change, whole", () => {
    const text = "---\nV1 -> V2 Open the private bus connections instead of\n         calling the remove helper\nV2 -> V3 Fix checkpatch errors - thanks Ann\n\nBob (2):\n";
    expect(read(text)).toEqual([
      [2, "Open the private bus connections instead of calling the remove helper"],
      [3, "Fix checkpatch errors - thanks Ann"],
    ]);
    expect(read("Changes v2 -> v3 (after review of Ann Writer, Maintainer of X):\n - Move code to a helper\n")).toEqual([[3, "Move code to a helper"]]);
  });

  it("reads no heading in prose that names a version pair ('v3->v3 works fine', 'v6 -> v7 or v7 -> v8.')", () => {
    const rfc = "Open questions:\n- When doing v4->v4 or v3->v4 re-exports the first read blocks\n  until the client retransmits.\n  v3->v3 works fine. More investigation needed.\n\nLooking forward to your feedback!\n";
    expect(read(rfc)).toEqual([]);
    expect(read("Notes:\n No changes from v4 -> v5,\n v6 -> v7 or v7 -> v8.\n")).toEqual([]);
    expect(read("RFC v1 to RFC v2. The last time I checked there were 81 dead links.\n")).toEqual([]);
  });

  it("reads a further prose paragraph telling a change under a 'v2:' heading", () => {
    const text = "---\nV2:\nSplit into several patches for readability. Suggested by Ann Writer.\n\nAdded pre-allocation of buffers so a failed MTU change leaves no bad state.\n\nThis patch depends on the series at [1].\n";
    expect(read(text)).toEqual([
      [2, "Split into several patches for readability. Suggested by Ann Writer."],
      [2, "Added pre-allocation of buffers so a failed MTU change leaves no bad state."],
    ]);
  });

  it("splits unbulleted changes written one a line, not a wrapped paragraph", () => {
    const text = "---\nChanges in v2:\n  Changed the place of the refcount get.\n  Updated the commit message accordingly.\n\n";
    expect(read(text)).toEqual([[2, "Changed the place of the refcount get."], [2, "Updated the commit message accordingly."]]);
    const wrapped = "Changes in v3:\n  Reworked the error handling of the probe path so that the resources are freed.\n  Thus the tags were added.\n";
    expect(read(wrapped)).toEqual([[3, "Reworked the error handling of the probe path so that the resources are freed. Thus the tags were added."]]);
  });

  it("reads 'Changes made:' only where the text names an earlier posting", () => {
    expect(read("This is v2 of the series.\n\nChanges made:\n- fixed the error path\n")).toEqual([[null, "fixed the error path"]]);
    expect(read("This series adds a driver.\n\nChanges made:\n- add the probe function\n")).toEqual([]);
  });
});

describe("parseChangelog: credit forms", () => {
  const credits = (line: string) => parseChangelog(`Changes in v2:\n- ${line}\n`).flatMap((e) => e.credits);
  it("reads a trailing [Name] as a trailing (Name)", () => {
    expect(credits("Use pr_warn() instead of pr_info() [Ann Roe]")).toEqual(["Ann Roe"]);
    expect(credits("Replace the shell loop with find [Ann and Bob]")).toEqual(["Ann", "Bob"]);
    expect(credits("Collect reviews. [Ann, Bob]")).toEqual(["Ann", "Bob"]);
  });
  it("reads a possessive name before a word for advice", () => {
    expect(credits("Corrected the text according to Randa's suggestion.")).toEqual(["Randa"]);
    expect(credits("Applied Mira Tanaka's suggestions (Kconfig, makefile, script).")).toEqual(["Mira Tanaka"]);
    expect(credits("Addresses Sam's comments from v3")).toEqual(["Sam"]);
  });
  it("reads a name before a verb of asking, not the noun before a passive one", () => {
    expect(credits("Improved the commit log as Mira Tanaka suggested.")).toEqual(["Mira Tanaka"]);
    expect(credits("Changes suggested by Mira Tanaka")).toEqual(["Mira Tanaka"]);
    expect(credits("Fix Issues reported by checkpatch")).toEqual([]);
  });
  it("reads names listed after the line's last colon", () => {
    expect(credits("Handle rescind for the primary channel only, and add comment: Sol, Mira.")).toEqual(["Sol", "Mira"]);
    expect(credits("Patch 2: Add 'Acked-by: Mira Tanaka'")).toEqual([]);
  });
  it("a parenthesis listing areas is no credit", () => {
    expect(credits("Reworked the build glue (Kconfig, makefile, script).")).toEqual([]);
    expect(credits("clean up the formatting (thanks Jo, et al.)")).toEqual(["Jo"]);
  });
  // linux-pwm: "Address Uwe Kleine-König review comments:", "Thierry Reding review comments", "(ty Heiko)",
  // "thanks David for that suggestion", "Update nitpicks from Lee" were credited to no one.
  it("reads a name right before a word for advice, not a part of the tree", () => {
    expect(credits("Address Mira Tanaka-Roe review comments:")).toEqual(["Mira Tanaka-Roe"]);
    expect(credits("Sol Ibarra review comments/fixes")).toEqual(["Sol Ibarra"]);
    expect(credits("Address Sol comments.")).toEqual(["Sol"]);
    for (const line of ["Minor review comments", "Addressed Rust review comments", "Address Device Tree review comments", "Address Sashiko AI review comments", "Addressed IIO review comments.", "Added Reviewed-by comment for Ann", "add Mira Tanaka review tag"]) {
      expect(credits(line)).toEqual([]);
    }
  });
  it("reads thanks said to a name, and nits as advice", () => {
    expect(credits("use the parent's node, so that the reference works (ty Jo)")).toEqual(["Jo"]);
    expect(credits("Add _ns suffixes, thanks Dara for that suggestion.")).toEqual(["Dara"]);
    expect(credits("Update nitpicks from Lee")).toEqual(["Lee"]);
    expect(credits("Thanks for the review, rebased")).toEqual([]);
  });
  // linux-mips: "as instructed by Sergio Paracuellos", "Address Rob, Thomas's review comments." (Rob missed),
  // "(all comments/suggestions on v1 are from Sean, thanks)".
  it("reads 'instructed by', a list before a possessive, and advice that 'is from' someone", () => {
    expect(credits("Revision notes removed from the commit message as instructed by Sol Ibarra.")).toEqual(["Sol Ibarra"]);
    expect(credits("Address Rob, Thomas's review comments.")).toEqual(["Rob", "Thomas"]);
    expect(credits("Address Rob and Huacai's review comments.")).toEqual(["Rob", "Huacai"]);
    expect(credits("(all comments/suggestions on v1 are from Sean, thanks)")).toEqual(["Sean"]);
    expect(credits("Data is from Tom's tree")).toEqual([]);
  });
  it("credits no one for thanks over tags collected, nor a lone word that is no first name", () => {
    expect(credits("add Acked- and Reviewed-by, thanks Dan and Dara")).toEqual([]);
    expect(credits("Folded in tags, thanks Paul, Vera!")).toEqual([]);
    expect(credits("fix the init path, thanks Zi Yan")).toEqual(["Zi Yan"]);
    expect(credits("Use C-style comments in the whole patch")).toEqual([]);
  });
});

// linux-mmc: "- reused the register definition (Reported-by: Bo Chen <bo@example.com>)"; linux-omap: "suggest by
// Vignesh", and part names over deeper bullets (" generic:", " DT-bindings:") glued to the bullet above.
describe("parseChangelog: credits in a tag's form, and part labels ending in a colon", () => {
  const credits = (line: string) => parseChangelog(`Changes in v2:\n- ${line}\n`).flatMap((e) => e.credits);
  it("credits the person of a tag written in brackets, not a tag collected", () => {
    expect(credits("reused the existing register definition\n  (Reported-by: Bo Chen <bo@example.com>)")).toEqual(["Bo Chen"]);
    expect(credits("replaced udelay with usleep_range [Suggested-by: Ann Roe <ann@example.org>]")).toEqual(["Ann Roe"]);
    expect(credits("Add (Acked-by: Rob Hart <rob@example.org>) tag")).toEqual([]);
    expect(credits("use the _byname helper, suggest by Vig")).toEqual(["Vig"]);
  });
  it("reads a colon-ended part name over deeper bullets as a label, not a change", () => {
    const text = "Changelog v5:\n generic:\n   - rebased on top of 5.6-rc6.\n DT-bindings:\n   - Dropped the -charger extension.\n power-supply KConfig:\n   - fixed indentation\n\nChangelog v4:\n generic:\n   - rebase and drop RFC.\n";
    expect(parseChangelog(text).map((e) => `v${e.version} ${e.text}`)).toEqual([
      "v5 rebased on top of 5.6-rc6.", "v5 Dropped the -charger extension.", "v5 fixed indentation", "v4 rebase and drop RFC.",
    ]);
  });
  it("keeps a label saying where the changes came from, and a sentence's end, as text", () => {
    expect(parseChangelog("Changes in v5:\n Resolve suggestions from maz:\n   - use the fasteoi handler\n").map((e) => e.text)).toEqual(["Resolve suggestions from maz:", "use the fasteoi handler"]);
    const wrapped = "Changes in v6:\n- Use one clock provider at init and one at platform\n  device stage. Implications:\n    - the PLLs are early\n";
    expect(parseChangelog(wrapped).map((e) => e.text)[0]).toBe("Use one clock provider at init and one at platform device stage. Implications:");
  });
  it("keeps a wrapped line at the change's column as its text (linux-security-module)", () => {
    const text = "Changes in v8:\n- Split the patches squashed in v7 to 3 commits based on\n  topic:\n    - attach a signature\n    - add the hooks\n";
    expect(parseChangelog(text).map((e) => e.text)[0]).toBe("Split the patches squashed in v7 to 3 commits based on topic:");
  });
  it("keeps a colon-ended line over bullets of its own depth as a change", () => {
    const text = "Changes in v2:\n- Reworked the probe path as follows:\n- split the clock setup\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["Reworked the probe path as follows:", "split the clock setup"]);
  });
});

// linux-i2c, linux-input: items saying nothing changed, and part names over bullets at their own column.
describe("parseChangelog: part labels (i2c, input audits)", () => {
  it("reads a part name over bullets at its column as a label, and the parts after blank lines too", () => {
    const text = "changes in v4:\nbinding:\n- move the cooling properties into a subnode (Rob)\n\nmfd:\n- use the right format string\n\nhwmon:\n- read the new subnode\n\n---\nAnn (3):\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["move the cooling properties into a subnode (Rob)", "use the right format string", "read the new subnode"]);
  });

  it("reads a bullet naming a part over bullets as a label, not a change", () => {
    const text = "Changes in v2:\n- Panel:\n- \tFix the binding example\n- DTS:\n- \tAdd the fuel gauge\n- Link to v1: https://lore.kernel.org/r/x@y\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["Fix the binding example", "Add the fuel gauge"]);
  });

  it("keeps a label that is a change, or names who asked", () => {
    expect(parseChangelog("Changes in v5:\nImprove PWRAP binding:\n- add the compatible\n").map((e) => e.text)).toEqual(["Improve PWRAP binding:", "add the compatible"]);
    expect(parseChangelog("Changes in v2:\nFollow Uwe suggestions:\n- drop the lock\n").map((e) => e.text)).toEqual(["Follow Uwe suggestions:", "drop the lock"]);
  });
});

// linux-integrity: changes as glued bullets ("\t-Added ...") indented under a bullet naming the patch.
describe("parseChangelog: glued bullets nested under a bullet (integrity audit)", () => {
  it("reads each nested glued bullet as its own change", () => {
    const text = "Changes since version 15:\n\n- foo: Fix the expected bit handling\n\t-Fixed and added description\n\t-Added a fixed tag\n- bar: Add the schema\n\t-Added Reviewed-by tag\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["foo: Fix the expected bit handling", "Fixed and added description", "Added a fixed tag", "bar: Add the schema", "Added Reviewed-by tag"]);
  });
  it("keeps a wrapped compiler flag with its change", () => {
    const text = "Changes in v2:\n- Fix the build warning seen with\n  -Werror and W=1\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["Fix the build warning seen with -Werror and W=1"]);
  });
});

// linux-iio: patman's one change a line with no stops, and a long aside after the version.
describe("parseChangelog: unbulleted changes one a line, and a heading's long aside (iio audit)", () => {
  it("reads each short line opening with a change verb as its own change", () => {
    const text = "Changes in v5:\nUse the line formatter\nUse DIV_ROUND_CLOSEST in the gain calculation\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["Use the line formatter", "Use DIV_ROUND_CLOSEST in the gain calculation"]);
    const v3 = "v3: Embed the header work by Ann\n    Add more users of the helper\n";
    expect(parseChangelog(v3).map((e) => e.text)).toEqual(["Embed the header work by Ann", "Add more users of the helper"]);
  });
  it("keeps a line wrapped after a word leading on, or a long line, with the next", () => {
    expect(parseChangelog("Changes in v2:\nMove the check to\nAdd the probe path\n").map((e) => e.text)).toEqual(["Move the check to Add the probe path"]);
  });
  it("reads 'changes in v6 (an aside of more than forty characters):' as v6's heading", () => {
    const text = "changes in v6 (implemented most of the review comments in v5):\n - fix the zero size array\n - drop unused members\n";
    expect(parseChangelog(text).map((e) => [e.version, e.text])).toEqual([[6, "fix the zero size array"], [6, "drop unused members"]]);
  });
});

describe("parseChangelog: a line telling why opens the change below it", () => {
  it("keeps 'According to Ann's suggestion' with the change", () => {
    expect(parseChangelog("v2:\nAccording to Ann's suggestion\nFix the same problem in the probe\n").map((e) => e.text)).toEqual(["According to Ann's suggestion Fix the same problem in the probe"]);
  });
});

describe("parseChangelog: a reference line under a change (linux-spi)", () => {
  it("reads the changes below '[1]:https://…' written under the change citing it", () => {
    const text = ["v4:", " * Renamed foo_offset to bar_offset", " * Dropped the board patch as Ann suggested at [1]", "   [1]:https://lore.kernel.org/all/abc@example.org/", " * Removed the reg_phys() macro", "", "v3:", " * Updated the commit message", ""].join("\n");
    expect(parseChangelog(text).map((e) => [e.version, e.text])).toEqual([
      [4, "Renamed foo_offset to bar_offset"], [4, "Dropped the board patch as Ann suggested at [1]"], [4, "Removed the reg_phys() macro"], [3, "Updated the commit message"],
    ]);
  });
  it("still ends the list at a reference line followed by prose", () => {
    const text = "v2:\n- Use foo() as Ann suggested [1]\n[1] https://lore.kernel.org/all/abc@example.org/\nThanks,\nBob\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["Use foo() as Ann suggested [1]"]);
  });
});

describe("parseChangelog: credits given by a heading or a lead-in to the changes under it (linux-iio, linux-spi)", () => {
  it("credits every change of a section whose heading names who asked", () => {
    const text = "Changes in v3 (per review comments from Ann Roe):\n- Drop foo\n- Use bar\n\nChanges in v2:\n- Fix typo\n";
    expect(parseChangelog(text).map((e) => [e.version, e.text, e.credits])).toEqual([
      [3, "Drop foo", ["Ann Roe"]], [3, "Use bar", ["Ann Roe"]], [2, "Fix typo", []],
    ]);
  });
  it("credits the bullets under an unbulleted lead-in, 'the reviews of Ann, Bob and Cy'", () => {
    const text = "Changes in v2:\nThanks to the reviews of Ann, Bob and Cy there are some\nimprovements:\n- change spacing and typos\n- merge the Kconfig patch\n";
    expect(parseChangelog(text).slice(1).map((e) => e.credits)).toEqual([["Ann", "Bob", "Cy"], ["Ann", "Bob", "Cy"]]);
  });
  it("credits the bullets nested under a bulleted lead-in, not those after it", () => {
    const text = "V2:\n- several improvements suggested by Ann Roe:\n  - remove the multiline markers\n  - constrain num-channels\n- trim the subject line\n";
    expect(parseChangelog(text).map((e) => [e.text, e.credits])).toEqual([
      ["several improvements suggested by Ann Roe:", ["Ann Roe"]], ["remove the multiline markers", ["Ann Roe"]], ["constrain num-channels", ["Ann Roe"]], ["trim the subject line", []],
    ]);
  });
  it("gives a heading's own change ('v2: Fix x per Ann') no credit for the section", () => {
    expect(parseChangelog("v2: Fix the leak per Ann\n").map((e) => e.credits)).toEqual([["Ann"]]);
    expect(parseChangelog("Changes in v2:\n- Rebased\n").map((e) => e.credits)).toEqual([[]]);
  });
});

describe("parseChangelog: changes one a line, aligned under the first written on the heading's line (linux-hwmon)", () => {
  it("splits 'v5: Added tags\\n    Cosmetic changes' and keeps a wrapped line with its change", () => {
    const text = "v5: Added Tested-by: tags\n    Cosmetic changes\n    Updated comments associated with foo_register()\n    to include support for LPDDR5\n\nv4: Fix suspend code\n    Use NVMEM_DEVID_NONE instead of NVMEM_DEVID_AUTO in nvmem code,\n    Changing nothing else\n";
    expect(parseChangelog(text).map((e) => [e.version, e.text])).toEqual([
      [5, "Added Tested-by: tags"], [5, "Cosmetic changes"], [5, "Updated comments associated with foo_register() to include support for LPDDR5"],
      [4, "Fix suspend code"], [4, "Use NVMEM_DEVID_NONE instead of NVMEM_DEVID_AUTO in nvmem code, Changing nothing else"],
    ]);
  });
});

describe("parseChangelog: an aligned change whose parenthesis goes on below (platform-driver-x86)", () => {
  it("keeps '(Barnabás\\n    Pőcze, Ann Roe)' with its change", () => {
    const text = "v4: Use MODULE_DEVICE_TABLE()\n    Fix scope of the state; style fixes (Barnabás\n    Pőcze, Ann Roe)\n    Use devm_foo() (Barnabás Pőcze)\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["Use MODULE_DEVICE_TABLE()", "Fix scope of the state; style fixes (Barnabás Pőcze, Ann Roe)", "Use devm_foo() (Barnabás Pőcze)"]);
  });
});

describe("parseChangelog: a short credit line over a numbered list (linux-crypto)", () => {
  it("credits the items under 'Suggested by Ann'", () => {
    const text = "Change History:\nv9:\nSuggested by Ann\n1. Remove sysfs: numa_distance.\n2. Split the api\n\nv8:\n1. Fix foo\n";
    expect(parseChangelog(text).map((e) => [e.version, e.text, e.credits])).toEqual([
      [9, "Suggested by Ann", ["Ann"]], [9, "Remove sysfs: numa_distance.", ["Ann"]], [9, "Split the api", ["Ann"]], [8, "Fix foo", []],
    ]);
  });
});

describe("parseChangelog: a word for advice opening the line is no name (linux-hwmon)", () => {
  it("credits Guenter alone in 'Comments pointed out by Guenter:'", () => {
    expect(parseChangelog("v1->v2:\n Comments pointed out by Guenter:\n - Drop foo();\n").map((e) => e.credits)).toEqual([["Guenter"], ["Guenter"]]);
  });
});

describe("parseChangelog: a cover letter's shortlog is no changelog (linux io-uring, linux-hwmon)", () => {
  it("reads no heading in a title ('CHANGELOG: Fixup ...') and ends the changes above at the author line", () => {
    const text = "v1 -> v2:\n  - Drop a patch.\n\nAnn Roe (2):\n  CHANGELOG: Fixup missing space\n  arch: Add foo\n\n foo.c | 2 +-\n";
    expect(parseChangelog(text).map((e) => [e.version, e.text])).toEqual([[2, "Drop a patch."]]);
    const glued = "v2:\n- Fixed typos\nAnn Roe (2):\n  mm: Introduce foo\n  mm: Use foo\n";
    expect(parseChangelog(glued).map((e) => e.text)).toEqual(["Fixed typos"]);
  });
  it("reads a patch's notes indented under its title, and changes after a shortlog with no blank line", () => {
    const notes = "Ann Roe (2):\n  hwmon: (foo) Display bar\n    changes in v2:\n    - None\n  hwmon: (foo) Fix masking\n    changes in v2:\n    - Removed the clamp.\n";
    expect(parseChangelog(notes).map((e) => [e.version, e.text])).toEqual([[2, "None"], [2, "Removed the clamp."]]);
    const after = "Ann Roe (1):\n  spi: foo: Add bar\n---\nv2 -> v3:\n- Modified commit message\n";
    expect(parseChangelog(after).map((e) => [e.version, e.text])).toEqual([[3, "Modified commit message"]]);
  });
});

describe("parseChangelog: unbulleted changes one a line, indented alike (linux io-uring)", () => {
  it("splits lines broken short on purpose", () => {
    const text = "v2:\n\tuse T_EXIT_*\n\tfix ptr <-> int conversions for 32 bits arches\n\tslight renaming\n\tadd patch 5/5\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["use T_EXIT_*", "fix ptr <-> int conversions for 32 bits arches", "slight renaming", "add patch 5/5"]);
  });
  it("keeps a change wrapped short: a lower-case line under a capital, two lines not both opening with a verb, a line leading on", () => {
    expect(parseChangelog("v2: Add missing break\n    Fix error return from foo which sometimes\n    did not release the lock\n").map((e) => e.text)).toEqual([
      "Add missing break", "Fix error return from foo which sometimes did not release the lock",
    ]);
    expect(parseChangelog("V2 -> V3:\n    fix garbage value issue when writing vout ov/uv fault\n    limit value in foo_write()\n").map((e) => e.text)).toEqual([
      "fix garbage value issue when writing vout ov/uv fault limit value in foo_write()",
    ]);
    expect(parseChangelog("v3:\n  drop the check that is done by\n  the caller\n  use foo\n").map((e) => e.text)).toEqual(["drop the check that is done by the caller use foo"]);
  });
});

describe("parseChangelog: headings, references and pasted code (linux cgroups)", () => {
  it("reads 'RFC/v1 ---> v2:' and 'v1 ---> v2:' as v2 headings", () => {
    expect(parseChangelog("RFC/v1 ---> v2:\n   leave a stub behind for !SMP.\n").map((e) => e.version)).toEqual([2]);
    expect(parseChangelog("v1 ---> v2:\n- leave a stub\n").map((e) => e.version)).toEqual([2]);
  });
  it("reads 'commit #1:' and 'commit #4' as labels over their indented changes", () => {
    const text = "RFC/v1 ---> v2:\n\ncommit #1:\n   leave a stub behind for !SMP.\n   Reported by Ann Roe.\n\ncommit #4\n   remember the NUL char.\n\nOriginal description below.\n";
    expect(parseChangelog(text).map((e) => [e.version, e.text, e.credits])).toEqual([
      [2, "leave a stub behind for !SMP. Reported by Ann Roe.", ["Ann Roe"]], [2, "remember the NUL char.", []],
    ]);
  });
  it("reads 'Patch#2:' and 'Patch #4:' over bulleted changes as labels, after a blank line too", () => {
    // A cover's per-patch sections below the changes to the whole series; the sections were cut off at the first.
    const text =
      "Changes since v3 [1]:\n- Added Reviewed-by for the unchanged patches, per Ann Roe\n\nPatch#2:\n- Fixed the leak in widget_probe() when the\nclock fails, per Zed Bot\n- Dropped the stale comment in widget_remove()\n\nPatch #4:\n- Took the lock before the allocation, per Bob Poe\n\n[1] https://lore.kernel.org/all/20260101-1-ann@example.org/\n";
    expect(parseChangelog(text).map((e) => [e.version, e.text, e.credits])).toEqual([
      [4, "Added Reviewed-by for the unchanged patches, per Ann Roe", ["Ann Roe"]],
      [4, "Fixed the leak in widget_probe() when the clock fails, per Zed Bot", ["Zed Bot"]],
      [4, "Dropped the stale comment in widget_remove()", []],
      [4, "Took the lock before the allocation, per Bob Poe", ["Bob Poe"]],
    ]);
  });
  it("leaves a 'Link:' line under a change out of its text and credits", () => {
    const text = "Changes in v2:\n- Refactor to use match_token() as suggested by Ann Roe\n  Link: https://lore.kernel.org/all/abc@def/\n- Other\n";
    expect(parseChangelog(text).map((e) => [e.text, e.credits])).toEqual([["Refactor to use match_token() as suggested by Ann Roe", ["Ann Roe"]], ["Other", []]]);
  });
  it("skips a diff pasted under a change and reads the changes after it", () => {
    const text = "/* v3 */\n- Bob Poe:\n  - use mutex_lock() instead:\n    diff --git a/k/c.c b/k/c.c\n    index 1..2 100644\n    -\tret = foo();\n\n    +\tret = bar();\n  - update a comment\n";
    // "- Bob Poe:" over the bullets is who asked for them (a name heading), no change.
    expect(parseChangelog(text).map((e) => [e.text, e.credits])).toEqual([["use mutex_lock() instead:", ["Bob Poe"]], ["update a comment", ["Bob Poe"]]]);
  });
  it("ends the changes at a '--' line", () => {
    expect(parseChangelog("v2:\n- Updated the description\n--\n2.43.0\n").map((e) => e.text)).toEqual(["Updated the description"]);
  });
});

describe("parseChangelog: a quoted remark under a change, a remark in parentheses on the heading (linux-leds)", () => {
  it("reads the changes below a quoted remark", () => {
    const text = "v5:\n- Based on a comment from Ann Roe on v4\n> If the cost of taking this lock\n> was a problem\n- Updated the commit log\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["Based on a comment from Ann Roe on v4", "Updated the commit log"]);
    expect(parseChangelog("v14:\n  This version limited the policy for\n  >= 2015 to Intel only.\n").map((e) => e.text)).toEqual(["This version limited the policy for >= 2015 to Intel only."]);
  });
  it("ends the change at a quoted review remark", () => {
    expect(parseChangelog("v2: Drop the option, per Ann's review:\n > No. Config option is not acceptable.\n >\n > Just delete the prefix.\n").map((e) => e.text)).toEqual(["Drop the option, per Ann's review:"]);
  });
  it("reads '(p1 only)' after the heading as no change", () => {
    expect(parseChangelog("changes since v2: (p1 only)\n  - rename macros\nchanges since v1:\n  - remove define\n").map((e) => [e.version, e.text])).toEqual([[3, "rename macros"], [2, "remove define"]]);
  });
});

describe("parseChangelog: credits written after a dash, 'Thank X', a 'Diff with vN:' heading (linux-edac, linux-raid)", () => {
  it("reads a closing ' - Name' as who asked, not a status or a tool", () => {
    const e = parseChangelog("v2:\n- Fix the leak on the error path - Dan\n- Rename the helper to foo_bar() - Ann Roe, Bob Poe\n- Use fsleep in the poll loop - Done\n- Split the definitions in the docs - Kernel Test Bot\n- Map the range 0 - N0\n");
    expect(e.map((x) => x.credits)).toEqual([["Dan"], ["Ann Roe", "Bob Poe"], [], [], []]);
    // Dashes listing changes inside one entry (linux-renesas-soc): the last is no credit.
    expect(parseChangelog("v3:\n- In patch 1: -- Update the kerneldoc. -- Add Reviewed-by.\n")[0]!.credits).toEqual([]);
  });
  it("reads 'Thank Ann Roe for ...' and 'suggested by - Ann Roe' as credits", () => {
    expect(parseChangelog("v2:\n* Use READ_ONCE() for the counters.\n  Thank Ann Roe for helpful advice.\n")[0]!.credits).toEqual(["Ann Roe"]);
    expect(parseChangelog("Changes in v4:\n- removed debugfs suggested by - Ann Roe\n")[0]!.credits).toEqual(["Ann Roe"]);
  });
  it("reads 'Compared to v1, <change>' as v2's change, not 'Compared to v1, <prose>' (netfilter-devel)", () => {
    expect(parseChangelog("Compared to v1, add a comment about the shebang.\n")).toEqual([{ version: 2, text: "add a comment about the shebang.", credits: [] }]);
    expect(parseChangelog("Compared to v1, this is much faster.\n")).toEqual([]);
  });
  it("reads 'Diff with v1: <change>' as v2's change", () => {
    expect(parseChangelog("Diff with v1: rewrite commit message\n")).toEqual([{ version: 2, text: "rewrite commit message", credits: [] }]);
  });
});

describe("parseChangelog: a credited bullet over bullets nested under it (linux-edac)", () => {
  it("gives 'Changes for feedbacks from Ann.' to the bullets under it, up to the next at its depth", () => {
    const e = parseChangelog("v1 -> v2:\n1.  Changes for feedbacks from Ann.\n    - Shorten the names.\n    - Fix the CamelCase.\n\n2.  Changes for feedbacks from Bob.\n    - Add a newline.\n\n3. Rename the header file.\n");
    expect(e.map((x) => [x.text, x.credits])).toEqual([
      ["Changes for feedbacks from Ann.", ["Ann"]],
      ["Shorten the names.", ["Ann"]],
      ["Fix the CamelCase.", ["Ann"]],
      ["Changes for feedbacks from Bob.", ["Bob"]],
      ["Add a newline.", ["Bob"]],
      ["Rename the header file.", []],
    ]);
  });
  it("gives a credited bullet's credit to no sibling at its own depth", () => {
    const e = parseChangelog("Changes in v2:\n- Fix the typo (Ann)\n- Rename the helper\n");
    expect(e.map((x) => x.credits)).toEqual([["Ann"], []]);
  });
});

describe("parseChangelog: one-a-line changes at the margin, and a signature under the list", () => {
  it("reads two lower-case lines each opening with a change's verb as two changes (netfilter-devel)", () => {
    expect(parseChangelog("diff with v1:\nrewrite the code as suggested\nadd fixes tag\n").map((e) => e.text)).toEqual(["rewrite the code as suggested", "add fixes tag"]);
    // A sentence wrapped at the margin stays one change.
    expect(parseChangelog("Changes in v2:\nfix the leak in the error path that the\nreviewer found\n").map((e) => e.text)).toEqual(["fix the leak in the error path that the reviewer found"]);
  });
  it("reads a name alone between blank lines under the changes as the cover's signature (linux-renesas-soc)", () => {
    expect(parseChangelog("Changes in v2:\n- Split the patch\n- Cosmetic changes (comments).\n\n Tomi\n\nTomi Valkeinen (4):\n  drm: foo\n").map((e) => e.text)).toEqual(["Split the patch", "Cosmetic changes (comments)."]);
    // A one-word change between blank lines is still one.
    expect(parseChangelog("Changes in v2:\n- Split the patch\n\n Rebased\n").map((e) => e.text)).toEqual(["Split the patch", "Rebased"]);
  });
});

describe("parseChangelog: headings and layouts of the linux-remoteproc and selinux audits", () => {
  it("reads 'Updates vs previous revision:', 'Main updates from version V13[1]:', 'delta vs V3:' and 'RFC/v3:'", () => {
    expect(parseChangelog("Updates vs previous revision:\n- Rework the commit.\n").map((e) => [e.version, e.text])).toEqual([[null, "Rework the commit."]]);
    expect(parseChangelog("Update vs previous version\n- Fix the commit message.\n").map((e) => e.text)).toEqual(["Fix the commit message."]);
    expect(parseChangelog("Main updates from version V13[1]:\n- Rename load() to load_segments().\n").map((e) => [e.version, e.text])).toEqual([[14, "Rename load() to load_segments()."]]);
    expect(parseChangelog("delta vs V3:\n- add the tag\n").map((e) => [e.version, e.text])).toEqual([[4, "add the tag"]]);
    expect(parseChangelog("CHANGELOG\nv4:\n- reworked foo (Ann)\nRFC/v3:\n- rebased\n").map((e) => [e.version, e.text])).toEqual([[4, "reworked foo (Ann)"], [3, "rebased"]]);
  });
  it("reads no change in 'v4: Changelog:' nor in a bullet naming a patch over its changes", () => {
    expect(parseChangelog("v4: Changelog:\n1) Removed the tag.\n").map((e) => e.text)).toEqual(["Removed the tag."]);
    expect(parseChangelog("Changes:\n  v2:\n    * Patch 2\n      * Drop the netfilter changes\n    * Patch 3\n      * Leave foo() as is\n").map((e) => e.text)).toEqual(["Drop the netfilter changes", "Leave foo() as is"]);
  });
  it("skips a block of code shown under a change", () => {
    const text = "Changes since v19:\nThe devicetree is now structured as follows:\n\n\tfirmware {\n\t\toptee {\n\t\t\tcompatible = \"x\";\n\t\t};\n\t};\n\n- Add a driver.\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["The devicetree is now structured as follows:", "Add a driver."]);
  });
  it("goes on below 'As a consequence, this version:' over bullets, not below other prose", () => {
    const text = "Changes since v19:\nThe tree is now flat.\n\nAs a consequence, this version:\n\n- Adds a driver.\n- Drops the old binding.\n\nThanks for the reviews:\n- Ann\n";
    expect(parseChangelog(text).map((e) => e.text)).toEqual(["The tree is now flat.", "Adds a driver.", "Drops the old binding."]);
  });
});

describe("parseChangelog: thanks below a bulleted list (linux-tegra)", () => {
  it("ends the last change at a 'Thanks …' line at the bullets' margin and credits the section's changes", () => {
    expect(parseChangelog("v2:\n- Fix the leak.\n- Rename foo.\nThanks Ann Roe for review comments.\n").map((e) => [e.text, e.credits])).toEqual([
      ["Fix the leak.", ["Ann Roe"]],
      ["Rename foo.", ["Ann Roe"]],
    ]);
    // Indented under a bullet, it is that change's credit.
    expect(parseChangelog("v2:\n- Fix the leak\n  Thanks Ann Roe for review comments.\n- Rename foo.\n").map((e) => e.credits)).toEqual([["Ann Roe"], []]);
  });
});

describe("parseChangelog: a sentence naming whose comments the bullets below answer (linux-remoteproc)", () => {
  it("gives its credit to the bullets under it", () => {
    expect(parseChangelog("update vs previous revision:\nThe update are based on Ann Roe's comments.\n  - fix typo\n").map((e) => [e.text, e.credits])).toEqual([
      ["The update are based on Ann Roe's comments.", ["Ann Roe"]],
      ["fix typo", ["Ann Roe"]],
    ]);
  });
  it("leads nothing from a bulleted change on the heading's line (linux-tegra)", () => {
    expect(parseChangelog("v3: - Addressed review comments from Ann Roe.\n    - Enable the sleep mode.\n").map((e) => e.credits)).toEqual([["Ann Roe"], []]);
  });
});
