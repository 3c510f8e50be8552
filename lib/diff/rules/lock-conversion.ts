// The label rule: describes one converted call site (LOCK-SEMANTICS.md §2) for `show --json`.
import type { LockSite } from "../lock-site";
import type { HunkLabel } from "../types";

const MEANING: Record<string, string> = {
  "to-variant": "adds a failure path",
  "variant-change": "changes which signals interrupt the call",
  "to-plain": "removes an error path: the call can no longer fail",
  added: "new fallible call (no plain call removed beside it)",
  "to-guard": "the same call now made by a scope guard: its failure handling is rewritten",
};

/** The `lock-conversion` label of a site. */
export function lockConversionLabel(site: LockSite): HunkLabel {
  return {
    rule: "lock-conversion",
    matchedBy: site.matchedBy,
    direction: site.direction,
    meaning: MEANING[site.direction] ?? "",
    from: site.from ?? undefined,
    to: site.to,
    form: site.info.form,
    object: site.object,
    function: site.function,
    line: site.line,
    handling: site.handling,
    errno: site.errno,
    label: site.label,
    moved: site.moved,
    movedPast: site.movedPast,
    movedLines: site.movedLines,
    movedAcrossUnseen: site.movedAcrossUnseen,
    returnType: site.returnType,
    ...(site.mode ? { mode: site.mode } : {}),
    ...(site.guard ? { guard: site.guard } : {}),
  };
}
