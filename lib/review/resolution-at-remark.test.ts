// Resolution read at the remarked lines, not the whole function, and approvals that asked for nothing.
// Made-up driver and names; modelled on per-hunk reviews whose function changed in the next revision for
// other reasons while the quoted lines came back as they were.
import { describe, expect, it } from "vitest";
import { parseUnifiedDiff } from "../diff/parse-unified-diff";
import { remarkedLinesKept } from "./remarked-lines";
import { reviewPatchThread } from "./review-patch-thread";

const dev = { name: "Dev Author", email: "dev@example.com" };
const rev = { name: "Rita Reviewer", email: "rita@example.com" };

/** A new file with one function of 14 lines; `edit` rewrites its body for the next revision. */
function diff(edit: (body: string[]) => string[] = (b) => b): string {
  const body = edit([
    "static int widget_probe(struct platform_device *pdev)",
    "{",
    "\tstruct widget *w;",
    "\tint ret;",
    "",
    "\tw = devm_kzalloc(&pdev->dev, sizeof(*w), GFP_KERNEL);",
    "\tif (!w)",
    "\t\treturn -ENOMEM;",
    "",
    "\tw->clk = devm_clk_get(&pdev->dev, NULL);",
    "\tif (IS_ERR(w->clk))",
    "\t\treturn PTR_ERR(w->clk);",
    "",
    "\tret = widget_hw_init(w);",
    "\tif (ret)",
    "\t\treturn ret;",
    "",
    "\tplatform_set_drvdata(pdev, w);",
    "\treturn 0;",
    "}",
  ]);
  return [
    "diff --git a/drivers/misc/widget.c b/drivers/misc/widget.c",
    "new file mode 100644",
    "index 0000000..1111111",
    "--- /dev/null",
    "+++ b/drivers/misc/widget.c",
    `@@ -0,0 +1,${body.length} @@`,
    ...body.map((l) => `+${l}`),
    "",
  ].join("\n");
}

const v1 = diff();
const quoteClk = ["> +\tw->clk = devm_clk_get(&pdev->dev, NULL);", "> +\tif (IS_ERR(w->clk))", "> +\t\treturn PTR_ERR(w->clk);"].join("\n");

function review(remark: string, nextText: string, answer?: string) {
  const replies = [
    { messageId: "r1@example.com", from: rev, date: "2026-03-02T12:00:00Z", body: `On Mon, Dev Author wrote:\n${quoteClk}\n\n${remark}\n`, inReplyTo: "p1@example.com" },
  ];
  if (answer) {
    replies.push({ messageId: "a1@example.com", from: dev, date: "2026-03-03T12:00:00Z", body: `On Tue, Rita Reviewer wrote:\n> ${remark}\n\n${answer}\n`, inReplyTo: "r1@example.com" });
  }
  const [c] = reviewPatchThread({
    patch: { messageId: "p1@example.com", author: dev, version: 1, body: "", diffText: v1, files: parseUnifiedDiff(v1).files },
    replies,
    next: { version: 2, files: parseUnifiedDiff(nextText).files },
  });
  return c!;
}

// v2 with the remarked clock lookup rewritten.
const clkChanged = diff((b) => b.map((l) => l.replace("devm_clk_get(&pdev->dev, NULL)", "devm_clk_get_enabled(&pdev->dev, NULL)")));
// v2 with only the last lines of the function changed: the remarked lines come back as they were.
const tailChanged = diff((b) => b.map((l) => l.replace("\tplatform_set_drvdata(pdev, w);", "\tdev_set_drvdata(&pdev->dev, w);")));
// v2 with a line inserted right below the remarked ones.
const lineAdded = diff((b) => b.flatMap((l) => (l === "\t\treturn PTR_ERR(w->clk);" ? [l, "\tclk_prepare_enable(w->clk);"] : [l])));

describe("resolution read at the remarked lines", () => {
  it("is addressed when the quoted lines changed", () => {
    const c = review("Use devm_clk_get_enabled() here.", clkChanged);
    expect(c.anchor?.function).toBe("widget_probe");
    expect(c.resolution.status).toBe("addressed");
  });

  it("is unaddressed when the quoted lines came back unchanged and the function changed elsewhere", () => {
    const c = review("Use devm_clk_get_enabled() here.", tailChanged);
    expect(c.kind).toBe("objection");
    expect(c.resolution.status).toBe("unaddressed");
    expect(c.resolution.evidence).toContain("remarked lines are unchanged in v2");
  });

  it("is addressed when a line was added right below the quoted ones", () => {
    expect(review("You need to enable the clock here.", lineAdded).resolution.status).toBe("addressed");
  });

  it("keeps the author's promise: the fix may sit away from the quoted lines", () => {
    const c = review("Use devm_clk_get_enabled() here.", tailChanged, "Sure, will fix in v2.");
    expect(c.response.kind).toBe("will-fix");
    expect(c.resolution.status).toBe("addressed");
  });

  it("reads an answered question as explained when the quoted lines are unchanged", () => {
    const c = review("Why is the clock optional here?", tailChanged, "It is not optional, NULL picks the only clock of the node.");
    expect(c.kind).toBe("question");
    expect(c.resolution.status).toBe("explained");
  });
});

