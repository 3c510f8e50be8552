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

describe("classifyComment: concessions, grants, corrections", () => {
  it("does not read a reviewer taking back his own point as an objection", () => {
    expect(classifyComment("Ah right. I was wrongly assuming the driver is a module here. But when it is\nbuilt in we do need to order the probe ourselves.")).not.toBe("objection");
    expect(classifyComment("My bad, I misread the loop.")).not.toBe("objection");
    // A request after the retraction still stands.
    expect(classifyComment("My bad, I did not say so before.\n\nAnyway, the series has several issues, so you\nneed to fix them before sending the next version.")).toBe("objection");
    expect(classifyComment("My bad, but the lock is still never released: this is a bug.")).toBe("objection");
  });

  it("reads 'Yes, please do.' as granting what the author offered", () => {
    expect(classifyComment("Yes, please do.")).not.toBe("objection");
  });

  it("reads advice on when to send the next version as etiquette", () => {
    expect(classifyComment("Don't rush sending the next version until the discussion\nhas settled.")).toBe("other");
  });

  it("reads a list of word corrections as a nit, not an applied note", () => {
    expect(classifyComment("wdiget -> widget\nenbale -> enable the")).toBe("nit");
    expect(classifyComment("Applied with the cant -> can above fixed up.")).toBe("ack");
  });

  it("reads 'you may want to' as a suggestion", () => {
    expect(classifyComment("You may want to reorder the fields to avoid holes\n(pointers first, then the smaller types).")).toBe("nit");
  });
});
