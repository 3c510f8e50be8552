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

  it("reads what the patch should bring as no request", () => {
    expect(classifyComment("Nice. This should simplify things a lot :)")).toBe("praise");
    expect(classifyComment("Indeed this should solve the problem of freeing the queued descriptors twice.")).toBe("other");
    // Someone asked to do it is still asked.
    expect(classifyComment("You should simplify this loop.")).toBe("objection");
  });

  it("does not read a pasted bloat-o-meter table as instructions", () => {
    const table = ["On arm64:", "", "add/remove: 1/2 grow/shrink: 0/1 up/down: 96/-2048 (-1952)",
      "Function                                     old     new   delta", "widget_mix                                  2400     352   -2048",
      "Total: Before=9000000, After=8998048, chg -0.02%"].join("\n");
    expect(classifyComment(table)).toBe("other");
    expect(classifyComment(`Thanks for the series!\n\n${table}`)).toBe("praise");
  });
});