describe("changes away from the quoted lines that still answer the remark", () => {
  it("a changed line naming the code the remark names answers it", () => {
    // "... and drop platform_set_drvdata()" under the clock lines: the call goes eight lines below.
    const c = review("No need to keep w around, drop platform_set_drvdata() too.", tailChanged);
    expect(c.resolution.status).toBe("addressed");
    expect(c.resolution.evidence).not.toContain("remarked lines are unchanged");
  });

  it("a layout remark compares the quoted lines as written", () => {
    const reindented = diff((b) => b.map((l) => l.replace("\t\treturn PTR_ERR(w->clk);", "\t\t\treturn PTR_ERR(w->clk);").replace("\tplatform_set_drvdata(pdev, w);", "\tdev_set_drvdata(&pdev->dev, w);")));
    expect(review("The indentation is off here.", reindented).resolution.status).toBe("addressed");
    expect(review("The indentation is off here.", tailChanged).resolution.status).toBe("unaddressed");
  });
});

describe("approvals on a hunk of a revision that has a next one", () => {
  it("a bare LGTM asked for nothing: obsolete, whatever changed there", () => {
    const c = review("LGTM", clkChanged);
    expect(c.kind).toBe("ack");
    expect(c.resolution.status).toBe("obsolete");
  });

  it("an approval carrying a request is read from the code", () => {
    const c = review("Looks good, but please use devm_clk_get_enabled().", clkChanged);
    expect(c.resolution.status).toBe("addressed");
  });
});

describe("remarkedLinesKept", () => {
  const old = parseUnifiedDiff(v1).files;
  const anchor = { path: "drivers/misc/widget.c", hunk: 0, function: "widget_probe", line: 12 };
  it("finds the window again, or says it changed", () => {
    expect(remarkedLinesKept(old, anchor, parseUnifiedDiff(tailChanged).files)).toBe(true);
    expect(remarkedLinesKept(old, anchor, parseUnifiedDiff(clkChanged).files)).toBe(false);
    expect(remarkedLinesKept(old, anchor, parseUnifiedDiff(lineAdded).files)).toBe(false);
    expect(remarkedLinesKept(old, { ...anchor, line: 99 }, parseUnifiedDiff(tailChanged).files)).toBe(null);
  });
});

// Outside functions the remark was read against the whole hunk: any change to a new binding "addressed" every remark
// on it. Made-up binding; the reviewer asks to drop one property line.
describe("resolution read at the remarked lines of a file without functions", () => {
  function binding(edit: (lines: string[]) => string[] = (l) => l): string {
    const lines = edit([
      "%YAML 1.2",
      "---",
      "$id: http://devicetree.org/schemas/misc/acme,widget.yaml#",
      "title: Acme widget",
      "",
      "properties:",
      "  compatible:",
      "    const: acme,widget",
      "",
      "  reg:",
      "    maxItems: 1",
      "",
      "  acme,legacy-mode:",
      "    type: boolean",
      "",
      "  clocks:",
      "    maxItems: 1",
      "",
      "required:",
      "  - compatible",
      "  - reg",
      "",
      "additionalProperties: false",
    ]);
    const path = "Documentation/devicetree/bindings/misc/acme,widget.yaml";
    return [`diff --git a/${path} b/${path}`, "new file mode 100644", "index 0000000..2222222", "--- /dev/null", `+++ b/${path}`, `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`), ""].join("\n");
  }
  const quote = ["> +  acme,legacy-mode:", "> +    type: boolean"].join("\n");
  function reviewBinding(nextText: string) {
    const v1b = binding();
    const [c] = reviewPatchThread({
      patch: { messageId: "b1@example.com", author: dev, version: 1, body: "", diffText: v1b, files: parseUnifiedDiff(v1b).files },
      replies: [{ messageId: "rb@example.com", from: rev, date: "2026-03-02T12:00:00Z", body: `On Mon, Dev Author wrote:\n${quote}\n\nPlease drop this property, nothing needs it.\n`, inReplyTo: "b1@example.com" }],
      next: { version: 2, files: parseUnifiedDiff(nextText).files },
    });
    return c!;
  }

  it("is unaddressed when the remarked property comes back and only the title changed", () => {
    const c = reviewBinding(binding((l) => l.map((x) => (x === "title: Acme widget" ? "title: Acme widget controller" : x))));
    expect(c.anchor?.path).toContain("acme,widget.yaml");
    expect(c.resolution.status).toBe("unaddressed");
  });

  it("is addressed when the remarked property is gone", () => {
    const c = reviewBinding(binding((l) => l.filter((x) => x !== "  acme,legacy-mode:" && x !== "    type: boolean")));
    expect(c.resolution.status).toBe("addressed");
  });
});
