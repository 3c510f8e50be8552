// linux-samsung-soc: "Acked-by: Ann <ann@…> (for Exynos and\ncore changes)", a remark in parentheses wrapped by the mailer
// without indent: its rest is read with it, not lost (the comment read "(for Exynos and").
import { describe, expect, it } from "vitest";
import { parseTrailers } from "./parse-trailers";
import { extractReplyTrailers } from "./split-patch-body";

describe("a trailer's parenthesised remark wrapped without indent", () => {
  it("joins the line closing the parenthesis", () => {
    expect(parseTrailers(["Acked-by: Ann Roe <ann@example.org> (for Exynos and", "core changes)", "Signed-off-by: Bob Poe <bob@example.org>"]).map((t) => [t.kind, t.comment])).toEqual([
      ["Acked-by", "(for Exynos and core changes)"],
      ["Signed-off-by", null],
    ]);
    expect(extractReplyTrailers("> patch\n\nAcked-by: Ann Roe <ann@example.org> (for Exynos and \ncore changes)\n\nThanks\n").map((t) => t.comment)).toEqual(["(for Exynos and core changes)"]);
  });

  it("joins nothing when the remark is closed, or the line below is no close of it", () => {
    expect(parseTrailers(["Acked-by: Ann Roe <ann@example.org> (for Exynos)", "core changes)"]).map((t) => t.comment)).toEqual(["(for Exynos)"]);
    expect(extractReplyTrailers("> patch\n\nAcked-by: Ann Roe <ann@example.org> (for Exynos and\nThanks for the work!\n").map((t) => t.comment)).toEqual(["(for Exynos and"]);
  });
});
