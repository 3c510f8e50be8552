import { describe, expect, it } from "vitest";
import { seriesHref } from "./series-href";

describe("seriesHref", () => {
  it("links to our own series route", () => {
    expect(seriesHref("42")).toBe("/series/42");
    expect(seriesHref("42", 3)).toBe("/series/42?v=3");
    expect(seriesHref("42", 3, 2)).toBe("/series/42?v=3#p-2");
  });
  it("encodes ids that could escape the route", () => {
    expect(seriesHref("../../api?x#y")).toBe("/series/..%2F..%2Fapi%3Fx%23y");
    expect(seriesHref("//evil.example/x")).toBe("/series/%2F%2Fevil.example%2Fx");
    expect(seriesHref("<a@b>")).toBe("/series/%3Ca%40b%3E");
  });
  it("ignores non-integer versions and patch numbers", () => {
    expect(seriesHref("1", Number.NaN, 1.5)).toBe("/series/1");
  });
  it("links to one posting of a version posted twice by its tag, and to nothing else", () => {
    expect(seriesHref("7", "2.2")).toBe("/series/7?v=2.2");
    expect(seriesHref("7", "2.2&x=1")).toBe("/series/7");
  });
});
