import { describe, expect, it } from "vitest";
import { classifyResponse } from "./classify-response";

describe("classifyResponse", () => {
  it("reads an offer to remove the code as will-fix", () => {
    expect(classifyResponse("That's true. I added it as I took it for the bus clock. I can drop it.")).toBe("will-fix");
  });

  it("does not read the code's 'will check' as a promise", () => {
    expect(classifyResponse("It is only a sanity check, added because the card resets some registers.\nSo this will check whether they changed and then we fall back to a full init.")).toBe("explained");
  });

  it("reads 'Suggestion taken.' and 'it is ok for me to remove' as will-fix, but not a conditional one", () => {
    expect(classifyResponse("Suggestion taken. Thank you!")).toBe("will-fix");
    expect(classifyResponse("The IDs were wrong in lspci.\n\nAnyway, it's ok for me to remove the required list.")).toBe("will-fix");
    expect(classifyResponse("If the probe can get at the id, then it's fine with me to remove it. But is that possible?")).not.toBe("will-fix");
  });
});
