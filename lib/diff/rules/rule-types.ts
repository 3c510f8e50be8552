import type { LockSite } from "../lock-site";
import type { FunctionView } from "../function-view";
import type { HunkNit } from "../types";

/** What a nit rule sees: one converted call site and the visible lines of its function. */
export interface RuleContext {
  view: FunctionView;
  site: LockSite;
}

/** A nit detector: pure, returns the nits a reviewer would write about this site (usually none). */
export interface NitRule {
  id: string;
  check(ctx: RuleContext): HunkNit[];
}
