import { describe, expect, it } from "vitest";
import { classifyComment } from "./classify-comment";

describe("classifyComment: how to send patches is etiquette", () => {
  it("does not read a request to use git send-email as an objection to the code", () => {
    expect(classifyComment("My review is based on the patches applied by hand.\n\nPlease try sending the patches with git-send-email next time, it is much easier to apply.")).toBe("other");
    expect(classifyComment("Please send the patch using git send-email.")).toBe("other");
    // A remark about the code next to it still counts.
    const remark = "This should use kzalloc() instead, the buffer is read before it is written.";
    expect(classifyComment(remark)).not.toBe("other");
    expect(classifyComment(`Please use git send-email.\n\n${remark}`)).toBe(classifyComment(remark));
  });
});
