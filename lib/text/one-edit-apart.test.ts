import { describe, expect, it } from "vitest";
import { oneEditApart } from "./one-edit-apart";

describe("oneEditApart", () => {
  it.each([
    ["sicne", "since"], // swap
    ["sincel", "since"], // added
    ["snce", "since"], // dropped
    ["singe", "since"], // changed
    ["reviwed", "reviewed"],
  ])("%s is one slip from %s", (a, b) => {
    expect(oneEditApart(a, b)).toBe(true);
    expect(oneEditApart(b, a)).toBe(true);
  });

  it.each([
    ["since", "since"], // no slip
    ["sincee2", "since"],
    ["sncie", "since"], // two edits apart
    ["reviewed-off", "reviewed"],
  ])("%s is not one slip from %s", (a, b) => {
    expect(oneEditApart(a, b)).toBe(false);
  });
});
