// A reviewer asking for a patch to be cut into smaller ones, maybe offering a tag for the pieces (modelled on
// Lorenzo Stoakes' review of Suren Baghdasaryan's "Use killable vma write locking" v4 2/4, split into three in v5).
import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify-comment";

describe("a request to split the patch", () => {
  it("is an objection, however it is worded", () => {
    expect(classifyComment("This really needs splitting up into separate patches for the different parts you touch.")).toBe("objection");
    expect(classifyComment("The patch is far too big and needs breaking up.")).toBe("objection");
    expect(classifyComment("This needs to be split into two patches.")).toBe("objection");
  });

  it("stays one when the reviewer offers a tag for the pieces", () => {
    const text =
      "This needs splitting up into one patch per subsystem, it is hard to review as one.\n\n" +
      "Go on, more commits never hurt :)\n\n" +
      "You are welcome to add 'Reviewed-by: Ann Roe <ann@example.org>' to all of the split-out patches where I said it looks fine.";
    expect(classifyComment(text)).toBe("objection");
  });

  it("leaves a tag offered on its own an approval", () => {
    expect(classifyComment("Feel free to add my Reviewed-by to the new patches.")).toBe("ack");
    expect(classifyComment("Looks good to me. You are welcome to add my Acked-by.")).toBe("ack");
  });
});
