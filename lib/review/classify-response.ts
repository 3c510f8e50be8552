// Rule table for the author's answer to a remark. Order: a promise to change wins ("No, I missed that …
// Will move." is a will-fix), then an explanation, then disagreement, then thanks. An answer that no rule
// names is still an answer: a counter-question ("Think we have that check in foo()?") or a paragraph of
// prose is "explained", since the author addressed the remark in words without promising a change
// (resolution shows those words as the evidence). Only an empty or near-empty answer ("Hmm.") is "none".
//
// Agreement that hands the change back ("That's OK, could you please amend it while applying?") is a
// will-fix: the author accepts the remark and the change is to be made, only by the maintainer's hand;
// it explains nothing, and resolution still checks the next revision or the applied commit.
import type { ResponseKind } from "./types";

export interface ResponseRule {
  id: string;
  kind: ResponseKind;
  pattern: RegExp;
  /** When set, the rule does not fire if this matches. */
  unless?: RegExp;
  why: string;
}

/** Fewer words than this, with no rule firing, is not an answer ("Hmm.", "Oh."). */
const MIN_ANSWER_WORDS = 6;
/** "Thanks" in a longer answer is politeness around an explanation, not the whole answer. */
const MAX_THANKS_WORDS = 15;

export const RESPONSE_RULES: readonly ResponseRule[] = [
  {
    id: "accept-delegated",
    kind: "will-fix",
    pattern:
      /^(?![\s\S]*\b(?:but|however)\b)[\s\S]*\b(?:that'?s|it'?s|this is|that is|sounds|looks) (?:\w+ )?(?:ok(?:ay)?|fine|right|correct|good)\b[\s\S]*\b(?:(?:could|can|would) you (?:please |maybe |kindly )?(?:amend|fix|change|fold|squash|adjust|update|tweak|fix up|do that|do it)|please (?:amend|fold|squash|adjust|fix (?:it|that|this) up)|feel free to (?:amend|fix|change|adjust|fold|squash|tweak)|(?:while|when) (?:applying|picking|merging|committing))\b/i,
    why: "accepts the remark and asks the reviewer to make the change",
  },
  {
    id: "promise",
    kind: "will-fix",
    pattern: new RegExp(
      [
        String.raw`^\s*(?:ack|acked|sure|agreed?|done|fixed|good (?:point|catch|idea)|fair (?:point|enough)|will do|yes|yep|yeah,? (?:right|indeed|true|agreed|sure)|ok(?:ay)?|right|indeed|makes sense|sounds good)\b(?![,.!]?\s*(?:but|however)\b)`,
        String.raw`\b(?:i'?ll|i will|will (?:do|fix|move|change|add|remove|update|drop|rename|split|bring|send|respin|address|rework|correct|use|keep|look|check|evaluate|fold|squash|switch|take care)|let me (?:fix|change|move|rebase|rework|update|send|respin|drop|add|remove)|you are (?:right|correct)|you'?re (?:right|correct|totally right)|fixed in v\d+)\b`,
        String.raw`\b(?:in|for) (?:the )?(?:next|new|following|v\d+) (?:version|revision|iteration|spin|respin|series|posting)\b`,
        String.raw`\bi(?:'ve| have) (?:now )?(?:changed|fixed|updated|removed|dropped|added|moved|reworked|renamed|split|addressed)\b`,
        String.raw`\b(?:good|fair|valid) (?:point|catch|idea)\b|\bthat'?s a good idea\b|\bmakes sense\b`,
      ].join("|"),
      "i",
    ),
    // "Good point, but ..." / "I don't think that makes sense" push back.
    unless: /\b(?:doesn'?t|does not|don'?t think (?:it|that|this)|not sure (?:it|that|this)) makes? sense\b|\bi disagree\b/i,
    why: "promises a change or accepts the remark",
  },
  {
    id: "explanation",
    kind: "explained",
    pattern:
      /\b(?:technically correct but|because|the reason|to clarify|this is (?:intended|intentional|deliberate)|on purpose|that'?s why|correct, it|it would happen|is needed (?:for|because)|the idea (?:is|was)|as (?:i|we) (?:said|explained|mentioned)|in my understanding|the point (?:is|was)|it'?s (?:needed|required) (?:for|to|because)|so that)\b|^\s*correct\b/i,
    why: "explains why the code is as it is",
  },
  {
    id: "disagreement",
    kind: "disagreed",
    pattern:
      /\b(?:i disagree|i don'?t agree|i don'?t think (?:so|that|we)|i'?d (?:rather|prefer to) (?:keep|not)|not (?:really|convinced)|i'?m (?:a bit |not )?(?:skeptical|convinced)|i don'?t see (?:why|the need|the point|a reason|how)|not sure (?:i agree|that'?s|this is|it'?s)|NAK)\b|^\s*(?:no|nope)[,.!]|^\s*(?:right|yes|sure|true|ok(?:ay)?)[,.]?\s*but\b/i,
    why: "pushes back without promising a change",
  },
  {
    id: "thanks",
    kind: "thanks",
    pattern: /\b(?:thanks|thank you|thx)\b/i,
    unless: new RegExp(String.raw`(?:\S+\s+){${MAX_THANKS_WORDS}}\S`),
    why: "thanks only",
  },
  { id: "counter-question", kind: "explained", pattern: /\?/, why: "answers with a question back: discussed in words" },
  {
    id: "prose",
    kind: "explained",
    pattern: new RegExp(String.raw`(?:\S+\s+){${MIN_ANSWER_WORDS - 1}}\S`),
    why: "answers in words without promising a change",
  },
];

/** The rule that classifies an answer, or null when the text is empty or none fires. */
export function matchResponseRule(text: string): ResponseRule | null {
  const t = String(text ?? "").trim();
  if (!t) return null;
  for (const rule of RESPONSE_RULES) if (rule.pattern.test(t) && !rule.unless?.test(t)) return rule;
  return null;
}

/** Kind of the author's answer to a remark; "none" when the text is empty or no rule fires. */
export function classifyResponse(text: string): ResponseKind {
  return matchResponseRule(text)?.kind ?? "none";
}
