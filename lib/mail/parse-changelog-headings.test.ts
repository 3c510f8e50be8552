// Heading shapes seen on linux-spi and linux-rtc covers and patch notes that gave no changelog before.
import { describe, expect, it } from "vitest";
import { changelogBlocks, parseChangelog } from "./parse-changelog";
import { hostileChangelog } from "../../test/hostile-inputs";

const read = (text: string) => parseChangelog(text).map((e) => [e.version, e.text]);

describe("parseChangelog headings", () => {
  it.each([
    ["Change log v3 -> v4:\n- ADAQ support patch updated.\n", 4],
    ["Series changes since v2:\n - Add missing puts\n", 3],
    ["Changes since latest v3\n=======================\n1. Wrap comments.\n", 4],
    ["Changes between 5th and 6th virtio SPI driver RFC:\n- Remove redundant comments.\n", 6],
    ["Changes since PATCHv4:\n * Add Rob's Acked-by\n", 5],
    ["Changes made in v3:\n - Changed the name of the clocks.\n", 3],
    ["Version 2 addresses comments recieved during review of v1:\n  - The reset property now applies.\n", 2],
    ["Changes between initial version and v2:\n  - renamed yaml file\n", 2],
    ["Chanegs in v2:\n- Cc stable.\n", 2],
    ["Chnages since v1:\n* Split into many patches\n", 2],
    [" -v2:\n  * detach these patches from the series[1]\n", 2],
    ["This version changes a few things from v8:\n  - The ack is added to patch 5.\n", 9],
    ["Delta between patch versions:\n[v5]:\tSimplified implementation in Patch-0006\n", 5],
  ])("reads %j", (text, version) => {
    const entries = read(text as string);
    expect(entries).toHaveLength(1);
    expect(entries[0]![0]).toBe(version);
  });

  it("reads 'Changes from RFC:' as the first non-RFC posting's list", () => {
    expect(read("Changes from RFC:\n - Add Reviewed-by tag\n - Rebase on v6.8-rc1\n")).toEqual([
      [null, "Add Reviewed-by tag"],
      [null, "Rebase on v6.8-rc1"],
    ]);
  });

  it("keeps items under topic labels ([SPI], [Device tree]) and stops at 'Link to v3:'", () => {
    const text = "Change log v3 -> v4:\n\n[SPI]\n- spi: Added documentation.\n[Device tree]\n- dt: Made grouped\n  compatibles.\n\nLink to v3: https://lore.kernel.org/x/\n";
    expect(read(text)).toEqual([[4, "spi: Added documentation."], [4, "dt: Made grouped compatibles."]]);
  });

  it("keeps the item above 'Link to v1:' free of it", () => {
    expect(read("Chnages since v1:\n* Split into many patches\nLink to v1: https://patchwork.kernel.org/patch/1/\n")).toEqual([[2, "Split into many patches"]]);
  });

  it("does not take a bulleted link under the heading for a change", () => {
    expect(read("Changes since PATCHv4:\n * https://lore.kernel.org/lkml/20210609151235.48964-1-a@b.c/\n * Add Rob's Acked-by\n")).toEqual([[5, "Add Rob's Acked-by"]]);
  });

  // linux-ext4: Ye Bin's "Diff v2 vs v1:", John Garry's "Differences to v5:", "Changes sicne v2:".
  it("reads 'Diff vN vs vM:', 'Differences to vN:' and the typo 'sicne'", () => {
    expect(read("Diff v2 vs v1:\n1. fix the race\n")).toEqual([[2, "fix the race"]]);
    expect(read("Diff v3 Vs v2:\n- drop the lock\n")).toEqual([[3, "drop the lock"]]);
    expect(read("Differences to v5:\n- rebase\n")).toEqual([[6, "rebase"]]);
    expect(read("Changes sicne v2:\n- rename foo\n")).toEqual([[3, "rename foo"]]);
  });

  it("leaves prose of the same words alone", () => {
    for (const text of [
      "This version changes the way the clock is read, see below.\n- foo\n",
      "Version 2 of the hardware adds a FIFO.\n- foo\n",
      "[SPI]\n- not under any heading\n",
      "Changes between the hardware revisions are small.\n- foo\n",
    ]) expect(read(text)).toEqual([]);
  });
});

