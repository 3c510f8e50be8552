// N16: a killable or interruptible call fails because a signal arrived, which is no fault of the device or
// the kernel; an error message or a WARN on that path reads as one (Oleg on xol_add_vma: "the warning looks
// like a kernel problem"; reviewers ask to drop the dev_err() after mutex_lock_interruptible()).
import type { Row } from "../function-view";
import { ERROR_LOG_CALL } from "../log-calls";
import type { HunkNit } from "../types";
import type { NitRule, RuleContext } from "./rule-types";

// A branch that tells a signal from other failures already keeps the message for those: it asks
// signal_pending() or compares the error with a signal's errno. Setting that errno (`ret = -ERESTARTSYS;` after
// the message) tells nothing apart: the message is still printed on every signal.
const SIGNAL_AWARE = /signal_pending|[!=]=\s*-\s*E(?:RESTART\w*|INTR)\b|\bE(?:RESTART\w*|INTR)\s*[!=]=|\bcase\s+-\s*E(?:RESTART\w*|INTR)\b/;

export const logOnSignal: NitRule = {
  id: "log-on-signal",
  check({ view, site }: RuleContext): HunkNit[] {
    const form = site.info.form;
    if ((form !== "killable" && form !== "interruptible") || site.info.returns !== "errno" || site.direction === "to-plain") return [];
    const rows = site.branchRows.map((i) => view.rows[i]).filter((r): r is Row => r !== undefined && r.type !== "del");
    if (rows.some((r) => SIGNAL_AWARE.test(r.code))) return [];
    let noisy: Row | undefined;
    let call: string | undefined;
    for (const r of rows) {
      call = r.calls.find((c) => ERROR_LOG_CALL.test(c.name))?.name;
      if (call) {
        noisy = r;
        break;
      }
    }
    if (!noisy || !call) return [];
    return [{
      rule: "log-on-signal",
      line: site.line,
      lines: [noisy.newLine],
      severity: "nit",
      message: `${site.to}() fails only when a signal is pending, which is not an error: drop the ${call}() on that path (line ${noisy.newLine}), or keep it for other failures only.`,
    }];
  },
};
