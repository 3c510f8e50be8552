// Remarks misread on lists never read before (third round: linux-nvme, linux-efi, linux-fbdev). Each text is our
// own, modelled on a pattern seen in real review mail, with made-up names.
import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify-comment";
import { classifyResponse } from "./classify-response";
import { extractComments } from "./extract-comments";

describe("an approval given on condition that a request is met", () => {
  it("is the request's kind, not an ack", () => {
    expect(classifyComment("Let's drop the '&& foo_enabled' test and assume a kernel booted that way is revived.\n\nWith that change feel free to add")).toBe("nit");
    expect(classifyComment("This needs a NULL check. With that fixed, looks good.")).toBe("objection");
    expect(classifyComment("Please use dev_err_probe() here.\n\nOnce that is done, feel free to include my tag.")).not.toBe("ack");
  });

  it("stays an ack when nothing before it asks for anything", () => {
    expect(classifyComment("Thanks for the quick fix. With that, feel free to add")).toBe("ack");
    expect(classifyComment("Looks good, feel free to add")).toBe("ack");
    expect(classifyComment("Booted it on two boards. With this patch the console looks good.")).toBe("ack");
  });
});

describe("a sentence leading into a trailer", () => {
  const remark = (body: string) => extractComments(body, { name: "Bo Tester", email: "bo@example.org" }).comments.map((c) => c.text);

  it("keeps the sentence's last line when it opens with a quoted symbol, not a capitalised word", () => {
    const body = [
      "On Mon, Jan 6, 2025 at 9:10 AM Ann Writer <ann@example.org> wrote:",
      "> +\tfoo_seed_entropy(buf, len);",
      "",
      "Tried this on my board, whose firmware hands over a seed",
      "(the RNG protocol is there) and which has",
      "'CONFIG_FOO_TRUST_SEED=y', so:",
      "",
      "Tested-by: Bo Tester <bo@example.org>",
    ].join("\n");
    expect(remark(body)).toEqual(["Tried this on my board, whose firmware hands over a seed\n(the RNG protocol is there) and which has\n'CONFIG_FOO_TRUST_SEED=y'."]);
  });

  it("drops a few words closed by a comma standing over the tag", () => {
    const body = ["> +#include <asm/foo.h>", "", "Nit: with the foo calls gone, this include can go too.", "", "", "The nit notwithstanding,", "", "Reviewed-by: Bo Tester <bo@example.org>"].join("\n");
    expect(remark(body)).toEqual(["Nit: with the foo calls gone, this include can go too."]);
    expect(remark(body.replace("The nit notwithstanding,", "With those two comments addressed,"))).toEqual(["Nit: with the foo calls gone, this include can go too."]);
    // What the tag covers is no lead-in.
    expect(remark(body.replace("The nit notwithstanding,", "For the foo part,"))).toEqual(["Nit: with the foo calls gone, this include can go too.\n\nFor the foo part,"]);
    // A sentence that goes on above is no lead-in of its own.
    const wrapped = ["> +#include <asm/foo.h>", "", "I tried it with the include gone and with it kept, and in", "both builds,", "", "Tested-by: Bo Tester <bo@example.org>"].join("\n");
    expect(remark(wrapped)).toEqual(["I tried it with the include gone and with it kept, and in\nboth builds,"]);
  });

  it("drops a paragraph that sets the remarks aside, or takes them as fixed, above the tag", () => {
    const over = (lead: string) => remark(["> +\tfoo_enable(dev);", "", "Why not foo_enable_all()?", "", lead, "", "Reviewed-by: Bo Tester <bo@example.org>"].join("\n"));
    for (const lead of ["Regardless,", "Other than that,", "But either way,", "With the issue Ann pointed out fixed,"]) expect(over(lead), lead).toEqual(["Why not foo_enable_all()?"]);
    // Behind a request on the same line, only the lead-in goes.
    expect(over("Sort them alphabetically please. With this fixed,")).toEqual(["Why not foo_enable_all()?\n\nSort them alphabetically please."]);
    // A verdict is kept: it is the remark's own approval.
    expect(over("Other than that it looks good,")).toEqual(["Why not foo_enable_all()?\n\nOther than that it looks good,"]);
  });

  it("reads 'V/r,', 'take care,' and 'Hope that helps,' over the name as a sign-off", () => {
    for (const closing of ["V/r,", "take care,", "Hope that helps,"]) {
      expect(remark(["> +\tfoo_enable(dev);", "", "We would be glad to look at another way.", "", closing, "  Bo"].join("\n")), closing).toEqual(["We would be glad to look at another way."]);
    }
  });

  it("still drops a capitalised lead-in line below an unfinished one", () => {
    const body = ["> +\tfoo_enable(dev);", "", "Ann's review is enough for a binding, no need to wait for me. but", "FWIW,", "", "Acked-by: Bo Tester <bo@example.org>"].join("\n");
    expect(remark(body)).toEqual(["Ann's review is enough for a binding, no need to wait for me. but"]);
  });

  it("still drops a lead-in line of its own", () => {
    const body = ["> +\tfoo_seed_entropy(buf, len);", "", "Tried this on my board and the seed is used", "With that:", "", "Tested-by: Bo Tester <bo@example.org>"].join("\n");
    expect(remark(body)).toEqual(["Tried this on my board and the seed is used"]);
  });
});