// Heading shapes seen on linux-pm covers and patch notes that gave no changelog before.
describe("parseChangelog headings (linux-pm shapes)", () => {
  it.each([
    ["Changes between v1 --> v2:\n * Took the tags from Ann\n", 2],
    ["Changes between version 3 and version 4:\n- Drop the select\n", 4],
    ["Changes on switching from v4 to v5:\n- dropped the schema patch\n", 5],
    ["Changes in PATCHv2:\n- rebase on the for-next branch\n", 2],
    ["Changelog - V2:\n - fix license issues\n", 2],
    ["Changes since RFT v1:\n* Rebased on next.\n", 2],
    ["Changes from rfc-v3:\n  Fixed a typo in the commit message\n", 4],
    ["Changelog RFC v2:\n - rechecked units\n", 2],
    ["Changelog RFC-v3:\n - fixed the binding\n", 3],
    ["Changelog RFC v4 --> PATCH v5:\n- Added a CPU online check\n", 5],
    ["PATCH v2..PATCH v3:\n- removed a redundant write\n", 3],
    ["** changes since v1 [1] **\n\n- Reworded the commit message.\n", 2],
    ["Changes made since v1 patch:\n- use dev_err_probe\n", 2],
    ["--- Changes in v2:\n- Documented the new operations.\n", 2],
    ["Changelog:\n\n(v2 -> v3)\n- Bail out early when the file is missing\n", 3],
    ["-> v2:\n - Fix the direction of the comparison.\n", 2],
    ["Patch History\n==============\nfrom v1 to v2:\n  - rebase to v6.17-rc1\n", 2],
    ["New in v4:\n  - explicitly include <linux/bits.h>\n", 4],
    ["New since v1:\n\n - ubsan fixes\n", 2],
    ["version 2:\n- fix the comment pointed out by Randy\n", 2],
    ["v3 changes from v2:\n- drop the ifdef\n", 3],
    ["v2 [Ann Example]\n* Update whitespace\n", 2],
    ["[PATCH v2]:\n - Run the recovery path when the call fails.\n", 2],
    ["changlog in v2:\n- Remove the extra commas\n", 2],
    ["RFC v2:\n  - Dropped a patch touching the script;\n", 2],
    ["Changes from v7 - use unsigned int for the mask\n", 8],
    ["v2 vs. v1 patch:\n- split the binding out\n", 2],
    ["RFC -> v2:\n * Updated the maintainers list\n", 2],
    ["RFT->v2:\n - fixed the review comments\n", 2],
    ["ChangeLog ->v2\n - rebase\n", 2],
    ["ChangeLog RFT v1-> RFT v2:\n- use the helper\n", 2],
    ["Chages since v1:\n- reorder the includes\n", 2],
  ])("reads %j", (text, version) => {
    const entries = read(text as string);
    expect(entries).toHaveLength(1);
    expect(entries[0]![0]).toBe(version);
  });

  it("reads a bare 'Changes since RFC' line, and leaves prose of the same words alone", () => {
    expect(read("---\nChanges since RFC\n - Corrected the labels.\n---\n")).toEqual([[null, "Corrected the labels."]]);
    expect(read("Changes since last time:\n- Fixed the mask\n")).toEqual([[null, "Fixed the mask"]]);
    // "rfc->v0": the first posting after the RFC, its number unknown.
    expect(read("rfc->v0:\n- dropped the labels\n")).toEqual([[null, "dropped the labels"]]);
    for (const text of [
      "Changes between version 1 and version 2 of the chip are small:\n- foo\n",
      "New in v2.\n- foo\n",
      "From v1 to v2, the register moved.\n- foo\n",
      "Version 2 of the chip:\n- foo\n",
      "Changes on switching the clock:\n- foo\n",
      "v2 vs v1 performance numbers\n- foo\n",
    ]) expect(read(text)).toEqual([]);
  });

  it("reads '[PATCH V4 3/3]:- change' lines as changes labelled with their patch", () => {
    const text = "Changes:- \n\n[PATCH V4 1/3]:- no changes.\n[PATCH V4 3/3]:- Renamed the node.\n\nDependencies:\nhttps://example.org/x\n";
    expect(read(text)).toEqual([[null, "no changes."], [null, "Renamed the node."]]);
    // A patch named with its title is no change.
    expect(read("Changes:\n\n[PATCH 1/3] foo: bar baz\n")).toEqual([]);
  });

  it("takes no bulleted link to an earlier posting for a change, nor the line below it", () => {
    expect(read("Changes in v2:\n- Link to v1: https://lore.kernel.org/r/a@b\n- drop merged patches\n")).toEqual([[2, "drop merged patches"]]);
    expect(read("Changes in v3:\n- Added tags\n- Link to v2: https://lore.kernel.org/r/c@d\nBest\n\n[1] https://x.org/\n")).toEqual([[3, "Added tags"]]);
    expect(read("RFC v2:\n- Reword the commit message.\n- RFC v1: https://lore.kernel.org/r/e@f/\n")).toEqual([[2, "Reword the commit message."]]);
    // An indented paragraph after a blank line goes on with the changes.
    expect(read("v6: Squashed into the other series\n\t- https://lore.kernel.org/g@h/\n\n    Now the check runs first.\n")).toEqual([
      [6, "Squashed into the other series"],
      [6, "Now the check runs first."],
    ]);
  });

  it("finds 'Changes made since v1 patch:' and 'Patch v1 -> v2:' in a commit message", () => {
    const lines = ["Add the driver.", "", "Changes made since v1 patch:", "- use dev_err_probe", "", "Signed-off-by: A B <a@b.c>"];
    expect(changelogBlocks(lines)).toEqual([[2, 4]]);
    expect(changelogBlocks(["Store fewer pages.", "", "Patch v1 -> v2:", "- fix a rebase mistake"])).toEqual([[2, 4]]);
    // "version 2:" is not read in a commit message.
    expect(changelogBlocks(["Convert the table.", "", "version 2:", "- foo"])).toEqual([]);
  });
});

