// Remarks misread on lists never read before (fourth round: linux-mtd, linux-omap, linux-api). Each text is our
// own, modelled on a pattern seen in real review mail, with made-up names.
import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify-comment";
import { extractComments } from "./extract-comments";
import { resolveComment } from "./resolve-comment";

const remarks = (body: string) => extractComments(body, { name: "Bo Tester", email: "bo@example.org" }).comments.map((c) => c.text);

describe("a quoted line its mail client wrapped at a space without a '>' on the rest", () => {
  it("is the quote, not a remark, when the quote goes on below", () => {
    const body = [
      "> @@ -12,6 +12,9 @@ static int foo_probe(struct platform_device *pdev, ",
      "int flags)",
      ">  {",
      "> +\t{ \"foo25x\", FOO_INFO(0x112233, 0, 64 * 1024, 1, FOO_NO_ERASE) ",
      "},",
      "> +\tret = foo_init(pdev);",
      "",
      "Check ret here.",
    ].join("\n");
    expect(remarks(body)).toEqual(["Check ret here."]);
  });

  it("is the quote when a wrapped sentence goes on in lower case", () => {
    const body = ["> Each phase gets a separate 'wide' field so that mixed modes can be ", "supported.", "> ", "> Signed-off-by: Ann Writer <ann@example.org>", "", "Looks fine."].join("\n");
    expect(remarks(body)).toEqual(["Looks fine."]);
  });

  it("stays a remark when the quoted line above ends without a space, is short, or the line is a sentence or a question", () => {
    const under = (quoted: string, own: string) => remarks([quoted, own, "> +\tfoo_exit(dev);"].join("\n"));
    // An inline correction written under the words it corrects.
    expect(under("> Some of the foo chips has multi-die, and need to select the die", "have multiple dies and")).toEqual(["have multiple dies and"]);
    expect(under("> +\tret = foo_init(pdev); ", "why?")).toEqual(["why?"]);
    // A reply set off by blank lines is the writer's own, whatever the quote above ends with.
    expect(remarks(["> I think it is fine to go over the 80 columns here for readability. ", "", "ok", "", "> Let me know."].join("\n"))).toEqual(["ok"]);
    expect(under("> +\tret = foo_init_with_a_long_name(pdev, FOO_FLAG_ONE | FOO_FLAG_TWO); ", "Agreed.")).toEqual(["Agreed."]);
    expect(under("> +\tret = foo_init_with_a_long_name(pdev, FOO_FLAG_ONE | FOO_FLAG_TWO); ", "why not foo_init()?")).toEqual(["why not foo_init()?"]);
  });
});

describe("marks and greetings that are no remark", () => {
  it("drops 'cut' written where the quote was cut", () => {
    const body = ["> +\tfoo_enable(dev);", "", "This needs a check.", "", "cut", "", "> +\tfoo_disable(dev);", "", "And this one too."].join("\n");
    expect(remarks(body)).toEqual(["This needs a check.", "And this one too."]);
  });

  it("drops a rule or carets drawn alone between quotes", () => {
    const body = ["> +\tfoo_enable(dev);", "", "----", "", "> +\tfoo_disable(dev);", "^^^^^^", "", "> +\treturn 0;", "", "?"].join("\n");
    expect(remarks(body)).toEqual(["?"]);
  });

  it("drops a greeting by address", () => {
    const body = ["Hi ann.writer@example.org,", "", "> +\tfoo_enable(dev);", "", "Missing error check."].join("\n");
    expect(remarks(body)).toEqual(["Missing error check."]);
  });

  it("drops a dated 'wrote on' attribution with a remark right below it", () => {
    const body = ["Hi Ann,", "", "ann.writer@example.org wrote on Mon, 3 Feb 2031 07:56:21 +0200:", "", '"with two dies" in the title', "", "> Some foo chips have two dies."].join("\n");
    expect(remarks(body)).toEqual(['"with two dies" in the title']);
    // Its zone wrapped onto a line of its own.
    const wrapped = ["Ann Writer <ann@example.org> wrote on Mon, 3 Feb 2031 10:55:26", "+0100:", "", "There is a typo in the title (available).", "", "> Some foo chips have two dies."].join("\n");
    expect(remarks(wrapped)).toEqual(["There is a typo in the title (available)."]);
    // A sentence saying what someone wrote is kept.
    expect(remarks(["> +\tfoo_enable(dev);", "", "Ann wrote on the list that this is needed:"].join("\n"))).toEqual(["Ann wrote on the list that this is needed:"]);
  });
});

describe("an approval after the remark it depends on", () => {
  it("reads 'looks good otherwise' closing a request as the request", () => {
    expect(classifyComment("Please add a comment here. Looks good otherwise.")).not.toBe("ack");
    expect(classifyComment("Please add a comment here. LGTM otherwise.")).not.toBe("ack");
    expect(classifyComment("Might be worth giving an example of what can be set up here.\n\nThe patch looks good otherwise.")).toBe("nit");
    // Alone it is an approval.
    expect(classifyComment("Looks good otherwise.")).toBe("ack");
  });

  it("reads 'might be worth' as a suggestion", () => {
    expect(classifyComment("Might be worth mentioning the erratum in the commit message.")).toBe("nit");
    expect(classifyComment("It may be worth adding a helper for this.")).toBe("nit");
    // Weighing it up, or for later, asks nothing now.
    expect(classifyComment("It might be worth it but I didn't come to a clear conclusion.")).toBe("other");
    expect(classifyComment("Might be worth having such helpers at\nsome point.")).toBe("other");
  });
});

