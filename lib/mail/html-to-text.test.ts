import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text";

describe("htmlToText", () => {
  it("drops tags, scripts, styles and comments and decodes entities", () => {
    const html = "<html><head><title>T</title><style>p{}</style></head><body><p>a &amp; b &lt;c&gt; &#233;&#x41;</p>" +
      "<script>evil()</script><!-- hidden --><div>second<br>third</div></body></html>";
    expect(htmlToText(html)).toBe("a & b <c> éA\n\nsecond\nthird");
  });

  it("keeps <pre> line breaks and leading spaces", () => {
    expect(htmlToText("<pre>int x;\n  y();\n</pre>")).toBe("int x;\n  y();");
  });

  it("survives unterminated tags and entities in linear time", () => {
    const t0 = performance.now();
    htmlToText("<".repeat(100_000));
    htmlToText("&".repeat(100_000));
    htmlToText(`<script>${"x".repeat(100_000)}`);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(htmlToText("a <b")).toBe("a");
  });
});
