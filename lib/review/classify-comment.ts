// Rule table for reviewer remarks. First matching rule wins, so order encodes priority: an explicit
// "nit" label beats everything, an ack/lgtm beats the nit words it often carries ("Some nits below,
// but lgtm."), a bug claim beats the question mark it is phrased with ("Doesn't this need mpol_put()?").
import type { CommentKind } from "./types";

export interface CommentRule {
  id: string;
  kind: CommentKind;
  pattern: RegExp;
  /** Why the phrase means this kind (shown in the UI's "why" tooltip). */
  why: string;
}

export const COMMENT_RULES: readonly CommentRule[] = [
  { id: "nak", kind: "objection", pattern: /\bNACK\b|\bNAK\b|\bNacked-by\b/, why: "an explicit NAK blocks the patch" },
  { id: "nit-label", kind: "nit", pattern: /^\s*nit\b|\bnit(?:s|ty|pick\w*)?\b(?! below)/i, why: "the reviewer calls it a nit" },
  {
    id: "ack-phrase",
    kind: "ack",
    pattern: /^(?![^?]*\?)(?:\s*ack(?:ed)?\b|[\s\S]*(?:\blgtm\b|\blooks (?:good|ok(?:ay)?|fine|sane)\b|\backed\b|\breviewed-by\b|\bfeel free to add\b))/i,
    why: "lgtm / looks good without an open question",
  },
  {
    id: "bug-claim",
    kind: "objection",
    pattern:
      /\b(?:this (?:is|looks) wrong|(?:is|looks) broken|this breaks|will break|doesn'?t this need|don'?t think (?:this|the|that|it)|i hate|should not|shouldn'?t|must not|won'?t work|is a bug|leaks?\b|use-after-free|deadlock|not correct|incorrect|point of no return|horribl[ey]|ugly|please don'?t|does not exist upstream|(?:does not|doesn'?t) apply)/i,
    why: "claims the code is wrong or must change",
  },
  { id: "question", kind: "question", pattern: /\?\s*$|\?\s|^\s*(?:why|how|what|is there|are we|do we|does this|can you)\b/im, why: "asks something" },
  {
    id: "suggestion",
    kind: "nit",
    pattern: /\b(?:could|might want|maybe|perhaps|i'?d (?:rather|prefer|move)|would be (?:nicer|better|good)|consider|ditto|same (?:comment|here)|rename|typo|not a big deal|minor|you should|should be|let'?s|please|better to|inconsiste\w*|inconstency)\b/i,
    why: "a suggestion or preference, not a blocker",
  },
  { id: "praise", kind: "praise", pattern: /\b(?:nice|great|good (?:catch|idea|work)|improvement|thanks for|well done|cool)\b/i, why: "praise" },
];

/** The rule that classifies a remark, or null when none fires (kind "other"). */
export function matchCommentRule(text: string): CommentRule | null {
  const t = String(text ?? "");
  for (const rule of COMMENT_RULES) if (rule.pattern.test(t)) return rule;
  return null;
}

/** Kind of a reviewer remark from the rule table: nit, question, objection, ack, praise or other. */
export function classifyComment(text: string): CommentKind {
  return matchCommentRule(text)?.kind ?? "other";
}
