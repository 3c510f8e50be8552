import { describe, expect, it } from "vitest";
import { decodeUtf7 } from "./decode-utf7";

describe("decodeUtf7", () => {
  it("decodes the quoting and addresses an Outlook reply writes in UTF-7", () => {
    expect(decodeUtf7("+AD4- From: Ann +ADw-ann+AEA-example.org+AD4-")).toBe("> From: Ann <ann@example.org>");
    expect(decodeUtf7("+AFs-PATCH+AF0- HID: amd+AF8-sfh")).toBe("[PATCH] HID: amd_sfh");
  });

  it("decodes characters beyond ASCII, surrogate pairs included, and keeps plain text as it is", () => {
    expect(decodeUtf7("Hi Mom -+Jjo--!")).toBe("Hi Mom -\u263a-!");
    expect(decodeUtf7("+ZeVnLIqe-")).toBe("\u65e5\u672c\u8a9e");
    expect(decodeUtf7("+2D3eAQ-")).toBe("\u{1f601}");
    expect(decodeUtf7("no shifts here")).toBe("no shifts here");
  });

  it("reads '+-' as a plus, a shift ended by another character, and a lone plus", () => {
    expect(decodeUtf7("1 +- 1 = 2")).toBe("1 + 1 = 2");
    expect(decodeUtf7("+AD4 quoted")).toBe("> quoted");
    expect(decodeUtf7("a + b")).toBe("a + b");
    expect(decodeUtf7("ends with +")).toBe("ends with +");
  });
});
