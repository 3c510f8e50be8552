// A maintainer's answer saying a patch or series went into a tree: "Applied to cgroup/for-6.6.",
// "Applied, thanks!" (b4 ty), "Thanks, applied.", "Now queued up, thanks.", "This series was applied to
// bpf/bpf-next.git (master)" (the netdev/bpf bot), "has been merged into torvalds/linux.git:" (the
// pull-request tracker). Read from the reply's own lines only: quoted text, signatures and sentences
// that merely talk about applying ("With this patch applied, …", "If your patch is applied to the wrong
// git tree, …", "Note: no patches were applied.") never count.

const VERB = String.raw`(?:applied|queued(?:\s+up)?|picked\s+up|merged|pushed)`;
/** "Applied …", "Series applied …", "Patches 1-3 applied …", "This patch was applied …", "has been merged …". */
const NOTICE_RE = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|thanks|thank you|now)[,.!]?\s+)*` +
    String.raw`(?:(?:this|the|whole|entire)\s+)*(?:(?:series|patch(?:es|set)?)\s+(?:\d[\d\s,-]*\s+)?)?` +
    String.raw`(?:(?:has|have|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?)?` +
    VERB +
    String.raw`\b(?<rest>.*)$`,
  "i",
);
/** "I've queued it up for 5.4.", "I applied the series to my tree": the first person needs a target. */
const FIRST_PERSON_RE = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|thanks|thank you)[,.!]?\s+)*i(?:'ve|\s+have)?\s+(?:now\s+)?${VERB}\s+(?:it|this|them|both|all|the\s+(?:whole\s+)?(?:patch(?:es|set)?|series))(?:\s+up)?\s+(?:to|into|for|in)\b`,
  "i",
);
/** What may follow the verb: nothing, a new sentence, thanks, a target tree or release, "and queued …". */
const REST_RE = /^(?:[\s.,!:;]*$|[.!]\s+\S|[\s,.!]*(?:thanks|thank you)\b|\s+(?:\d[\d\s,-]*\s+)?(?:to|into|in|on|for)\s+\S|\s+and\s+(?:queued|pushed)\b|\s+with\s+(?:the\s+)?(?:following|minor|small|some)\b|\s*\()/i;
/** Words that turn a notice into a condition, a question, a negation or a test report. */
const NOT_A_NOTICE_RE = /\b(?:not|no|never|if|when|once|after|locally|tested|testing|cleanly|on top of|conflicts?)\b|n't\b|\?/i;
const MAX_WORDS = 24;
const VERB_STEM_RE = /appl|queu|pick|merg|push/i;

/** Whether one line of a reply's own text announces that the patch or series was applied. */
export function isAppliedLine(line: string): boolean {
  // Every own line of every reply comes through here at ingest: most never name the verb.
  if (!VERB_STEM_RE.test(line)) return false;
  const text = line.trim().replace(/\s+/g, " ");
  if (!text || text.split(" ").length > MAX_WORDS || NOT_A_NOTICE_RE.test(text)) return false;
  if (FIRST_PERSON_RE.test(text)) return true;
  const m = NOTICE_RE.exec(text);
  return !!m && REST_RE.test(m.groups?.rest ?? "");
}

/** What an applied notice covers: the whole series ("Series applied", "Applied 1-3", "all applied") or what it answers. */
export type AppliedScope = "series" | "answered";

const SERIES_WORDS_RE = /\b(?:series|patchset|all|both|patches|\d+\s*-\s*\d+)\b/i;

/**
 * Whether a reply's own (unquoted, pre-signature) lines announce that what it answers was applied, and
 * whether the notice names the whole series; null when there is no such notice.
 */
export function appliedNotice(body: string, lines?: readonly string[]): AppliedScope | null {
  for (const line of lines ?? String(body ?? "").split(/\r\n?|\n/)) {
    if (line === "-- " || line === "--") return null;
    const c = line.charCodeAt(0);
    if (c === 62 /* > */ || (c === 32 && line.charCodeAt(1) === 62) || c === 124 /* | */) continue;
    if (isAppliedLine(line)) return SERIES_WORDS_RE.test(line) ? "series" : "answered";
  }
  return null;
}
