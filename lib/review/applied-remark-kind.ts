// A maintainer's applied notice often carries remarks: what they changed while applying ("I tweaked the line
// wrap", "dropped the blank line whilst applying"), an aside on the driver, a wish for a follow-up. The patch
// is in: none of them holds it back. Read on its own, such a remark still looks like a request ("should be
// unnecessary", "needs sorting out"), so its kind is capped here rather than its words re-read: dropping the
// notice's paragraph and classifying the rest turned asides into objections and acks into requests.
import type { AppliedScope } from "./is-applied-notice";
import type { CommentKind } from "./types";

/**
 * The applier describing their own edit: "I tweaked ...", "I've fixed that up", "fixed up whilst applying",
 * "Applied with those changes", "with the minor tweak mentioned below"; the diff a new version made to the tree
 * ("Here's how that altered foo.git:").
 */
const OWN_EDIT_RE = new RegExp(
  [
    String.raw`\b(?:while|whilst|when|on)\s+(?:applying|merging|picking\s+(?:it|this|them)\s+up)\b`,
    String.raw`\bi(?:'ve|\s+have)?\s+(?:(?:also|just|then|now|simply|already)\s+)?(?:tweaked|fixed\s+(?:(?:it|this|that|these|those|them|the\s+\w+)\s+)?up|tidied\s+(?:(?:it|this|that|them|\w+)\s+)?up|dropped|added|reworded|renamed|rewrapped|re-?wrapped|reformatted|amended|adjusted|squashed|folded|moved|removed|updated|changed|fixed|made\s+(?:the|that|this|those)\s+changes?|applied\s+(?:it|this|them)\s+by\s+hand|did\s+what)\b`,
    String.raw`\b(?:applied|queued|merged|picked\s+up)\b[^.!?]{0,60}\bwith\s+(?:(?:the|that|this|these|those|a|some|my|your)\s+)?(?:\w+\s+){0,3}(?:tweaks?|changes?|fix(?:es|up)?|edits?|modifications?|adjust\w*|amend\w*)\b`,
    String.raw`\b(?:tweaked|fixed\s+up|tidied\s+up)\s+(?:(?:it|this|that|them|the\s+\w+)\s+)?(?:while|whilst|when|on|as|before)\b`,
    // A new version taken in place of the one in the tree, and the difference it made: "Here's how that altered foo.git:".
    String.raw`\b(?:here(?:'s|\s+is)|below\s+is)\s+how\s+(?:that|this|it|v\d+|the\s+(?:new\s+)?(?:version|update|series))\s+(?:altered|changed)\b`,
  ].join("|"),
  "i",
);
/** A request that still stands after the edit: a follow-up patch, something for the author to do later. */
const STILL_ASKS_RE = /\b(?:follow[- ]?up|(?:send|post)\s+(?:a|another)\s+(?:\w+\s+)?patch|in\s+(?:a|the)\s+(?:separate|future|later)\b|next\s+time)\b/i;

/**
 * Whether the notice covers the patch whose thread holds the reply: the answered patch, the series, or the
 * numbers it names ("Patches 1 & 2 applied!", b4's "[k/N]" list) when they hold the answered patch's `number`.
 */
export function coversAnswered(scope: AppliedScope | null, number?: number | null): boolean {
  if (Array.isArray(scope)) return number != null && scope.includes(number);
  return scope === "answered" || scope === "series";
}

/** Whether an applied notice can change a remark of this kind (only objections and nits are capped): the review reads the notice only then. */
export function cappedByNotice(kind: CommentKind): boolean {
  return kind === "objection" || kind === "nit";
}

/**
 * The kind of a remark in a reply whose own text announces the answered patch applied (`scope`, as
 * `appliedNotice` reads the reply): the applier's description of an edit they made while applying is a
 * note ("other"), any other request at most a nit. Without such a notice, `kind` as it was. `number`: the
 * answered patch's number, for a notice naming patch numbers (without it such a notice covers nothing).
 */
export function appliedRemarkKind(kind: CommentKind, text: string, scope: AppliedScope | null, number?: number | null): CommentKind {
  if (!cappedByNotice(kind) || !coversAnswered(scope, number)) return kind;
  if (OWN_EDIT_RE.test(text) && !STILL_ASKS_RE.test(text)) return "other";
  return "nit";
}