describe("parseChangelog heading decoration", () => {
  it("strips a long run of stars after a heading, and reads headings padded with long runs of spaces as no changelog", () => {
    expect(read(`** changes since v1 [1] ${"*".repeat(20)}\n- foo\n`)).toEqual([[2, "foo"]]);
    // How long the long runs of spaces take is a figure of `npm run bench`; here, what comes out.
    expect(read(hostileChangelog())).toEqual([]);
  });
});

describe("parseChangelog slips and 'since last version'", () => {
  it("reads a one-letter slip in 'since' before a version and its colon", () => {
    expect(read("changes sinec v2:\n- Fix the mask per Ann\n")).toEqual([[3, "Fix the mask per Ann"]]);
    expect(read("Changes sincee v4:\n- drop the lock\n")).toEqual([[5, "drop the lock"]]);
    expect(read("Changes snce v1:\n- rename the helper\n")).toEqual([[2, "rename the helper"]]);
    // Two letters off, or no colon after the version: no heading.
    expect(read("Changes sence v1 were\n- rename the helper\n")).toEqual([]);
    expect(read("changes mice v2:\n- rename the helper\n")).toEqual([]);
  });

  it("keeps the paragraph written after a blank line under 'Changes since last version:'", () => {
    const text = "Changes since last version:\n\nAnn:\n\tPointed out a reversed test.\n\nBob Smith (2):\n  foo: bar\n";
    expect(read(text)).toEqual([[null, "Ann: Pointed out a reversed test."]]);
    // Under a bare "Changes:" such a paragraph is prose, as before.
    expect(read("Changes:\n\nAnn pointed out a reversed test.\n")).toEqual([]);
  });
});

