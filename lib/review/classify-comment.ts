// Rule table for reviewer remarks. First matching rule wins, so order encodes priority: an explicit
// "nit" label beats everything, an ack/lgtm beats the nit words it often carries ("Some nits below,
// but lgtm."), a bug claim beats the question mark it is phrased with ("Doesn't this need mpol_put()?").
//
// Change requests. A remark asking for a change is actionable. Soft suggestions ("could", "maybe",
// "consider", "I would suggest") are nits whatever they are about. Firm requests (an imperative such
// as "Drop this." or "Just return -ENODATA.", "should", "must", "please", "X is missing", "unnecessary",
// "this seems wrong") are nits when they are about style, naming, ordering, typos, whitespace or the
// commit message, and objections otherwise: the code itself has to change. A build robot's error or
// warning report is an objection. "Applied" from a maintainer is an ack.
import type { CommentKind } from "./types";

export interface CommentRule {
  id: string;
  kind: CommentKind;
  pattern: RegExp;
  /** When set, the rule fires only if this also matches. */
  also?: RegExp;
  /** When set, the rule does not fire if this matches (negated or quoted uses of the phrase). */
  unless?: RegExp;
  /** Why the phrase means this kind (shown in the UI's "why" tooltip). */
  why: string;
}

// "not ugly", "isn't wrong", "no deadlock": a negated defect word is not a defect claim.
const NOT = String.raw`(?<!\bnot\s)(?<!n't\s)(?<!\bno\s)(?<!\bnot\s(?:really|that|so|very)\s)`;

// Style, naming, ordering, wording: phrases specific enough not to fire on any long technical remark.
const COSMETIC = new RegExp(
  [
    String.raw`\b(?:blank lines?|empty lines?|new ?lines?|white ?spaces?|indent\w*|alignment|align(?:ed)? (?:with|to)|typos?|spelling|misspel\w*|grammar|capitali[sz]\w*|renam\w*|naming|checkpatch|line length|long lines?|\d+ col(?:umn)?s?|coding style|style|cosmetic\w*|braces|parenthes[ie]s|punctuation|wording|reword\w*|SPDX|kernel-?doc|inconsisten\w*|inconstency)\b`,
    String.raw`\b(?:the|a|better|different|this|its|variable|function|macro) name\b|\bname (?:is|it|should|could)\b`,
    String.raw`\b(?:alphabetical|reverse|include|sort|sorting|declaration|xmas|christmas tree) order\b|\bordering\b|\breorder\w*|\bsort\w* (?:them|these|the|alphabetically)\b`,
    String.raw`\b(?:extra|trailing|missing|double|a) spaces? (?:before|after|around|here)\b|\btabs? (?:instead|not)\b|\buse tabs\b`,
    String.raw`\b(?:patch|commit) (?:description|message|log|subject|title)\b|\bsubject (?:line|prefix)\b|\bchangelog\b`,
    String.raw`\b(?:update|fix|adjust|reword|extend|amend) (?:the |this |that |your )?comments?\b|\bcomments? (?:above|here|should|needs?)\b`,
    String.raw`\(\s?\)`,
  ].join("|"),
  "i",
);

const SOFT_REQUEST =
  /\b(?:could|might want|maybe|perhaps|i'?d (?:rather|prefer|move|suggest)|i would (?:suggest|prefer|rather)|i suggest|suggest(?:ion)?|would be (?:nicer|better|good|cleaner|simpler)|consider|ditto|same (?:comment|here)|not a big deal|minor|let'?s|better to|how about|what about|why not|it might (?:also )?make sense|would be nice)\b/i;

