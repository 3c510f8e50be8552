// Rule table for the author's answer to a remark. Order: a promise to change wins ("No, I missed that …
// Will move." is a will-fix), then an explanation, then disagreement, then thanks.
import type { ResponseKind } from "./types";

export interface ResponseRule {
  id: string;
  kind: ResponseKind;
  pattern: RegExp;
  why: string;
}

export const RESPONSE_RULES: readonly ResponseRule[] = [
  {
    id: "promise",
    kind: "will-fix",
    pattern:
      /^\s*(?:ack|acked|sure|agreed?|done|fixed|good (?:point|catch)|will do|yes|yep|ok(?:ay)?)\b|\b(?:i'?ll|i will|will (?:do|fix|move|change|add|remove|update|drop|rename|split|bring)|let me (?:fix|change|move)|you are right|you'?re right|fixed in v\d+)\b/i,
    why: "promises a change or accepts the remark",
  },
  {
    id: "explanation",
    kind: "explained",
    pattern:
      /\b(?:technically correct but|because|the reason|to clarify|this is (?:intended|intentional|deliberate)|on purpose|that'?s why|correct, it|it would happen|is needed (?:for|because)|the idea (?:is|was))\b|^\s*correct\b/i,
    why: "explains why the code is as it is",
  },
  {
    id: "disagreement",
    kind: "disagreed",
    pattern: /\b(?:i disagree|i don'?t agree|i don'?t think (?:so|that|we)|i'?d (?:rather|prefer to) keep|not (?:really|convinced)|NAK)\b|^\s*no[,.]/i,
    why: "pushes back without promising a change",
  },
  { id: "thanks", kind: "thanks", pattern: /\b(?:thanks|thank you|thx)\b/i, why: "thanks only" },
];

/** Kind of the author's answer to a remark; "none" when the text is empty or no rule fires. */
export function classifyResponse(text: string): ResponseKind {
  const t = String(text ?? "").trim();
  if (!t) return "none";
  for (const rule of RESPONSE_RULES) if (rule.pattern.test(t)) return rule.kind;
  return "none";
}
