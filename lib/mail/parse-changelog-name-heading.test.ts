// A person's name alone over changes ("Krzysztof Kozlowski:" over bullets, linux-rtc's ep93xx notes): who asked for
// them, read as their credit and not as a change of its own.
import { describe, expect, it } from "vitest";
import { parseChangelog } from "./parse-changelog";

const read = (text: string) => parseChangelog(text).map((e) => [e.version, e.text, e.credits]);

describe("parseChangelog: a name heading over changes", () => {
  it("credits the bullets below an unbulleted 'Full Name:' line, in patch notes", () => {
    const text = "    v1 -> v2:\n    Ann Roe:\n    - removed wildcards\n    - dropped the label\n\n a/b.yaml | 4 ++\n";
    expect(read(text)).toEqual([
      [2, "removed wildcards", ["Ann Roe"]],
      [2, "dropped the label", ["Ann Roe"]],
    ]);
  });

  it("gives each name the changes under it, up to the next name", () => {
    const text = "Changes in v3:\n * Bob Poe:\n   - rename the property\n * Cy Doe-Smith:\n   - drop the fallback\n";
    expect(read(text)).toEqual([
      [3, "rename the property", ["Bob Poe"]],
      [3, "drop the fallback", ["Cy Doe-Smith"]],
    ]);
  });

  it("ends a bulleted name's credit at the next bullet of its own depth", () => {
    const text = "Changes in v2:\n- Dana Fenn-König\n  - use dev_err_probe()\n  - sort the includes\n- Rebased on v6.9-rc1\n";
    expect(read(text)).toEqual([
      [2, "use dev_err_probe()", ["Dana Fenn-König"]],
      [2, "sort the includes", ["Dana Fenn-König"]],
      [2, "Rebased on v6.9-rc1", []],
    ]);
  });

  it("keeps names listed as changes when nothing is nested under them", () => {
    const text = "v2:\n - Ann Roe\n - Bob Poe\n";
    expect(read(text).map((e) => e[1])).toEqual(["Ann Roe", "Bob Poe"]);
  });

  it("reads no part's name as a person ('Device Tree:', 'Common Clock:')", () => {
    const text = "Changes in v2:\n- Common Clock\n  - use devm_clk_get()\n- Device Tree\n  - fix the example\n";
    for (const e of parseChangelog(text)) expect(e.credits).toEqual([]);
  });

  it("reads no change verb as a name ('Fixed Typos:')", () => {
    const text = "Changes in v2:\nFixed Typos:\n- in the binding\n";
    for (const e of parseChangelog(text)) expect(e.credits).toEqual([]);
  });
});

describe("parseChangelog: a name heading over a paragraph", () => {
  it("credits the paragraph after a blank line right under the version heading", () => {
    const text = "v1->v2:\nAnn Roe:\n\nDropped everything except the wakeup call, as the driver refuses\nto load without an irq.\n---\n";
    expect(read(text)).toEqual([[2, "Dropped everything except the wakeup call, as the driver refuses to load without an irq.", ["Ann Roe"]]]);
  });
});
