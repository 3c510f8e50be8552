// Remarks misread on linux-riscv and linux-modules (and the same shapes on linux-efi, linux-nvme, linux-api). Each text
// is our own, modelled on a pattern seen in real review mail, with made-up names.
import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify-comment";
import { classifyResponse } from "./classify-response";

describe("a change asked for with 'we', as a question", () => {
  it("reads 'Can we drop this hunk?' and the like as a request", () => {
    expect(classifyComment("Can we drop this hunk for now? It belongs in the other series.")).toBe("objection");
    expect(classifyComment("Can we avoid the global variable ?")).toBe("objection");
    expect(classifyComment("There is a lot of shared code between foo32 and foo64. Can we move\nit into a header?")).toBe(
      "objection",
    );
    expect(classifyComment("Shall we pass the address in instead of keeping it in a static?")).toBe("objection");
  });

  it("reads 'Could we ...?' and a request of style as a nit", () => {
    expect(classifyComment("Could we use a named constant instead of 0x2a here?")).toBe("nit");
    expect(classifyComment("Can we move these to a namespace from the start?")).toBe("nit");
    expect(classifyComment("Can we add a Fixes tag?")).toBe("nit");
  });

  it("reads 'perhaps you can ...?' as a suggestion", () => {
    expect(classifyComment("Unless Bob wants it separate, perhaps you can just include a patch deleting the old script?")).toBe("nit");
  });

  it("keeps questions that ask no change of the code", () => {
    // Asks whether something holds, or about taking the patch: no edit asked for.
    expect(classifyComment("Can we assume the lock is held here?")).toBe("question");
    expect(classifyComment("Can we merge this for the next release?")).toBe("question");
    expect(classifyComment("Can we make progress on this please?")).not.toBe("objection");
    expect(classifyComment("Why can we not use the helper here?")).toBe("question");
  });
});

describe("a preference stated with an adverb", () => {
  it("reads 'I'd much prefer ...' and 'would be more accurate' as a nit", () => {
    expect(classifyComment("So I'd much prefer we keep the flags in a buffer of their own.")).toBe("nit");
    expect(classifyComment("I would really prefer one patch for the whole subsystem over one per driver.")).toBe("nit");
    expect(classifyComment('It would be more complete if we add\n"Reported-by: Ann Other <ann@example.com>" here.')).toBe("nit");
    expect(classifyComment("Would be more explicit to return 0 here.")).toBe("nit");
    expect(classifyComment("I think a warning here rather than an error would be more appropriate.")).toBe("nit");
  });

  it("leaves a firm request firm, and a preference spoken of", () => {
    expect(classifyComment("I'd much rather see this fixed to work as a module. Please do that instead.")).toBe("objection");
    // No preference of the reviewer's: nothing is asked.
    expect(classifyComment("It would be much more work to support both.")).not.toBe("nit");
  });
});

describe("a polite request ending in a full stop", () => {
  it("reads 'Can you please rebase this.' as a request, not a question", () => {
    expect(classifyComment("A recent change in the tree conflicts with yours.\n\nCan you please rebase this.")).toBe("objection");
    // Without "please" it stays what it was: a question put without its mark.
    expect(classifyComment("Can you confirm that this is fine by you as well.")).toBe("question");
  });
});

describe("the patch said to be in the maintainer's branch", () => {
  it("reads 'this is queued in my for-next branch' as an ack", () => {
    expect(classifyComment("Ok, this is queued in my for-next branch.")).toBe("ack");
    expect(classifyComment("Thanks, it's now applied to the fixes tree.")).toBe("ack");
    // Asked, or waited for: no notice.
    expect(classifyComment("Is this queued in my for-next branch already?")).not.toBe("ack");
  });

  it("reads a tester's 'I applied this series ... but I still see the following build error' as no ack", () => {
    const text =
      "I applied this series and changed the #if to #ifdef, but I\nstill see the following build error with FOO=y:\n\nfoo/bar.S:1:10: fatal error: 'gen/keep.h' file not found";
    expect(classifyComment(text)).toBe("objection");
    expect(classifyComment("I applied the series, thanks. Nice work.")).toBe("ack");
  });
});

describe("a rewrite offered for any code", () => {
  it("reads 'this whole piece of code can be simplified to:' as a nit", () => {
    expect(classifyComment("This whole piece of code can be simplified to:\n\n\tfoo &= BAR_MASK;")).toBe("nit");
    expect(classifyComment('All these "static const" can be simplified to just "const".')).toBe("nit");
    expect(classifyComment("Can probably be simplified down to:\n\n$(CC) -x c /dev/null")).toBe("nit");
  });
});

describe("the declaration order networking asks for", () => {
  it("reads 'reverse xmas tree order' as style", () => {
    expect(classifyComment("Please keep the local variables in reverse xmas tree order.")).toBe("nit");
    expect(classifyComment("Please keep the local variables in reverse christmas tree order.")).toBe("nit");
  });
});

describe("the author's answer: the next version is going out", () => {
  it("reads 'I'm sending a v2' as a promise", () => {
    expect(classifyResponse("Thanks for the pointer. I'm sending a v2.")).toBe("will-fix");
    expect(classifyResponse("I'm sending v3 to address all the comments.")).toBe("will-fix");
    // Sending something else is no new version.
    expect(classifyResponse("Thanks. I'm sending the logs to you off-list.")).not.toBe("will-fix");
  });
});

describe("a dislike of the change, said softly", () => {
  it("reads 'I'm not so keen on the outcome' as an objection, whatever stands beside it", () => {
    expect(classifyComment("I'd say ack for trying to unify these, but I'm not so keen on the outcome.")).toBe("objection");
    expect(classifyComment("I'm really not too happy about overriding the helpers here.")).toBe("objection");
  });

  it("keeps a dislike set aside as no objection", () => {
    expect(classifyComment("I'm not that keen on a bool in an int field. But that is a topic for another patch.")).not.toBe("objection");
    expect(classifyComment("I am not entirely happy about the interface, but I decided to not block this work.")).not.toBe("objection");
  });
});
