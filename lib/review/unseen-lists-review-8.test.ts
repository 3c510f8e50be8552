// Remarks and answers still misread on linux-hyperv, linux-kbuild, linux-modules and linux-riscv after the first pass.
// Each text is our own, modelled on a pattern seen in real review mail, with made-up names.
import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify-comment";
import { classifyResponse } from "./classify-response";

describe("a request followed by an approval of the rest", () => {
  it("keeps the request when 'the other part' is what looks good", () => {
    const text =
      "A recent commit on the next tree conflicts with this one and already\ncarries half of it.\n\n" +
      '"bus: frob: fix up the const attrs"\n\nCan you please rebase this.\n\nThe other part LGTM.';
    expect(classifyComment(text)).toBe("objection");
    expect(classifyComment("Please drop the cast.\n\nThe remaining changes look good to me.")).not.toBe("ack");
  });

  it("still reads a plain approval of the other parts as an ack", () => {
    expect(classifyComment("The other parts LGTM.")).toBe("ack");
  });
});

describe("remarks on words and code put tersely", () => {
  it("reads a slip of the prose as a nit, not an objection", () => {
    expect(classifyComment('superfluous article (drop the "a")')).toBe("nit");
    expect(classifyComment("missing comma")).toBe("nit");
  });

  it("reads one quoted word with a question mark as a nit", () => {
    expect(classifyComment('"recieving"?')).toBe("nit");
    // A question with words of its own stays a question.
    expect(classifyComment('Is "recieving" right?')).toBe("question");
  });

  it("reads another way to write the same code as a nit", () => {
    expect(classifyComment('Also written as "return -EBUSY".')).toBe("nit");
    expect(classifyComment("This could also be written as a single shift.")).toBe("nit");
    expect(classifyComment("The old code was written as a loop.")).toBe("other");
  });

  it("reads 'you can add ...' naming code as a suggestion, but not 'you can add my tag'", () => {
    expect(classifyComment("You can add -j${NR_JOBS} for a faster 'make modules_install'.")).toBe("nit");
    expect(classifyComment("You can add my Reviewed-by.")).toBe("ack");
    // A consequence beside a firm request does not soften it.
    expect(
      classifyComment("Please add it to KEEP_FILES instead of TMP_FILES.\n\nbar.tmp is scratch, so you can add it to\nTMP_FILES.\n\nHow does this work for external modules?"),
    ).toBe("objection");
  });

  it("reads 'It is meaningless.' as an objection", () => {
    expect(classifyComment("srctree is always '.' here.\n\nYou are running \"cd . && build\"\n\nIt is meaningless.")).toBe("objection");
    expect(classifyComment("The old flag was meaningless, so this drops it.")).not.toBe("objection");
    // Said of the commit message's words, it is a remark on wording.
    expect(classifyComment("This is meaningless for someone reading the commit log, there is nothing to\nrefer to.")).not.toBe("objection");
  });

  it("does not end the question at the '!' of '!='", () => {
    expect(classifyComment("can we use nr_maps != 0 as has_maps?")).toBe("objection");
  });
});

describe("authors' answers", () => {
  it("reads keeping the code in the next revision unless someone objects as disagreement", () => {
    expect(
      classifyResponse(
        "Thanks. It used to live in debugfs, but people wanted it in /proc.\n\nI'm preparing v3 and will keep the file under /proc for now unless\nthere are strong objections.",
      ),
    ).toBe("disagreed");
    // A change promised "unless someone objects" is still a promise.
    expect(classifyResponse("I'll drop the flag in v3 unless someone objects.")).toBe("will-fix");
  });

  it("reads an apology handing the fix to the maintainer as will-fix", () => {
    expect(classifyResponse("Sorry for the typo. Carl, can you please help fix this?")).toBe("will-fix");
    expect(classifyResponse("Sorry, but can you fix your mailer first?")).not.toBe("will-fix");
  });

  it("reads the remarks taken into the revision just posted as will-fix", () => {
    expect(classifyResponse('Ann and Bob -- thanks for the review! I have incorporated\nall of it into the "v2" that I just posted.')).toBe(
      "will-fix",
    );
    expect(classifyResponse("We have folded these changes into the next version.")).toBe("will-fix");
  });

  it("does not read a patch sent to another list as the next revision", () => {
    expect(classifyResponse("Dropping the defines breaks the build, they are needed.\n\nI'm sending a v3 RFC to the libc list now. We can go on there.")).not.toBe(
      "will-fix",
    );
    expect(classifyResponse("Thanks for the pointer. I'm sending v3.")).toBe("will-fix");
  });
});
