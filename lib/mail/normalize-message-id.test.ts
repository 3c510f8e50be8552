import { describe, expect, it } from "vitest";
import { normalizeMessageId, normalizeMessageIds, synthesizeMessageId } from "./normalize-message-id";

describe("normalizeMessageId(s)", () => {
  it.each([
    ["<20260209220849.2126486-1-surenb@google.com>", "20260209220849.2126486-1-surenb@google.com"],
    ["  <a@b> (comment)", "a@b"],
    ["<a @b\t>", "a@b"],
    ["bare@id.example", "bare@id.example"],
    ["<m>", "m"],
    ["2>", "2"],
    ["", null],
    ["<>", null],
  ])("%j -> %j", (raw, id) => {
    expect(normalizeMessageId(raw)).toBe(id);
  });

  it("reads every id of a References value, in order, once", () => {
    expect(normalizeMessageIds("<a@x>\n <b@x> <a@x>junk<c@x>")).toEqual(["a@x", "b@x", "c@x"]);
    expect(normalizeMessageIds("a@x, b@x")).toEqual(["a@x", "b@x"]);
    expect(normalizeMessageIds("no ids here")).toEqual([]);
  });

  it("caps an over-long id at 250 characters, deterministically and distinctly", () => {
    const a = normalizeMessageId(`<${"x".repeat(10_000)}a@y>`)!;
    const b = normalizeMessageId(`<${"x".repeat(10_000)}b@y>`)!;
    expect(a.length).toBe(250);
    expect(a).not.toBe(b);
    expect(normalizeMessageId(`<${"x".repeat(10_000)}a@y>`)).toBe(a);
  });

  it("synthesises <16 hex>@patchdeck.invalid", () => {
    expect(synthesizeMessageId(Buffer.from("abc"))).toBe("ba7816bf8f01cfea@patchdeck.invalid");
  });
});