describe("parseChangelog shapes from the linux-nfs and linux-bluetooth audits", () => {
  it.each([
    ["Changes on this v2:\n\t- reworded the doc comment, thanks to Ann\n", 2],
    ["Changes in version #4:\n- moved the overflow check into the helper.\n", 4],
    ["Changes since v3b: https://lore.kernel.org/all/x@y/\n\n - Made the script match expressions\n", 4],
    ["Some intro.\n\n[v3: dropped the RFC tag, fixes the hang under load]\n", 3],
    ["v2 && v3: Fix the indentation\n", 3],
    ["v4 and v3:\n- no change\n", 4],
    ["---v3 changes---\n\n* Split the cleanup into its own patch.\n", 3],
  ])("reads %j", (text, version) => {
    const entries = read(text as string);
    expect(entries).toHaveLength(1);
    expect(entries[0]![0]).toBe(version);
  });

  it("reads 'Changelogs:', 'changes include:' and 'Changes in this revision:' as unnumbered lists", () => {
    expect(read("Changelogs:\nmove the NULL check into the branch.\n---\n")).toEqual([[null, "move the NULL check into the branch."]]);
    expect(read("This is v4 of the cleanup.\nchanges include:\n - split out the bugfix\n - reword patch 3\n\nThanks!\n")).toEqual([
      [null, "split out the bugfix"],
      [null, "reword patch 3"],
    ]);
    expect(read("Changes in this revision:\n\n- dropped the merged patches\n")).toEqual([[null, "dropped the merged patches"]]);
    // "Changes include:" over a summary of the series (no earlier posting named, or a versioned changelog
    // follows) is no changelog.
    expect(read("This series adds a tool.\n\nChanges include:\n - Add a man page\n")).toEqual([]);
    const text = "This series documents the tool.\n\nChanges include:\n - Add a man page\n - Add examples\n\nChanges in v3:\n- Add examples for properties\n";
    expect(read(text)).toEqual([[3, "Add examples for properties"]]);
  });

  it("reads 'v2: <link>' right above bullets as that version's changes, not under another heading", () => {
    expect(read("v3:\n- Drop the lock\n\nv2: https://lore.kernel.org/all/a@b/\n - Rename the helper\n - Fix the build\n---\n")).toEqual([
      [3, "Drop the lock"],
      [2, "Rename the helper"],
      [2, "Fix the build"],
    ]);
    // Under "v2 -> v3:", "- v2: <link>" is what the changes compare with.
    expect(read("v2 -> v3:\n - v2: https://lore.kernel.org/all/a@b/\n - Address the review\n")).toEqual([[3, "Address the review"]]);
    // A list of links is no changelog.
    expect(read("v2: https://lore.kernel.org/all/a@b/\nv1: https://lore.kernel.org/all/c@d/\n")).toEqual([]);
  });

  it("reads '--- item' and '. item' bullets under a heading, and '--vN'/'-- vN' version lines", () => {
    expect(read("v9:\n--- reworked the recovery of the\nsource server\n--- treat a zero-byte reply as a reboot\n")).toEqual([
      [9, "reworked the recovery of the source server"],
      [9, "treat a zero-byte reply as a reboot"],
    ]);
    expect(read("v2 patch includes:\n\n. add a new callback\n\n. handle the NLM conflicts\n\nv3 patch includes:\n\n. drop the old patch\n")).toEqual([
      [2, "add a new callback"],
      [2, "handle the NLM conflicts"],
      [3, "drop the old patch"],
    ]);
    expect(read("Intro.\n\n-- v3 addressing Ann's comments.\n\n-- v2 fixing the reported build error\n")).toEqual([
      [3, "addressing Ann's comments."],
      [2, "fixing the reported build error"],
    ]);
    // A diff's "--- a/file" is no item.
    expect(read("v2:\n--- a/fs/foo.c\n")).toEqual([]);
  });

  it("reads '[PATCH 3/4] title' labels over bullets, also after a blank line", () => {
    const text = "Changes since v1:\n\n[PATCH 3/4] foo: add a callback\n- remove the warning\n\n[PATCH 4/4] foo: handle the conflict\n- rename the field\n\nAnn (4):\n";
    expect(read(text)).toEqual([[2, "remove the warning"], [2, "rename the field"]]);
  });
});

describe("parseChangelog from the linux-acpi audit", () => {
  it("reads 'Changes to initial post:' as the changes in v2", () => {
    expect(read("Changes to initial post:\n\t- Added a comment as suggested by Ann.\n")).toEqual([[2, "Added a comment as suggested by Ann."]]);
  });

  it("ends a changelog in the notes at a sign-off", () => {
    expect(read("Changes in v2:\n- Add a comment on the quirk\nSigned-off-by: Bob Stable <bob@example.org>\n---\n")).toEqual([[2, "Add a comment on the quirk"]]);
  });

  it("credits every name thanked, without the thanks", () => {
    const credits = (text: string) => parseChangelog(text).map((e) => e.credits);
    expect(credits("Changes in v3:\n- Prefer inlines to macros (Thanks Rafael).\n")).toEqual([["Rafael"]]);
    expect(credits("Since v2: Thanks to Sakari and Andy for reviews.\n")).toEqual([["Sakari", "Andy"]]);
    expect(credits("v2:\n- fix the mask (thanks Ann & Bob)\n")).toEqual([["Ann", "Bob"]]);
  });
});

// linux-mips: "v1 -> v2: <link>", a blank line, then the bulleted change: the change was lost.
describe("parseChangelog: a version pair with its link, the changes after a blank line", () => {
  it("reads the bullets below as the newer version's", () => {
    const notes = "v1 -> v2: https://lore.example.org/r/20211207-1-ann@example.org/\n\n* Fix typos in commit message [Sol]\n\n a/file.c | 4 ++--\n";
    expect(parseChangelog(notes).map((e) => [e.version, e.text, e.credits])).toEqual([[2, "Fix typos in commit message [Sol]", ["Sol"]]]);
  });
  it("keeps a bare version label with its link a pointer", () => {
    expect(parseChangelog("v1: https://lore.example.org/r/1-ann@example.org/\n\n* Fix typos\n").filter((e) => e.version === 1)).toEqual([]);
  });
});
