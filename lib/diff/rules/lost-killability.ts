// A killable or interruptible wait replaced by one of another family that no signal ends: kmod's throttle
// went from `wait_event_killable_timeout()` to a semaphore's `down_timeout()`, so a task killed while modprobe
// is busy now sleeps out the whole timeout. The pairing reads only same-family conversions (down →
// down_interruptible), so the two calls stand apart: the new one reads as "added". A maintainer wants to know
// the wait is no longer killable, so say so when the function loses the signal-aware call it had.
import { lockInfo, type LockInfo } from "../lock-catalogue";
import type { HunkNit } from "../types";
import type { NitRule, RuleContext } from "./rule-types";

/** Whether a call of this info wakes on a signal: a killable or interruptible form, or a timed one named so. */
function wakesOnSignal(info: LockInfo): boolean {
  return info.form === "killable" || info.form === "interruptible" ||
    (info.form === "timeout" && /_(?:killable|interruptible)/.test(info.name));
}

export const lostKillability: NitRule = {
  id: "lost-killability",
  check({ view, site }: RuleContext): HunkNit[] {
    // Cheap tests first: only a timed sleep added with nothing beside it (the rare "added" site) is read further.
    if (site.direction !== "added" || site.info.form !== "timeout" || wakesOnSignal(site.info)) return [];
    let lost: string | null = null;
    const added = new Set<string>();
    for (const r of view.rows) {
      if (r.type === "context") continue;
      for (const c of r.calls) {
        if (r.type === "add") added.add(c.name);
        else if (!lost) {
          const info = lockInfo(c.name);
          if (info && wakesOnSignal(info)) lost = c.name;
        }
      }
    }
    // Still called somewhere in the function: the signal-aware wait stays (moved or rewritten), nothing is lost.
    if (!lost || added.has(lost)) return [];
    const kind = /killable/.test(lost) ? "killable" : "interruptible";
    return [{
      rule: "lost-killability",
      severity: "check",
      line: site.line,
      message: `${lost}() is removed and ${site.to}() added in ${site.function ?? "this function"}: the ${kind} wait ` +
        `becomes one no signal ends (a ${kind === "killable" ? "killed" : "signalled"} task now sleeps on to the timeout)`,
    }];
  },
};
