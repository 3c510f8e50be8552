// Heading shapes seen on linux-spi and linux-rtc covers and patch notes that gave no changelog before.
import { describe, expect, it } from "vitest";
import { parseChangelog } from "./parse-changelog";

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
