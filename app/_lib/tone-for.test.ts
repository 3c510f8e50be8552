import { describe, expect, it } from "vitest";
import { TONE_CLASSES, toneFor } from "./tone-for";

describe("toneFor", () => {
  it("maps known values and falls back to gray, also for prototype keys", () => {
    expect(toneFor("trailer", "dropped")).toBe("red");
    expect(toneFor("trailer", "collected")).toBe("green");
    expect(toneFor("resolution", "open")).toBe("amber");
    expect(toneFor("state", "something-new")).toBe("gray");
    expect(toneFor("no-such-kind", "x")).toBe("gray");
    expect(toneFor("state", "__proto__")).toBe("gray");
    expect(toneFor("state", "constructor")).toBe("gray");
    expect(toneFor("__proto__", "x")).toBe("gray");
  });
  it("has classes for every tone", () => {
    for (const tone of Object.keys(TONE_CLASSES)) expect(TONE_CLASSES[tone as keyof typeof TONE_CLASSES]).toMatch(/bg-/);
  });
});
