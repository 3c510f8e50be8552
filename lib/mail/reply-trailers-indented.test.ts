// Reply trailers set off by an indent ("apply this as-is to your sign-off block:") and keys such as
// "Acked-for-MFD-by".
import { describe, expect, it } from "vitest";
import { isReviewTrailerKind } from "./parse-trailers";
import { extractReplyTrailers } from "./split-patch-body";

const kinds = (body: string) => extractReplyTrailers(body).map((t) => `${t.kind} ${t.person?.email ?? ""}`);

describe("extractReplyTrailers: indented own trailers", () => {
  it("reads a maintainer's indented Acked-for-<subsystem>-by under own text", () => {
    const body = [
      "On Mon, 08 Mar 2021, Someone wrote:", "", "> quoted", "", "Nit: please remove this line.", "",
      "For my own reference (apply this as-is to your sign-off block):", "", "  Acked-for-MFD-by: Lee Jones <lee@kernel.org>", "",
      "-- ", "Lee",
    ].join("\n");
    expect(kinds(body)).toEqual(["Acked-for-mfd-by lee@kernel.org"]);
  });

  it("reads several indented trailers in one block", () => {
    const body = "You can add:\n\n   Acked-by: A B <a@x.org>\n   Reviewed-by: A B <a@x.org>\n\nThanks\n";
    expect(kinds(body)).toEqual(["Acked-by a@x.org", "Reviewed-by a@x.org"]);
  });

  it("skips indented trailers of a pasted commit message or of an example trailer block", () => {
    const gitLog = "See this commit:\n\n    commit abc\n    Author: C <c@x.org>\n\n    Fix it\n\n    Reviewed-by: D <d@x.org>\n    Signed-off-by: C <c@x.org>\n";
    expect(kinds(gitLog)).toEqual([]);
    const example = "if this patch ends in git with:\n\n\tReviewed-by: Rob <robh@x.org>\n\tSigned-off-by: Conor <c@x.org>\n\nit is wrong.\n";
    expect(kinds(example)).toEqual([]);
  });

  it("skips an indented trailer that is quoted above", () => {
    expect(kinds("> Some text:\n>\n  Acked-by: A <a@x.org>\n")).toEqual([]);
  });
});

describe("isReviewTrailerKind", () => {
  it("takes Acked-for-<X>-by and compounds, not words that merely contain 'ack'", () => {
    expect(isReviewTrailerKind("Acked-for-mfd-by")).toBe(true);
    expect(isReviewTrailerKind("Acked-for-backlight-by")).toBe(true);
    expect(isReviewTrailerKind("Reviewed-and-acked-by")).toBe(true);
    expect(isReviewTrailerKind("Nacked-by")).toBe(true);
    expect(isReviewTrailerKind("Backed-by")).toBe(false);
    expect(isReviewTrailerKind("Tracked-by")).toBe(false);
  });
});
