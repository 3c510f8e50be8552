import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date";

describe("formatDate", () => {
  it("prints UTC minutes", () => {
    expect(formatDate("2026-02-26T07:06:06Z")).toBe("2026-02-26 07:06");
    expect(formatDate("2026-02-26T09:06:06+02:00")).toBe("2026-02-26 07:06");
  });
  it("prints a dash for missing or invalid dates", () => {
    expect(formatDate(null)).toBe("—");
    expect(formatDate(undefined)).toBe("—");
    expect(formatDate("")).toBe("—");
    expect(formatDate("not a date")).toBe("—");
  });
});
