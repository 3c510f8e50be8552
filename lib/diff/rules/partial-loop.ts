// N13: a new failure inside a loop leaves earlier iterations' changes in place. Lock-only loops are
// fine (VMA write locks drop in bulk), so this fires only when the visible loop body changes state.
import { indentOf, rowAt } from "../function-view";
import type { HunkNit } from "../types";
import { enclosingLoop, isFallible } from "./rule-helpers";
import type { NitRule, RuleContext } from "./rule-types";

const STATE_CHANGE = /(_modify\w*|_store\w*|_set_\w+|_reset\w*|_madvise|mbind_range|_update\w*|_insert\w*|_merge\w*|_commit\w*|_apply\w*|_fixup|_split\w*)$/;
const NOT_STATE = /^(mas_set|vma_iter_set|mas_store_gfp)$/;
const UNWIND = /(fail|err|undo|unwind|abort)/;

export const partialLoop: NitRule = {
  id: "partial-loop",
  check({ view, site }: RuleContext): HunkNit[] {
    if (!isFallible(site) || !["break", "return", "propagate", "goto"].includes(site.handling)) return [];
    // An existing unwind label is expected to undo the earlier iterations.
    if (site.handling === "goto" && site.label && UNWIND.test(site.label)) return [];
    const loop = enclosingLoop(view, site);
    if (!loop && site.handling !== "break") return [];
    const start = loop ? loop.pos + 1 : Math.max(0, view.newRows.indexOf(site.row) - 10);
    const bodyIndent = loop ? indentOf(loop.row.text) : -1;
    const changes: string[] = [];
    for (let p = start; p < view.newRows.length; p++) {
      const r = rowAt(view, p);
      // The loop ends at the first code line indented no deeper than its header.
      if (loop && r.code.trim() && !/^\s*\w+:\s*$/.test(r.code) && indentOf(r.text) <= bodyIndent) break;
      const idx = view.newRows[p] ?? -1;
      if (idx === site.row || site.branchRows.includes(idx)) continue;
      for (const c of r.calls) {
        if (STATE_CHANGE.test(c.name) && !NOT_STATE.test(c.name) && !changes.includes(`${c.name}()`)) changes.push(`${c.name}()`);
      }
    }
    if (changes.length === 0) return [];
    return [{
      rule: "partial-loop",
      line: site.line,
      severity: "check",
      message: `${site.to}() can now fail part-way through the loop, after earlier iterations already ran ${changes.join(", ")}; the caller sees an error with part of the range changed. Is that acceptable here?`,
    }];
  },
};
