import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text";
import { hostileHtml } from "../../test/hostile-inputs";

describe("htmlToText", () => {
  it("drops tags, scripts, styles and comments and decodes entities", () => {
    const html = "<html><head><title>T</title><style>p{}</style></head><body><p>a &amp; b &lt;c&gt; &#233;&#x41;</p>" +
      "<script>evil()</script><!-- hidden --><div>second<br>third</div></body></html>";
    expect(htmlToText(html)).toBe("a & b <c> éA\n\nsecond\nthird");
  });

  it("keeps <pre> line breaks and leading spaces", () => {
    expect(htmlToText("<pre>int x;\n  y();\n</pre>")).toBe("int x;\n  y();");
  });

  // How long they take is a figure of `npm run bench`; here, what comes out.
  it("survives unterminated tags and entities", () => {
    const [lessThans, ampersands, script] = hostileHtml().map(htmlToText);
    expect(lessThans).toBe("<".repeat(100_000));
    expect(ampersands).toBe("&".repeat(100_000));
    expect(script).toBe("");
  });

  it("keeps a \"<\" that opens no tag as text, as a browser does", () => {
    expect(htmlToText("<p>if (a < b &amp;&amp; c <= d)</p><p>x <<b>y</b></p>")).toBe("if (a < b && c <= d)\n\nx <y");
    expect(htmlToText("a <b")).toBe("a");
  });
});