describe("a changelog line that only records a tag", () => {
  const resolveWith = (line: string) =>
    resolveComment({
      comment: { text: "I wonder how this behaves when the foo queue is empty.", kind: "question", anchor: null, reviewer: "Lena Stokes" },
      old: { version: 2, files: [] },
      next: { version: 3, files: [] },
      response: { messageId: null, kind: "none", text: "" },
      changelog: [{ text: line, credits: ["Lena"] }],
    });

  it("credits no change, its tag quoted or counted", () => {
    for (const line of ['added "Reviewed-by" signature (Lena)', "Added one more Reviewed-by sign (thanks Lena)", "Added another Acked-by (Lena)"]) {
      expect(resolveWith(line).evidence, line).toContain("only for a tag");
    }
    expect(resolveWith("Reworked the empty queue case (Lena)").status).toBe("addressed");
  });
});

describe("suggestions and reports that are no objection", () => {
  it("reads 'you may as well' and 'the better way is to' as suggestions", () => {
    expect(classifyComment("Since the lock is not needed earlier, you may as well take it here.")).toBe("nit");
    expect(classifyComment("The better way is to split the declaration from the assignment.")).toBe("nit");
  });

  it("reads a pasted warning the patch makes go away as no build failure", () => {
    const fixes = "This fixes the following warning from make defconfig:\n\n  arch/foo/configs/defconfig:12:warning: symbol value 'm' invalid for FOO\n\nI assume it goes through the soc tree.";
    expect(classifyComment(fixes)).not.toBe("objection");
    expect(classifyComment("It adds a warning:\n\n  drivers/foo.c:12:3: warning: unused variable 'x'")).toBe("objection");
  });
});

describe("wishes and wondering", () => {
  it("reads a wish for someone else's review as no request of the author", () => {
    expect(classifyComment("It would be good to see a review from Jo here.")).toBe("other");
    expect(classifyComment("It would be good to see a comment here.")).toBe("nit");
  });

  it("reads 'strongly prefer' as a suggestion and wondering, 'also' or not, as no demand", () => {
    expect(classifyComment("Strongly prefer to use the same check as the existing code that detects wraps.")).toBe("nit");
    expect(classifyComment("I also wondered, if it should be added for the other arches like the other compat calls.")).not.toBe("objection");
    // Wondering aside, a request stays one.
    expect(classifyComment("These two are no standard names. Either they need a 'foo,' prefix or we should standardize them. I was wondering if it should be more general.")).not.toBe("question");
  });
});

describe("remarks listed as misread by earlier audits", () => {
  it("reads thanks for a report closed by the queued notice as the notice", () => {
    expect(classifyComment("Thanks for the report - queued up as a fix.")).toBe("ack");
  });

  it("reads a question about wording as no defect claim", () => {
    expect(classifyComment("Is it grammatically right to say 'hang on'? Shouldn't 'hang' be used with 'for'?")).not.toBe("objection");
    expect(classifyComment("Shouldn't this be foo_lock() instead?")).toBe("objection");
    // A word that only sounds like style ("namespace") makes no question about wording.
    expect(classifyComment("There shouldn't be. You pass the foo fd to setns() instead of a namespace fd. Maybe that's the argument you need?")).not.toBe("question");
    // A long defect claim that names a "name" in passing and closes on a question stays one.
    const long = "This is missing cpu_to_le32().\n\nThat won't work for encrypted directories without the key, because now the hash of the\nno-key name is needed even when the disk name is there. This will crash in foo_hash() as the key isn't set up. Or does it?";
    expect(classifyComment(long)).toBe("objection");
  });

  it("reads a request put as what the code will need, and a failure that remains, as objections", () => {
    expect(classifyComment("I think this will need an EXPORT_SYMBOL_GPL thrown in.")).toBe("objection");
    expect(classifyComment("Still broken for me with allmodconfig.")).toBe("objection");
    expect(classifyComment("It was still broken before the patch.")).not.toBe("objection");
  });
});

describe("a slip pointed out", () => {
  it("reads 'there is a typo in ...' as a nit and a compile error hit as an objection", () => {
    expect(classifyComment("there is a typo in the subject line\n\ns/foo2855/foo2835")).toBe("nit");
    expect(classifyComment("There's a typo here. I got a compile error because of the wrong variable name.")).toBe("objection");
  });
});

describe("a general question and a changelog line crediting its reviewer", () => {
  const resolveQuestion = (text: string, line: string, response: { kind: "none" | "will-fix"; text: string } = { kind: "none", text: "" }) =>
    resolveComment({
      comment: { text, kind: "question", anchor: null, reviewer: "Lena Stokes" },
      old: { version: 2, files: [] },
      next: { version: 3, files: [] },
      response: { messageId: null, ...response },
      changelog: [{ text: line, credits: ["Lena"] }],
    });

  it("is not addressed by a line about another of her remarks", () => {
    expect(resolveQuestion("I wonder how this copes with a full queue?", "Split the PM ops into their own patch (Lena)").status).not.toBe("addressed");
  });

  it("is addressed by a line naming what it asks about, or when the author promised to act on it", () => {
    expect(resolveQuestion("Should foo_queue_full() take the lock?", "Take the lock in foo_queue_full() (Lena)").status).toBe("addressed");
    expect(resolveQuestion("Could you split the PM ops out?", "Split the PM ops into their own patch (Lena)", { kind: "will-fix", text: "Sure, will split them." }).status).toBe("addressed");
    // A request put as a question is a request.
    expect(resolveQuestion("Can you change the title to 'foo: add the bar driver'?", "Include the suggestions by Lena").status).toBe("addressed");
    // Unaddressed questions say no tag was all that credited her.
    expect(resolveQuestion("I wonder how this copes with a full queue?", "Split the PM ops into their own patch (Lena)").evidence).toBe("general remark; no v3 changelog line credits Lena Stokes for this question");
  });
});
