// N2: a lock failure jumping to a label named for another failure hides what is unwound (Liam on v3
// do_brk_flags: "I'd rather have another label saying write lock failed").
import { rowAt } from "../function-view";
import type { HunkNit } from "../types";
import type { NitRule, RuleContext } from "./rule-types";

// Only a label naming a *specific* other failure fires: generic out/fail/err labels are shared by design.
const OTHER_FAILURE = /(alloc|store|nomem|prealloc|dup|charge|clone|copy|insert)/;
const LOCKISH = /(lock|intr|kill|signal)/;

export const reusedLabel: NitRule = {
  id: "reused-label",
  check({ view, site }: RuleContext): HunkNit[] {
    const label = site.label;
    if (site.handling !== "goto" || !label || site.direction === "to-plain") return [];
    if (!OTHER_FAILURE.test(label) || LOCKISH.test(label)) return [];
    const labelRow = site.labelRow !== null ? view.rows[site.labelRow] : undefined;
    if (labelRow && labelRow.type === "add") return [];
    const re = new RegExp(`\\bgoto\\s+${label}\\s*;`);
    const gotoRow = site.branchRows.map((i) => view.rows[i]).find((r) => r && re.test(r.code));
    // The label must already serve another failure: an existing goto or its definition in context.
    let shared = labelRow?.type === "context";
    for (let p = 0; p < view.newRows.length && !shared; p++) {
      const r = rowAt(view, p);
      if (r.type === "context" && re.test(r.code)) shared = true;
    }
    if (!shared) return [];
    const stem = site.info.plain.replace(/^vma_start_/, "vma_").replace(/_lock$/, "");
    return [{
      rule: "reused-label",
      line: gotoRow?.newLine ?? site.line,
      severity: "nit",
      message: `The ${site.to}() failure jumps to \`${label}\`, a label named for a different failure; add a separate label for the lock failure (e.g. \`${stem}_lock_fail\`).`,
    }];
  },
};
