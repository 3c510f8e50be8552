// A maintainer's answer saying a patch or series went into a tree: "Applied to cgroup/for-6.6.",
// "Applied, thanks!" (b4 ty), "Thanks, applied.", "Now queued up, thanks.", "I have applied this series.",
// "This series was applied to bpf/bpf-next.git (master)" (the netdev/bpf bot), "has been merged into
// torvalds/linux.git:" (the pull-request tracker). Read from the reply's own lines only, each at the start
// of a sentence: quoted text, signatures, wrapped sentences ("This version will not be / merged for
// sure.") and sentences that merely talk about applying ("With this patch applied, …", "If your patch is
// applied to the wrong git tree, …", "Note: no patches were applied.") never count.
import { isQuoteLine } from "./extract-comments";

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
 * the tree's URL on the next), "of the series", "and pushed/marked …", "with the below incremental",
 * ", but …", ", adding a Fixes tag", " - …", "after fixing …".
 */
const REST_RE = /^(?:[\s.,!:;]*$|[.!]\s+\S|[\s,.!]*(?:thanks|thank you)\b|\s+(?:to|into|in|on|for)(?:\s+\S|\s*:?$)|\s+of\s+(?:the|this|your)\s+(?:series|patchset|set)\b|[\s,]+and\s+(?:queued|pushed|picked|marked|added|tagged|folded|squashed)\b|\s+with\b|\s+(?:except|apart from|other than|but not)\b|[,;]\s*(?:but|although|though|however|sorry)\b|[,;]\s*\w+ing\b|\s+[-\u2013\u2014]\s|\s+after\s+\w+ing\b|\s*\()/i;
/** Words that turn a sentence into a condition, a question, a negation or a test report. */
const NOT_A_NOTICE_RE = /\b(?:not|no|never|if|when|once|locally|tested|testing|cleanly|on top of|conflicts?|without|problems?|works?|worked|boots?)\b|\bafter\s+(?!\w+ing\b)|n't\b|\?/i;
const MAX_WORDS = 24;
const VERB_STEM_RE = /appl|queu|pick|merg|push/i;

/**
 * Where in a line a notice may start: each sentence, and each clause after a comma in it ("Thanks, looks
 * good, applied." -> "applied."). A sentence that negates, asks or conditions anything is skipped whole.
 */
function noticeCandidates(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+(?=\S)/)) {
    if (!VERB_STEM_RE.test(sentence) || NOT_A_NOTICE_RE.test(sentence)) continue;
    out.push(sentence);
    for (let i = sentence.indexOf(", "); i >= 0; i = sentence.indexOf(", ", i + 2)) out.push(sentence.slice(i + 2));
  }
  return out;
}

/** The sentence (or clause) of one own line that announces something was applied, or null. */
function appliedSentence(line: string): string | null {
  // Every own line of every reply comes through here at ingest: most never name the verb.
  if (!VERB_STEM_RE.test(line)) return null;
  const text = line.trim().replace(/\s+/g, " ");
  if (!text || text.split(" ").length > MAX_WORDS * 2) return null;
  for (const candidate of noticeCandidates(text)) {
    if (candidate.split(" ").length > MAX_WORDS) continue;
    const m = FIRST_PERSON_RE.exec(candidate) ?? NOTICE_RE.exec(candidate);
    if (m && REST_RE.test(m.groups?.rest ?? "")) return candidate;
  }
  return null;
}

/** Whether one line of a reply's own text, read as the start of a sentence, announces that something was applied. */
export function isAppliedLine(line: string): boolean {
  return appliedSentence(line) !== null;
}

/**
 * What an applied notice covers: the whole series ("Series applied", "Applied 1-3", "all applied"), the
 * patch numbers it lists (b4's "[1/2] title" lines under "Applied, thanks!", also in "(subset)" replies), or
 * just the mail it answers.
 */
export type AppliedScope = "series" | "answered" | number[];

const SERIES_WORDS_RE = /\b(?:series|patchset|all|both|patches|these|\d+\s*-\s*\d+)\b/i;
/** "Applied 1-20, stopped at 21", "Applied except 10/14", "apart from 3/11": part of the series, numbers unknown. */
const PARTIAL_RE = /\b(?:except|apart from|other than|stopped|but not|skipp(?:ed|ing)|the rest)\b/i;
/** Patch numbers named right at the verb: "Applied 1-3 to …", "I applied 1 and 2 of the series", "Patches 1-5 applied". */
const NUMBERED_RE = new RegExp(
  `(?:${VERB}\\s+(?:patch(?:es)?\\s+)?(${NUMBERS})(?=\\s+(?:of|to|into|in|on|for)\\b|[\\s,.!]*$)|\\bpatch(?:es)?\\s+(${NUMBERS})\\s+(?:(?:has|have|was|were|are)\\s+(?:been\\s+)?)?${VERB})`,
  "i",
);

/** The patch numbers a notice names at its verb ("1-3", "1 and 2", "2, 4"), or null. */
function numberedScope(sentence: string): number[] | null {
  const m = NUMBERED_RE.exec(sentence);
  const list = m?.[1] ?? m?.[2];
  if (!list) return null;
  const out = new Set<number>();
  for (const part of list.split(/\s*(?:,|and)\s*/)) {
    const [a, b] = part.split(/\s*-\s*/).map(Number);
    if (a === undefined || !Number.isSafeInteger(a)) continue;
    const last = b !== undefined && Number.isSafeInteger(b) && b >= a && b - a < 1000 ? b : a;
    for (let n = a; n <= last; n++) out.add(n);
  }
  return out.size ? [...out].sort((x, y) => x - y) : null;
}

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
    // Quoted lines, and "|"-quoted ones (some mailers, the build robot's excerpts), are not the reply's own words.
    if (isQuoteLine(line) || line.charCodeAt(0) === 124 /* | */) {
      previous = "";
      continue;
    }
    // A line going on with the sentence of the line above is not where a notice starts.
    const continues = /[^\s.!?:]\s*$/.test(previous) && /^\s*[a-z]/.test(line);
    previous = line;
    const sentence = continues ? null : appliedSentence(line);
    if (!sentence) continue;
    const numbered = numberedScope(sentence);
    if (numbered) return numbered;
    scope = PARTIAL_RE.test(sentence) ? "answered" : SERIES_WORDS_RE.test(sentence) ? "series" : "answered";
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
