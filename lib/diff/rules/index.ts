// The registry: every nit rule, in the order their nits are listed.
import { errnoChoice } from "./errno-choice";
import { ignoredError } from "./ignored-error";
import { labelName } from "./label-name";
import { lockAfterAlloc } from "./lock-after-alloc";
import { logOnSignal } from "./log-on-signal";
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
];

export type { NitRule, RuleContext } from "./rule-types";
