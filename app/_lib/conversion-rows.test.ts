import { describe, expect, it } from "vitest";
import type { ConversionSummary } from "@/lib/db/queries/contract-types";
import { conversionTotals, convertedFunctionRows, exclusionText } from "./conversion-rows";

const summary: ConversionSummary = {
  files: [
    {
      path: "mm/memory.c",
      converted: [
        {
          function: "do_anonymous_page",
          sites: [
            { from: "mutex_lock", to: "mutex_lock_killable", line: 10, handling: "goto" },
            { from: "mutex_lock", to: "mutex_lock_killable", line: 20, handling: "goto" },
            { from: "down_write", to: "down_write_killable", line: 30, handling: null },
          ],
        },
        { function: null, sites: [{ from: null, to: "folio_lock_killable", line: null, handling: "return" }] },
      ],
      unconverted: [{ function: "free_pgtables", call: "down_write", line: 99 }],
      exclusions: [],
    },
    { path: "mm/mmap.c", converted: [], unconverted: [], exclusions: [] },
  ],
  exclusions: [
    { subject: "free_pgtables()", functions: ["free_pgtables"], reason: "function should free page tables even if a fatal signal is pending" },
  ],
};

describe("convertedFunctionRows", () => {
  it("folds sites into distinct call pairs and counted handling per function", () => {
    expect(convertedFunctionRows(summary.files[0]!)).toEqual([
      {
        function: "do_anonymous_page",
        sites: 3,
        calls: ["mutex_lock → mutex_lock_killable", "down_write → down_write_killable"],
        handling: ["goto ×2", "?"],
      },
      { function: null, sites: 1, calls: ["folio_lock_killable"], handling: ["return"] },
    ]);
    expect(convertedFunctionRows(summary.files[1]!)).toEqual([]);
  });
});

describe("conversionTotals", () => {
  it("counts files, sites, plain calls left and cover exclusions", () => {
    expect(conversionTotals(summary)).toEqual({ files: 2, sites: 4, unconverted: 1, exclusions: 1 });
  });
});

describe("exclusionText", () => {
  it("joins subject and reason, or gives the subject alone when the reason repeats it", () => {
    expect(exclusionText(summary.exclusions[0]!)).toBe(
      "free_pgtables(): function should free page tables even if a fatal signal is pending",
    );
    expect(exclusionText({ subject: "userfaultfd code", reason: "userfaultfd code" })).toBe("userfaultfd code");
    expect(exclusionText({ subject: "x()", reason: "  " })).toBe("x()");
  });
});