// Verbs a reviewer opens an instruction with ("Drop blank line here", "Please use dev_err_probe()").
const IMPERATIVE =
  /(?:^|[.!?:;)]\s+|\n\s*\n\s*)(?:please\s+|so\s+|then\s+|also\s+|just\s+|instead,?\s+)?(?:drop|remove|add|use(?! case)|move|rename|replace|return|split|fix|make|change|check|call|keep|pass|avoid|document|define|declare|initiali[sz]e|put|switch|convert|merge|squash|update|reorder|sort|simplify|introduce|handle|describe|explain|mention|provide|separate|get rid of|stick to|limit|(?:do not|don'?t)(?!\s+(?:know|think|see|remember|care|understand|mind|worry|have|get|need to worry))|no need)\b/i;

const FIRM_REQUEST = new RegExp(
  [
    String.raw`(?<!\bi\s)(?<!\bor it\s)\bshould(?:n'?t)?\b(?!\s+(?:already|still|have|ensure)\b)(?!\s+(?:be\s+)?(?:fine|ok(?:ay)?|safe|good|correct|enough|sufficient|work|be able|have been|not matter|not be (?:a problem|an issue)|be (?:dealt with|handled|addressed|covered|fixed) by))`,
    String.raw`\bmust\b`,
    // "You have to boot it / bisect it": a request to test or investigate is not a request to change the code.
    String.raw`\b(?:needs?|has|have) to\b(?!\s+(?:either\s+)?(?:test|boot|run|try|reproduce|bisect|isolate|debug|investigate|verify|confirm)\b)`,
    String.raw`\b(?:is|are|seems?) missing\b|(?:^|\n)\s*missing\b`,
    String.raw`\b(?:unnecessary|unneeded|superfluous|redundant|pointless|not (?:needed|necessary|required|used))\b`,
    String.raw`\bplease\b`,
    String.raw`\bi fail to see\b`,
    String.raw`\b(?:this|that|it) (?:needs|requires)\b`,
  ].join("|"),
  "i",
);

export const COMMENT_RULES: readonly CommentRule[] = [
  {
    id: "nak",
    kind: "objection",
    // A NAK opens a sentence or ends a line; "I will ignore your NAKs" talks about NAKs.
    pattern: /(?:^|[.!?:;,]\s+)(?:so,?\s+)?NA(?:C)?K\b|^\s*Nack\b|\bNA(?:C)?K(?:ed)?[.!]?\s*$|\bNacked-by\b/m,
    why: "an explicit NAK blocks the patch",
  },
  { id: "nit-label", kind: "nit", pattern: /^\s*nit\b|\bnit(?:s|ty|pick\w*)?\b(?! below)/i, why: "the reviewer calls it a nit" },
  {
    id: "applied",
    kind: "ack",
    pattern: /^\s*(?:(?:the )?(?:whole )?(?:series|patch(?:es| set)?|both|all|everything|\w+ patch(?:es)?)\s+)?(?:now\s+)?(?:applied|queued|picked up)\b|^\s*i(?:'ve| have)? (?:applied|queued|picked up|merged)\b|^\s*has been merged into\b/i,
    unless: /^[^\n]*\?/,
    why: "the maintainer applied the patch",
  },
  {
    id: "ack-phrase",
    kind: "ack",
    pattern: /^(?![^?]*\?)(?:\s*ack(?:ed)?\b|[\s\S]*(?:\blgtm\b|\blooks (?:good|ok(?:ay)?|fine|sane)\b|\backed\b|\breviewed-by\b|\bfeel free to add\b))/i,
    // Asking for a tag, or brushing one off, is not giving one.
    unless:
      /\b(?:provide|need(?:s|ed)?|without|missing|get|collect|want|require[sd]?|wait(?:ing)? for|ignore|ignoring|dropp?(?:ed|ing)?)\b[^.\n]{0,25}\b(?:n?acks?|n?acked(?:-by)?|reviewed-by|review tags?)\b|\b(?:no|not|un)\s?acked\b/i,
    why: "lgtm / looks good without an open question",
  },
  {
    id: "build-robot",
    kind: "objection",
    pattern: /^(?:kernel test robot noticed the following (?:build )?(?:errors|warnings)|thank you for the patch! (?:yet|perhaps) something to improve)|\bbuild (?:error|failure|breakage)s?\b|^\S+:\d+:(?:\d+:)?\s*(?:fatal )?(?:error|warning):/im,
    why: "the patch does not build cleanly",
  },
  {
    id: "bug-claim",
    kind: "objection",
    pattern: new RegExp(
      String.raw`\b(?:this (?:is|looks|seems) wrong|${NOT}(?:is|looks|seems) (?:broken|wrong|bogus|buggy|racy)|this breaks|will break|doesn'?t this need|don'?t think (?:this|the|that|it)|i hate|should not|shouldn'?t|must not|won'?t work|(?:does not|doesn'?t|will not|can'?t|cannot) (?:work|compile|build)|makes no sense|(?:does not|doesn'?t) make (?:any )?sense|is a bug|${NOT}leaks?\b|use-after-free|${NOT}deadlocks?\b|${NOT}(?:not correct|incorrect)|point of no return|${NOT}horribl[ey]|${NOT}ugly|please don'?t|does not exist upstream|(?:does not|doesn'?t) apply|not acceptable|unacceptable|is not (?:right|safe|valid))`,
      "i",
    ),
    why: "claims the code is wrong or must change",
  },
  {
    id: "question",
    kind: "question",
    pattern: /\?\s*$|\?\s|^\s*(?:why|how|what|is there|are we|do we|does this|can you|i wonder)\b|\bi wonder (?:why|if|whether)\b/im,
    why: "asks something",
  },
  {
    id: "cosmetic-request",
    kind: "nit",
    pattern: new RegExp(`${IMPERATIVE.source}|${FIRM_REQUEST.source}|${SOFT_REQUEST.source}`, "i"),
    also: COSMETIC,
    why: "asks for a change of style, naming, ordering or wording",
  },
  {
    id: "suggestion",
    kind: "nit",
    pattern: SOFT_REQUEST,
    why: "a suggestion or preference, not a blocker",
  },
  {
    id: "change-request",
    kind: "objection",
    pattern: new RegExp(`${IMPERATIVE.source}|${FIRM_REQUEST.source}`, "i"),
    unless: /\bno (?:objections?|problem|issue)s? (?:to|with)\b|\bi have no objection/i,
    why: "asks for the code to change",
  },
  { id: "praise", kind: "praise", pattern: /\b(?:nice|great|good (?:catch|idea|work)|improvement|thanks for|well done|cool)\b/i, why: "praise" },
];

/** The rule that classifies a remark, or null when none fires (kind "other"). */
export function matchCommentRule(text: string): CommentRule | null {
  const t = String(text ?? "");
  for (const rule of COMMENT_RULES) {
    if (!rule.pattern.test(t)) continue;
    if (rule.also && !rule.also.test(t)) continue;
    if (rule.unless?.test(t)) continue;
    return rule;
  }
  return null;
}

/** Kind of a reviewer remark from the rule table: nit, question, objection, ack, praise or other. */
export function classifyComment(text: string): CommentKind {
  return matchCommentRule(text)?.kind ?? "other";
}