describe("an author leaving the decision to others", () => {
  it("explains and promises nothing", () => {
    expect(classifyResponse("Other architectures export it the same way. That proves little, but I'll have to defer to the subsystem maintainers on whether it should be GPL only.")).toBe("explained");
    expect(classifyResponse("I'll have to leave that call to the maintainers of the driver.")).toBe("explained");
    // A change named in the same clause is still promised.
    expect(classifyResponse("I'll have to defer this to v3 then, and fix it there.")).toBe("will-fix");
  });
});

describe("wording and suggestion phrasings", () => {
  it("'This isn't right.' claims a defect", () => {
    expect(classifyComment("This isn't right. Why would the level change just because the panel is blanked?")).toBe("objection");
    expect(classifyComment("Yes, I agree the old code isn't correct, and this patch fixes it.")).toBe("other");
    // Said of the commit message, it is a nit on the text.
    expect(classifyComment("The commit message isn't correct, it was copied from another patch. Please revisit.")).toBe("nit");
    // Said of the code before the patch, it agrees with the patch.
    expect(classifyComment("Agreed. The current handling of the reset line isn't right.")).toBe("other");
  });


  it("a remark on grammar is a nit on the text", () => {
    expect(classifyComment("This sentence is not grammatically correct, please fix it.")).toBe("nit");
  });

  it("praise wished for is no praise of the patch", () => {
    expect(classifyComment("It would be great to get some numbers here to weigh the trade-off of this approach.")).not.toBe("praise");
    expect(classifyComment("It'd be really nice to have a test for this.")).toBe("nit");
    expect(classifyComment("We usually call such a helper as_ref(), it'd be nice to stick to that.")).toBe("nit");
    expect(classifyComment("This is great work, thanks.")).toBe("praise");
  });

  it("'I would just do something like' proposes a change softly", () => {
    expect(classifyComment("Personally, I would just do something like the following")).toBe("nit");
  });
});

describe("a diff the reviewer proposes below a bare '--'", () => {
  const remark = (body: string) => extractComments(body, { name: "Bo Tester", email: "bo@example.org" }).comments.map((c) => c.text);

  it("is part of the remark, not a signature", () => {
    const body = [
      "> +\tfoo_flags = 0;",
      "",
      "How about marking it when the flag is set? Something like:",
      "--",
      "diff --git a/drivers/foo/core.c b/drivers/foo/core.c",
      "--- a/drivers/foo/core.c",
      "+++ b/drivers/foo/core.c",
      "@@ -10,2 +10,3 @@ static void foo_init(struct foo *f)",
      " \tf->retries = 0;",
      "+\tf->has_pi = false;",
      "--",
      "",
      "Bo",
    ].join("\n");
    const [text] = remark(body);
    expect(text).toContain("Something like:");
    expect(text).toContain("+\tf->has_pi = false;");
    expect(text).not.toContain("Bo");
    // A "--" over a name is still the signature.
    expect(remark(["> +\tfoo_flags = 0;", "", "Why zero here?", "--", "Bo Tester", "Example Corp"].join("\n"))).toEqual(["Why zero here?"]);
  });
});

describe("a cut mark between quotes", () => {
  it("'[clip]' and 'snip..' are elisions like '[snip]', no remark", () => {
    const texts = extractComments("> +\tfoo_enable(dev);\n\n[clip]\n\n> +\tfoo_disable(dev);\n\nWhy disable it here?\n").comments.map((c) => c.text);
    expect(texts).toEqual(["Why disable it here?"]);
    const dotted = extractComments("> +\tfoo_enable(dev);\n\nsnip..\n\n> +\tfoo_disable(dev);\n\nWhy disable it here?\n").comments.map((c) => c.text);
    expect(dotted).toEqual(["Why disable it here?"]);
  });
});
