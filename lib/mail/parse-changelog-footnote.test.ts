// linux-efi: "Changes since v2: [1]" over the changes, the footnote's link at the end of the cover: the mark is no change.
import { describe, expect, it } from "vitest";
import { parseChangelog } from "./parse-changelog";

describe("parseChangelog: a footnote mark after the heading", () => {
  const cover = [
    "Changes since v2: [1]",
    "- rebase onto widget/next",
    "- add a patch dropping an unused stub",
    "",
    "Changes since v1: [0]",
    "- address remarks by Ann, on the missing checks",
    "",
    "[0] https://lore.kernel.org/all/one@example.org/",
    "[1] https://lore.kernel.org/all/two@example.org/",
    "",
  ].join("\n");

  it("reads the changes and not the mark", () => {
    expect(parseChangelog(cover).map((e) => e.text)).toEqual(["rebase onto widget/next", "add a patch dropping an unused stub", "address remarks by Ann, on the missing checks"]);
  });

  it("keeps a change that cites a footnote", () => {
    expect(parseChangelog("Changes in v2:\n- use the helper Ann suggested [1]\n").map((e) => e.text)).toEqual(["use the helper Ann suggested [1]"]);
  });
});
