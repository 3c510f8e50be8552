// N6: the failure reports an errno other than the one the lock returned (hard-coded -ENOMEM after a
// killable lock, or 0 = success). Domain codes (H_STATE, SCAN_FAIL) are a different error space: fine.
import type { HunkNit } from "../types";
import { FIXED_ERRNO } from "./rule-helpers";
import type { NitRule, RuleContext } from "./rule-types";

const SAME = new Set(["-EINTR", "-ERESTARTSYS"]);

export const errnoChoice: NitRule = {
  id: "errno-choice",
  check({ site }: RuleContext): HunkNit[] {
    const own = site.info.errno;
    const e = site.errno;
    if (!own || !e || site.direction === "to-plain") return [];
    // A bounded wait's branch usually serves the timeout too, whose errno (-ETIMEDOUT, -EIO) is the
    // caller's to choose; only the signal case has the variant's own errno.
    if (site.info.returns === "jiffies") return [];
    if (e === "0") {
      return [{
        rule: "errno-choice",
        line: site.line,
        severity: "nit",
        message: `Failure of ${site.to}() is reported as 0 (success); return ${own} instead.`,
      }];
    }
    if (!FIXED_ERRNO.test(e) || e === own) return [];
    // `if (mutex_lock_interruptible(&m)) return -ERESTARTSYS;` is the kernel's idiom: a signal is pending
    // when the lock fails, which is what errno.h asks of an -ERESTART* code (LOCK-SEMANTICS N6 rule 2).
    if (/^-ERESTART/.test(e) && (site.info.form === "killable" || site.info.form === "interruptible")) return [];
    if (site.info.form === "killable" && SAME.has(e) && SAME.has(own)) return [];
    const visible = site.info.form === "interruptible" ? " The errno is user-visible for an interruptible wait." : "";
    return [{
      rule: "errno-choice",
      line: site.line,
      severity: site.info.form === "interruptible" ? "warning" : "nit",
      message: `${site.to}() fails with ${own} but this path reports ${e}; propagate the returned value.${visible}`,
    }];
  },
};
