// Remarks still misread on linux-sh, linux-mips, linux-arch after the fifth round. Each text is our own, modelled on
// a pattern seen in real review mail, with made-up names.
import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify-comment";
import { classifyResponse } from "./classify-response";
import { extractComments } from "./extract-comments";
import { resolveComment } from "./resolve-comment";

const remarks = (body: string) => extractComments(body, { name: "Pascal Romarin", email: "pascal@example.org" }).comments.map((c) => c.text);
const none = { messageId: null, kind: "none" as const, text: "" };

describe("the change turned down in so many words", () => {
  it("reads 'I can't see the added value of this header' as an objection", () => {
    expect(classifyComment("I can't see the added value of this header.\n\nThe users can include <asm/foo.h> directly.")).toBe("objection");
    expect(classifyComment("I don't see the point of this wrapper.")).toBe("objection");
    // Seeing value is no objection.
    expect(classifyComment("I can see the value of this header for the new users.")).not.toBe("objection");
  });

  it("reads 'this won't fly' as an objection", () => {
    expect(classifyComment("Well, this won't fly at all.\n\nThe buffer is shared, importers must not touch its pages.")).toBe("objection");
    expect(classifyComment("I'm afraid that doesn't fly.")).toBe("objection");
  });
});

describe("an approval that waits on a fix", () => {
  it("reads 'LGTM. With minor change to fix the typo above' as a nit", () => {
    expect(classifyComment("LGTM. With minor change to fix the typo above, Foo to Bar\nBaz board,")).toBe("nit");
    expect(classifyComment("Looks good once the typo is fixed.")).toBe("nit");
    expect(classifyComment("With the typo above fixed, feel free to add my Reviewed-by.")).toBe("nit");
    expect(classifyComment("With that fixed, LGTM.")).toBe("nit");
  });

  it("keeps an approval that names a fix already made, or one the applier makes", () => {
    expect(classifyComment("LGTM with the fix applied, the warning is gone.")).toBe("ack");
    expect(classifyComment("Looks good to me.")).toBe("ack");
    expect(classifyComment("I'll fix the typo while applying. LGTM with the typo fixed.")).toBe("ack");
  });
});

describe("a duty on other code", () => {
  it("reads what new architectures need to do as no request of this patch", () => {
    const text =
      'IIUC, foo_at2(fd, "", m, AT_EMPTY) does what foo(fd, m) does.  With that, new architectures only need to implement the foo_at2\nsyscall to cover every variant.';
    expect(classifyComment(text)).not.toBe("objection");
    // The same duty put on this patch stays a request.
    expect(classifyComment("This architecture needs to implement the foo_at2 syscall too.")).toBe("objection");
    // A rule for new drivers, said to a new driver, is one it has to follow.
    expect(classifyComment("New drivers must use devm_foo_register_with_info().")).toBe("objection");
  });
});

describe("what is not the reviewer's words", () => {
  it("drops the bar of a quoted diffstat line wrapped onto a line of its own", () => {
    const body =
      "On 1/2/25 10:00, Ann Writer wrote:\n> ---\n>  drivers/foo/bar.c             | 35\n+++++++++++++++++++++++++-----\n>  drivers/foo/baz.c |  2 +-\n>\n\nThat is hardly a fair comparison.\n\nThanks,\n-Bob\n";
    expect(remarks(body)).toEqual(["That is hardly a fair comparison."]);
    // Plus signs of the reviewer's own below a quoted code line stay.
    expect(remarks("On 1/2/25, Ann Writer wrote:\n> +\tx = y;\n\n++ is clearer here.\n")).toEqual(["++ is clearer here."]);
  });

  it("drops a sensitivity label stamped under the signature", () => {
    const body = "On 1/2/25 10:00, Ann Writer wrote:\n> +\tfoo();\n\nThis breaks bar on 32-bit.\n\nPascal\n\nAcme Group - Document Interne\n";
    expect(remarks(body)).toEqual(["This breaks bar on 32-bit."]);
    expect(remarks("On 1/2/25, Ann Writer wrote:\n> +\tfoo();\n\nPascal\n\nClassification: Internal\n")).toEqual([]);
    // A remark that speaks of internal documents stays.
    expect(remarks("On 1/2/25, Ann Writer wrote:\n> +\tfoo();\n\nThe datasheet is an internal document, so please describe the bit here.\n")).toHaveLength(1);
  });
});

describe("a link's query string", () => {
  it("reads no question in the '?' of a URL under a courtesy", () => {
    const text =
      "Thanks for your patch.\n\nIt was actually already fixed [1].\n\n[1]\nhttps://git.example.org/pub/scm/linux/kernel/git/foo/linux.git/commit/?h=foo/next&id=0123456789abcdef";
    expect(classifyComment(text)).toBe("other");
    const status = resolveComment({ comment: { text, kind: "other", anchor: null, reviewer: "Pascal Romarin" }, old: { version: 1, files: [] }, next: null, response: none, changelog: [] }).status;
    expect(status).toBe("obsolete");
    // A real question beside the link still asks.
    const ask = resolveComment({ comment: { text: `${text}\n\nDoes your version differ?`, kind: "other", anchor: null, reviewer: "Pascal Romarin" }, old: { version: 1, files: [] }, next: null, response: none, changelog: [] }).status;
    expect(ask).toBe("open");
  });
});

describe("the author's answer", () => {
  it("reads 'I agree with you. They should better be removed.' as a promise", () => {
    expect(classifyResponse("I agree with you. They should better be removed.")).toBe("will-fix");
    expect(classifyResponse("Agreed, the helper should be renamed.")).toBe("will-fix");
  });

  it("keeps agreement that explains, or defers the change elsewhere", () => {
    expect(classifyResponse("I agree with you. It should be fine as it is, because the lock is held.")).toBe("explained");
    expect(classifyResponse("I agree. But this should be removed in a separate patch, not here.")).toBe("explained");
  });
});
