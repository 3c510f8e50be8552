import { describe, expect, it } from "vitest";
import { MAX_ROUTE_ID_LENGTH, parseRouteId } from "./parse-route-id";

describe("parseRouteId", () => {
  it("accepts series ids and message-ids, stripping angle brackets", () => {
    expect(parseRouteId("42")).toBe("42");
    expect(parseRouteId("20260226.1234-1-ada@example.org")).toBe("20260226.1234-1-ada@example.org");
    expect(parseRouteId("<abc@example.org>")).toBe("abc@example.org");
    expect(parseRouteId("  <abc@example.org>  ")).toBe("abc@example.org");
  });
  it("decodes a segment that is still percent-encoded, and keeps a malformed one as written", () => {
    expect(parseRouteId("%3Cabc%40example.org%3E")).toBe("abc@example.org");
    expect(parseRouteId("50%zz")).toBe("50%zz");
  });
  it("rejects empty, overlong and control-character ids", () => {
    expect(parseRouteId("")).toBeNull();
    expect(parseRouteId("<>")).toBeNull();
    expect(parseRouteId("a".repeat(MAX_ROUTE_ID_LENGTH))).toBe("a".repeat(MAX_ROUTE_ID_LENGTH));
    expect(parseRouteId("a".repeat(MAX_ROUTE_ID_LENGTH + 1))).toBeNull();
    expect(parseRouteId("a\u0000b")).toBeNull();
    expect(parseRouteId("a%0Ab")).toBeNull();
    expect(parseRouteId("a\u007fb")).toBeNull();
    expect(parseRouteId("a\u0085b")).toBeNull();
  });
  it("rejects non-strings", () => {
    expect(parseRouteId(undefined)).toBeNull();
    expect(parseRouteId(["a"])).toBeNull();
    expect(parseRouteId(7)).toBeNull();
  });
});
