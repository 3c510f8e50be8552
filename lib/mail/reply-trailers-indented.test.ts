// Reply trailers set off by an indent ("apply this as-is to your sign-off block:") and keys such as
// "Acked-for-MFD-by".
import { describe, expect, it } from "vitest";
import { isReviewTrailerKind } from "./parse-trailers";
import { extractReplyTrailers } from "./split-patch-body";
import { isExampleTrailer } from "./trailer-scope";

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
    // A block of tags with a sign-off in it is read as an example: given only by its sender, if his own (attributeTrailers).
    const example = "if this patch ends in git with:\n\n\tReviewed-by: Rob <robh@x.org>\n\tSigned-off-by: Conor <c@x.org>\n\nit is wrong.\n";
    expect(extractReplyTrailers(example).map((t) => [t.kind, t.person?.email, isExampleTrailer(t)])).toEqual([["Reviewed-by", "robh@x.org", true]]);
  });

  it("reads a sender's own indented tags under his own words as an example block (linux-iio)", () => {
    const body = "Hi,\n\nIt works fine for me too, thanks.\n\n\tReported-by: Ann Roe <ann@x.org>\n\tTested-by: Ann Roe <ann@x.org>\n\nAnn\n";
    expect(extractReplyTrailers(body).map((t) => [t.kind, t.person?.email, isExampleTrailer(t)])).toEqual([["Tested-by", "ann@x.org", true]]);
  });

  it("skips an indented trailer that is quoted above", () => {
    expect(kinds("> Some text:\n>\n  Acked-by: A <a@x.org>\n")).toEqual([]);
  });

  // linux-mmc, linux-input: the reviewer's tag set off by a space or a few, right under the quoted sign-off.
  it("reads an indented trailer right under the quoted patch's trailers", () => {
    expect(kinds("> Fix the thing.\n>\n> Signed-off-by: Ann <ann@x.org>\n Reviewed-by:Bo Chen <bo@x.org>\n> ---\n> quoted diff\n")).toEqual(["Reviewed-by bo@x.org"]);
    expect(kinds("> Fix the thing.\n> Signed-off-by: Ann <ann@x.org>\n\n       Acked-by: Bo Chen <bo@x.org>\n\n")).toEqual(["Acked-by bo@x.org"]);
  });
});

// linux-i2c: "----8<----" above and below a snippet the reviewer proposes, then his tag.
describe("extractReplyTrailers: a snippet between scissors lines", () => {
  it("reads the tag below the closing scissors line", () => {
    const body = "> +#include <linux/device.h>\n\nCan we make it\n\n----8<----\n#include <linux/device.h>\n\n/* comment */\n#include <linux/foo.h>\n----8<----\n\n?\n\nWith this addressed,\nReviewed-by: Andy Sh <andy@x.org>\n";
    expect(kinds(body)).toEqual(["Reviewed-by andy@x.org"]);
  });
  it("still stops at a scissors line over a pasted patch's text with no closing one", () => {
    expect(kinds("Try this:\n\n-- >8 --\nSubject: foo\n\nReviewed-by: Someone <s@x.org>\n")).toEqual([]);
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
