import { describe, expect, it } from "vitest";
import { isSpace } from "./is-space";

describe("isSpace", () => {
  it("agrees with the regex \\s on every UTF-16 code unit", () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });
});
