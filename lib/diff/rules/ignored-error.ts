// P6: the result of a fallible variant thrown away; the lock may not be held afterwards, or the wait may
// have ended on a signal or a timeout.
import type { HunkNit } from "../types";
import type { NitRule, RuleContext } from "./rule-types";

export const ignoredError: NitRule = {
  id: "ignored-error",
  check({ site, view }: RuleContext): HunkNit[] {
    if (site.handling !== "ignored" || site.direction === "to-plain") return [];
    const returns = site.info.returns;
    // An interruptible sleep's time left is not an error: `msleep_interruptible(10);` alone is fine.
    if (returns === "remaining" || returns === "void") return [];
    // A bounded wait whose result is not read is often deliberate (wait, then read the device's status);
    // only a conversion to it, which adds the timeout and then drops it, is worth a word.
    if (returns === "jiffies" && site.direction === "added") return [];
    const isWait = /wait|sleep|completion/.test(site.info.plain);
    // A new `try_wait_for_completion(&c);` alone drains a completion left pending ("clear any pending
    // completion" before starting the device): it never waits and holds nothing, so its result may go.
    if (site.info.form === "trylock" && isWait && site.direction === "added") return [];
    // A kernel thread gets no signals unless it asks for them (allow_signal()): its interruptible wait
    // (`wait_event_interruptible(wq, work || kthread_should_stop());`) keeps it out of the load average, and
    // what it returns says nothing (linux-cgroups' aging thread, platform-driver-x86's ifs and surface threads).
    if (isWait && site.info.form === "interruptible" && inKernelThread(view)) return [];
    // One variant for another, both results dropped (`wait_event_interruptible(q, c);` becoming
    // `wait_event_interruptible_timeout(q, c, t);` in a throttle loop): the change drops nothing it had read.
    if (site.direction === "variant-change" && site.from && site.removedRow !== null) {
      const removed = view.rows[site.removedRow]?.code ?? "";
      if (new RegExp(`^\\s*(?:\\(\\s*void\\s*\\)\\s*)?${site.from}\\s*\\(`).test(removed)) return [];
    }
    const why = site.info.mustCheck
      ? `${site.to}() is __must_check: this warns at build time`
      : `${site.to}() is not __must_check, so nothing warns`;
    const goesOn = returns === "jiffies"
      ? "when it times out the code goes on as if the wait had completed"
      : isWait
        ? "when a signal ends the wait the code goes on as if it had completed"
        : "on failure the code goes on without the lock";
    return [{
      rule: "ignored-error",
      line: site.line,
      // A lock not held is a bug; a wait cut short may be deliberate (wait a while, then retry anyway).
      severity: isWait ? "check" : "bug",
      message: `Result of ${site.to}() is ignored: ${goesOn} (${why}). Check it or keep ${site.from ?? site.info.plain}().`,
    }];
  },
};

/** Whether the function's visible code is a kernel thread's: it asks whether to stop, and takes no signals. */
function inKernelThread(view: RuleContext["view"]): boolean {
  let asksToStop = false;
  for (const r of view.rows) {
    if (r.type === "del") continue;
    if (TAKES_SIGNALS_RE.test(r.code)) return false;
    if (ASKS_TO_STOP_RE.test(r.code)) asksToStop = true;
  }
  return asksToStop;
}

const TAKES_SIGNALS_RE = /\ballow_signal\s*\(/;
const ASKS_TO_STOP_RE = /\bkthread_(?:freezable_)?should_(?:stop|park)\s*\(/;
