// A reviewer's tag in a reply whose mailer quotes by indenting the answered mail (Outlook for Mac's "    " quote): the
// quoted patch's `---` rule or the list footer's rule right below the tag is no wrapped part of its value.
import { describe, expect, it } from "vitest";
import { isTrailerContinuation, parseTrailerLine, parseTrailers } from "./parse-trailers";
import { extractReplyTrailers } from "./split-patch-body";

const given = (body: string) => extractReplyTrailers(body).map((t) => ({ kind: t.kind, email: t.person?.email ?? "", comment: t.comment }));

describe("extractReplyTrailers: a tag above an indented quote", () => {
  it("leaves the quoted patch's rule and diffstat out of a Tested-by", () => {
    const body = [
      'On 3/1/21, 9:00 AM, "Ann Roe" <ann@example.org> wrote:',
      "",
      "    Fix the queue count when the controller gives fewer.",
      "    ",
      "    Signed-off-by: Ann Roe <ann@example.org>",
      "",
      "Works on my two boxes.",
      "",
      "Tested-by: Bo Li <bo@example.com>",
      "    ---",
      "     drivers/widget/core.c | 5 +++--",
      "     1 file changed, 3 insertions(+), 2 deletions(-)",
      "    ",
    ].join("\n");
    expect(given(body)).toEqual([{ kind: "Tested-by", email: "bo@example.com", comment: null }]);
  });

  it("leaves the quoted list footer out of an Acked-by", () => {
    const body = [
      "Looks good.",
      "",
      "Acked-by: Cy Dee <cy@example.net>",
      "    _______________________________________________",
      "    Widget mailing list",
      "    widget@lists.example.org",
      "",
    ].join("\n");
    expect(given(body)).toEqual([{ kind: "Acked-by", email: "cy@example.net", comment: null }]);
  });

  it("still reads an indented remark wrapped below a tag as its comment", () => {
    const body = "Acked-by: Cy Dee <cy@example.net> # for the\n    widget core part\n";
    expect(given(body)).toEqual([{ kind: "Acked-by", email: "cy@example.net", comment: "for the widget core part" }]);
  });
});

describe("isTrailerContinuation: indented rules", () => {
  const tag = parseTrailerLine("Reviewed-by: Ann Roe <ann@example.org>");

  it.each(["    ---", "\t--", "    ______", "  ====  "])("reads %j as no continuation", (line) => {
    expect(isTrailerContinuation(line, tag)).toBe(false);
  });

  it.each(["    (for the core part)", "\t<ann@example.org>", "    - with the nit fixed"])("reads %j as a continuation", (line) => {
    expect(isTrailerContinuation(line, tag)).toBe(true);
  });

  it("keeps a patch's own block whole", () => {
    expect(parseTrailers(["Reviewed-by: Ann Roe <ann@example.org>", "    ---", "Signed-off-by: Bo Li <bo@example.com>"]).map((t) => t.kind)).toEqual(["Reviewed-by", "Signed-off-by"]);
  });
});
