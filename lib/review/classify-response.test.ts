import { describe, expect, it } from "vitest";
import { classifyResponse } from "./classify-response";

describe("classifyResponse", () => {
  it("reads an offer to remove the code as will-fix", () => {
    expect(classifyResponse("That's true. I added it as I took it for the bus clock. I can drop it.")).toBe("will-fix");
  });

  it("does not read the code's 'will check' as a promise", () => {
    expect(classifyResponse("It is only a sanity check, added because the card resets some registers.\nSo this will check whether they changed and then we fall back to a full init.")).toBe("explained");
  });
});
