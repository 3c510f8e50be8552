// A maintainer's answer saying a patch or series went into a tree: "Applied to cgroup/for-6.6.",
// "Applied, thanks!" (b4 ty), "Thanks, applied.", "Now queued up, thanks.", "I have applied this series.",
// "This series was applied to bpf/bpf-next.git (master)" (the netdev/bpf bot), "has been merged into
// torvalds/linux.git:" (the pull-request tracker). Read from the reply's own lines only, each at the start
// of a sentence: quoted text, signatures, wrapped sentences ("This version will not be / merged for
// sure.") and sentences that merely talk about applying ("With this patch applied, …", "If your patch is
// applied to the wrong git tree, …", "Note: no patches were applied.") never count.

const VERB = String.raw`(?:applied|queued(?:\s+up)?|picked\s+up|merged|pushed)`;
/** What was applied, when the sentence names it: "this patch", "the whole series", "all 4 patches", "1-3". */
const NUMBERS = String.raw`\d+(?:\s*(?:,|-|and)\s*\d+)*`;
// Longest first: the rest of the sentence is checked after the match, so "this" must not win over "this patch".
const OBJECT = String.raw`(?:(?:(?:this|the|these|both|all|whole|entire|\d+)\s+)*(?:series|patch(?:es|set)?|ones?)(?:\s+${NUMBERS})?|${NUMBERS}|all(?:\s+\d+)?|it|this|them|these|both)`;
const ADVERB = String.raw`(?:also|now|just|finally|as\s+is|too|as\s+well|already)`;
const OPENER = String.raw`(?:(?:ok(?:ay)?|thanks|thank you|now|also|so)[,.!]?\s+)*`;
/** "Applied …", "Series applied …", "Patches 1-3 applied …", "This patch was applied …", "has been merged …". */
const NOTICE_RE = new RegExp(
  `^${OPENER}(?:${ADVERB}\\s+)?(?:${OBJECT}\\s+)?(?:(?:has|have|was|were|is|are)\\s+(?:now\\s+)?(?:been\\s+)?)?(?:${ADVERB}\\s+)?${VERB}` +
    `(?:\\s+(?:${OBJECT}))?(?:\\s+${ADVERB})*(?:\\s+up)?\\b(?<rest>.*)$`,
  "i",
);
/** "I applied this patch to …", "I've queued it up for 5.4.", "I have applied this series.". */
const FIRST_PERSON_RE = new RegExp(
  `^${OPENER}i(?:'ve|\\s+have)?\\s+(?:${ADVERB}\\s+)?${VERB}\\s+${OBJECT}(?:\\s+${ADVERB})*(?:\\s+up)?\\b(?<rest>.*)$`,
  "i",
);
/**
 * What may follow: nothing, a new sentence, thanks, a target ("to hwmon-next", or "to" ending the line with
 * the tree's URL on the next), "and pushed/queued …", "with the following changes", "after fixing …".
 */
const REST_RE = /^(?:[\s.,!:;]*$|[.!]\s+\S|[\s,.!]*(?:thanks|thank you)\b|\s+(?:to|into|in|on|for)(?:\s+\S|\s*:?$)|[\s,]+and\s+(?:queued|pushed|picked)\b|\s+with\s+(?:the\s+)?(?:following|minor|small|some|a|one)\b|\s+after\s+\w+ing\b|\s*\()/i;
/** Words that turn a notice into a condition, a question, a negation or a test report. */
const NOT_A_NOTICE_RE = /\b(?:not|no|never|if|when|once|locally|tested|testing|cleanly|on top of|conflicts?)\b|\bafter\s+(?!\w+ing\b)|n't\b|\?/i;
const MAX_WORDS = 24;
const VERB_STEM_RE = /appl|queu|pick|merg|push/i;

/** Whether one line of a reply's own text, read as the start of a sentence, announces that something was applied. */
export function isAppliedLine(line: string): boolean {
  // Every own line of every reply comes through here at ingest: most never name the verb.
  if (!VERB_STEM_RE.test(line)) return false;
  const text = line.trim().replace(/\s+/g, " ");
  if (!text || text.split(" ").length > MAX_WORDS || NOT_A_NOTICE_RE.test(text)) return false;
  const m = FIRST_PERSON_RE.exec(text) ?? NOTICE_RE.exec(text);
  return !!m && REST_RE.test(m.groups?.rest ?? "");
}

/**
 * What an applied notice covers: the whole series ("Series applied", "Applied 1-3", "all applied"), the
 * patch numbers it lists (b4's "[1/2] title" lines under "Applied, thanks!", also in "(subset)" replies), or
 * just the mail it answers.
 */
export type AppliedScope = "series" | "answered" | number[];

const SERIES_WORDS_RE = /\b(?:series|patchset|all|both|patches|these|\d+\s*-\s*\d+)\b/i;
/** b4 ty's list of what it applied: "[2/3] hwmon: (foo) fix bar" at the start of an own line. */
const LISTED_PATCH_RE = /^\[(\d{1,4})\/(\d{1,4})\]\s+\S/;

/**
 * Whether a reply's own (unquoted, pre-signature) lines announce that what it answers was applied, and
 * how much of the series that is; null when there is no such notice.
 */
export function appliedNotice(body: string, lines?: readonly string[]): AppliedScope | null {
  const all = lines ?? String(body ?? "").split(/\r\n?|\n/);
  let scope: "series" | "answered" | null = null;
  let previous = "";
  let at = -1;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (line === "-- " || line === "--") break;
    const c = line.charCodeAt(0);
    if (c === 62 /* > */ || (c === 32 && line.charCodeAt(1) === 62) || c === 124 /* | */) {
      previous = "";
      continue;
    }
    // A line going on with the sentence of the line above is not where a notice starts.
    const continues = /[^\s.!?:]\s*$/.test(previous) && /^\s*[a-z]/.test(line);
    previous = line;
    if (continues || !isAppliedLine(line)) continue;
    scope = SERIES_WORDS_RE.test(line) ? "series" : "answered";
    at = i;
    break;
  }
  if (scope === null) return null;
  const listed = new Set<number>();
  for (let i = at + 1; i < all.length; i++) {
    const line = all[i]!;
    if (line === "-- " || line === "--") break;
    const m = LISTED_PATCH_RE.exec(line.trim());
    if (m) listed.add(Number(m[1]));
  }
  return listed.size ? [...listed].sort((a, b) => a - b) : scope;
}
