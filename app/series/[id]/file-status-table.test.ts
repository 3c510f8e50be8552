import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { RevisionJson } from "@/lib/db/queries/contract-types";
import { FileStatusTable } from "./file-status-table";

const revision = (conversionStatus: RevisionJson["conversionStatus"]): RevisionJson => ({
  version: 2,
  tag: "2",
  versionInferred: false,
  date: null,
  cover: null,
  changelog: [],
  comments: [],
  conversionStatus,
  patches: [],
});

const freePgtables = {
  subject: "free_pgtables()",
  functions: ["free_pgtables"],
  reason: "function should free page tables even if a fatal signal is pending",
};

describe("FileStatusTable", () => {
  it("renders each file's converted functions, plain calls left and exclusions with reasons", () => {
    const html = renderToStaticMarkup(
      createElement(FileStatusTable, {
        revision: revision({
          files: [
            {
              path: "mm/memory.c",
              converted: [
                {
                  function: "zap_pte_range",
                  sites: [
                    { from: "mutex_lock", to: "mutex_lock_killable", line: 1, handling: "goto" },
                    { from: "mutex_lock", to: "mutex_lock_killable", line: 9, handling: "goto" },
                  ],
                },
              ],
              unconverted: [{ function: "free_pgtables", call: "down_write", line: 42 }],
              exclusions: [freePgtables],
            },
          ],
          exclusions: [freePgtables, { subject: "<img src=x onerror=alert(1)>", functions: [], reason: "<img src=x onerror=alert(1)>" }],
        }),
      }),
    );
    expect(html).toContain("mm/memory.c");
    expect(html).toContain("zap_pte_range()");
    expect(html).toContain("mutex_lock → mutex_lock_killable");
    expect(html).toContain("goto ×2");
    expect(html).toContain("down_write in free_pgtables() (line 42)");
    expect(html.split("free_pgtables(): function should free page tables even if a fatal signal is pending")).toHaveLength(3);
    expect(html).toContain("1 file · 2 converted sites · 1 plain call left · 2 exclusions");
    // Mail-derived text stays text.
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("renders nothing without a conversion status", () => {
    expect(renderToStaticMarkup(createElement(FileStatusTable, { revision: revision(null) }))).toBe("");
    expect(renderToStaticMarkup(createElement(FileStatusTable, { revision: revision({ files: [], exclusions: [] }) }))).toBe("");
  });
});
