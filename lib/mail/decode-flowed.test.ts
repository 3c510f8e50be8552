import { describe, expect, it } from "vitest";
import { decodeFlowed } from "./decode-flowed";

// As mailparser reads flowed text, the body's final line end goes too (parse-message.test.ts holds both equal).
describe("decodeFlowed", () => {
  it("joins a line ending in a space with the next one, and keeps hard breaks", () => {
    expect(decodeFlowed("This is a long \nparagraph.\nNew line.\n", false)).toBe("This is a long paragraph.\nNew line.");
  });

  it("drops the folding space with DelSp=yes", () => {
    expect(decodeFlowed("inter \nnational\n", true)).toBe("international");
    expect(decodeFlowed("inter \nnational\n", false)).toBe("inter national");
  });

  it("joins quoted lines of the same depth only, keeping one quote prefix", () => {
    expect(decodeFlowed("> quoted and \n> continued\n>> deeper \n> shallower\n", false)).toBe("> quoted and continued\n>> deeper \n> shallower");
  });

  it("never joins the line after a signature separator, and removes space-stuffing", () => {
    expect(decodeFlowed("text\n-- \nAnn\n", false)).toBe("text\n-- \nAnn");
    expect(decodeFlowed(" From here on\n >not a quote\n", false)).toBe("From here on\n>not a quote");
  });

  it("reads CRLF line ends and returns LF", () => {
    expect(decodeFlowed("a \r\nb\r\nc\r\n", false)).toBe("a b\nc");
  });
});
