// The registry: every nit rule, in the order their nits are listed.
import { errnoChoice } from "./errno-choice";
import { guardSkipsBody } from "./guard-skips-body";
import { ignoredError } from "./ignored-error";
import { labelName } from "./label-name";
import { lockAfterAlloc } from "./lock-after-alloc";
import { logOnSignal } from "./log-on-signal";
import { lostKillability } from "./lost-killability";
import { neverFail } from "./never-fail";
import { partialLoop } from "./partial-loop";
import type { NitRule } from "./rule-types";
import { reusedLabel } from "./reused-label";
import { staleErrorCode } from "./stale-error-code";
import { teardownKillable } from "./teardown-killable";
import { unlockNotTaken } from "./unlock-not-taken";

export const NIT_RULES: readonly NitRule[] = [
  lockAfterAlloc,
  reusedLabel,
  unlockNotTaken,
  labelName,
  neverFail,
  ignoredError,
  teardownKillable,
  partialLoop,
  errnoChoice,
  staleErrorCode,
  logOnSignal,
  guardSkipsBody,
  lostKillability,
];

/**
 * The rules for a call that could fail before and is only respelled as a scope guard ("to-guard"): its failure
 * path is the guard's now, the rest of the function is as it was (the others would re-judge old code).
 */
export const GUARD_REWRITE_RULES: readonly NitRule[] = [guardSkipsBody];

export type { NitRule, RuleContext } from "./rule-types";
