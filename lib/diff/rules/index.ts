// The registry: every nit rule, in the order their nits are listed.
import { errnoChoice } from "./errno-choice";
import { ignoredError } from "./ignored-error";
import { labelName } from "./label-name";
import { lockAfterAlloc } from "./lock-after-alloc";
import { neverFail } from "./never-fail";
import { partialLoop } from "./partial-loop";
import type { NitRule } from "./rule-types";
import { reusedLabel } from "./reused-label";
import { teardownKillable } from "./teardown-killable";

export const NIT_RULES: readonly NitRule[] = [
  lockAfterAlloc,
  reusedLabel,
  labelName,
  neverFail,
  ignoredError,
  teardownKillable,
  partialLoop,
  errnoChoice,
];

export type { NitRule, RuleContext } from "./rule-types";
