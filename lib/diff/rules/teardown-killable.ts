// N4: teardown/exit paths run *because* a fatal signal may be pending; a killable lock there fails at
// once and skips the cleanup (v3 cover: free_pgtables() "should free page tables even if a fatal
// signal is pending").
import type { HunkNit } from "../types";
import { rowsBefore } from "./rule-helpers";
import type { NitRule, RuleContext } from "./rule-types";

const TEARDOWN_FN = /(^|_)(exit|teardown|release|destroy|cleanup|free|put)(_|$)|^__mmput$|exit_mmap|free_pgtables/;
const SYSCALL_OPS = /^(madvise_|do_madvise|sys_)/;
const UNWIND_LABEL = /^\s*(err|error|fail|undo|unwind|cleanup)\w*\s*:|^\s*\w+_(fail|failed|err|error|undo|unwind)\s*:/;

export const teardownKillable: NitRule = {
  id: "teardown-killable",
  check({ view, site }: RuleContext): HunkNit[] {
    if (!["killable", "interruptible", "state"].includes(site.info.form) || site.direction === "to-plain") return [];
    const fn = site.function ?? "";
    let why: string | null = null;
    if (fn && TEARDOWN_FN.test(fn) && !SYSCALL_OPS.test(fn)) why = `${fn}() is a teardown path`;
    else {
      for (const r of rowsBefore(view, site, 15)) {
        if (/\breturn\b/.test(r.code)) break;
        if (UNWIND_LABEL.test(r.code)) {
          why = `this runs under the unwind label \`${r.code.trim()}\``;
          break;
        }
      }
    }
    if (!why) return [];
    return [{
      rule: "teardown-killable",
      line: site.line,
      severity: "bug",
      message: `${why}: it may run with a fatal signal already pending, so ${site.to}() can fail at once and skip the cleanup. Keep ${site.from ?? site.info.plain}() here (and say why in a comment).`,
    }];
  },
};
