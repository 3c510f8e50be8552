// scoped_guard() of a killable or interruptible class (`scoped_guard(mutex_intr, &m) { … }`) does not fail: on a
// signal it skips its body and the code goes on after it. That is handled when the statement after the body
// reports the error (`return -EINTR;`, the shape input drivers use); when it reports success or the function
// simply ends, the signal is swallowed and the caller believes the work was done (scoped_cond_guard() names its
// failure statement and cannot be read so).
import { statementAfterGuard, SUCCESS_RETURN } from "../guard-calls";
import type { NitRule } from "./rule-types";
import { sitePos } from "./rule-helpers";

export const guardSkipsBody: NitRule = {
  id: "guard-skips-body",
  check({ view, site }) {
    if (!site.guard?.startsWith("scoped_guard(") || site.direction === "to-plain") return [];
    if (site.info.form !== "killable" && site.info.form !== "interruptible") return [];
    const after = statementAfterGuard(view, sitePos(view, site));
    if (!after) return [];
    const says = after.endsFunction ? "the function ends" : SUCCESS_RETURN.test(after.code) ? `\`${after.code}\` reports success` : null;
    if (!says) return [];
    return [{
      rule: "guard-skips-body",
      severity: "check",
      line: site.line,
      message: `${site.guard} skips its body when ${site.to}() is interrupted by a signal and ${says}: the signal is silently dropped; return -EINTR after the block or use scoped_cond_guard()`,
    }];
  },
};
