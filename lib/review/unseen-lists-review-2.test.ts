// Remark kinds misread on lists never read before (second round). Each text is our own, modelled on a phrasing
// pattern seen in real review mail; the kinds are what a maintainer reads in them.
import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify-comment";

describe("remark kinds, second round", () => {
  it("a reviewer saying we probably don't want to do that objects", () => {
    expect(classifyComment("Hmm, before this we never called check_tree() on this path and now we do. I\nsuspect we probably don't want to do that on failure.")).toBe("objection");
    // ... also when an approval of the rest follows.
    expect(classifyComment("Hmm, before this we never called check_tree() on this path and now we do. I\nsuspect we probably don't want to do that on failure.\n\nOtherwise, LGTM.")).toBe("objection");
    // The author's wish, as the reviewer understands it, is no objection of the reviewer's.
    expect(classifyComment("I understand that you don't want to have that extra check here.")).toBe("other");
  });

  it("a name said to be too long is a nit", () => {
    expect(classifyComment("'gadget_irq_num' is too long. 'irq' should be enough.")).toBe("nit");
    expect(classifyComment("This loop is too long to follow, can we split it?")).not.toBe("nit");
  });

  it("a function named as needing something the code does not give it is a request", () => {
    expect(classifyComment("regmap_bulk_read() needs a DMA safe buffer.")).toBe("objection");
    expect(classifyComment("OK, I see now that foo_bar() needs a lock held by the caller.")).toBe("other");
  });

  it("'you can drop ... in your commit message' is a nit on the text", () => {
    expect(classifyComment("You can drop the file name from your commit message, it is plain from the diff.")).toBe("nit");
  });

  it("notes placed above the --- line are a nit on the patch's layout", () => {
    expect(classifyComment("This should have been under the --- line below.")).toBe("nit");
    expect(classifyComment("The changelog goes below the --- marker.")).toBe("nit");
    // Asking for the next version with it is an objection; the reviewer's own habit, or a mention, asks nothing.
    expect(classifyComment("What changed since v2?  Always list that below the --- line.\n\nPlease fix it up and send a v4.")).toBe("objection");
    expect(classifyComment("Fun fact: what I usually do is add notes right below \"---\", before the diffstat.")).toBe("other");
    expect(classifyComment("Since this is a v4 with no history below \"---\", the bot will complain.")).toBe("other");
  });

  it("identifiers that can be replaced by something simpler: a suggestion", () => {
    expect(classifyComment("Rather than void*, in_buf and out_buf can be replaced by a union")).toBe("nit");
  });

  it("asking for time before pinging is etiquette, not an objection to the patch", () => {
    expect(classifyComment("Please give it some time for review. Pinging after a few hours is too fast.")).toBe("other");
    expect(classifyComment("Please allow reasonable time for review before pinging.")).toBe("other");
  });
});
