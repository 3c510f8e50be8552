// What a maintainer's mail says went into a tree, commit by commit: the shortlog of `git request-pull`
// output ("Author Name (2):\n      commit title\n      commit title") below its "are available in the
// git repository at" line (anywhere in a "[GIT PULL]" mail: some write their own preamble), and a hand-written "Following patches have been added in <tree>:" list of
// patch subjects ("[PATCH v3 1/2] title"). Some maintainers never answer "Applied" and only send these.
// Titles come back normalised as patch titles are compared (lib/thread's normalizeTitle), so a patch whose
// title is in the list can be found by one lookup, each with the commit's author when the list names it
// (a shortlog does): a later patch by someone else that reuses a generic title is not the merged one.
import { parseSubject } from "../mail/parse-subject";
import { normalizeTitle } from "../thread/title-similarity";

/** git request-pull's line announcing the tree (older git: "git repository", newer: "Git repository"). */
const REQUEST_PULL_RE = /^\s*are available in the git repository at\b/i;
/** A shortlog group: "Guenter Roeck (2):" at the start of the line. */
const AUTHOR_RE = /^(\S[^\t]{0,120}) \((\d{1,5})\):\s*$/;
/** A shortlog entry: the commit title, indented (git shortlog uses six spaces); "(Rev.) title" credits a reviewer. */
const ENTRY_RE = /^(?: {2,8}|\t)([^\s(].{0,300})$/;
/** "Following patches have been added in Linux-Watchdog-Next the last days:", "The following patches were applied to …". */
const ADDED_LIST_RE = /^\s*(?:the\s+)?following\s+(?:patch(?:es)?|commits?)\s+(?:have|has|were|was)\s+(?:now\s+)?(?:been\s+)?(?:added|applied|queued|merged|pushed|picked\s+up)\b/i;
/** A listed patch subject, maybe bulleted: "[PATCH v2 1/2] watchdog: …", "- [RFC PATCH] …". */
const LISTED_SUBJECT_RE = /^\s*(?:[-*]\s+)?(\[[^\]]{1,80}\].*)$/;
/** Cheap test before any line is split: most mail is neither. */
const MAYBE_RE = /available in the git repository|following\s+(?:patch|commit)/i;
const MAX_TITLES = 5000;
/** A title wrapped more than twice is not a commit title. */
const MAX_WRAPPED = 2;
/** A wrapping mailer breaks lines past column 70 (Gmail) to 80: a shorter line was not wrapped. */
const MIN_WRAPPED_LINE = 60;
/** A diffstat line ("fs/x.c | 2 ++", "5 files changed, ..."). */
const DIFFSTAT_RE = /^\s*\S+\s+\|\s+(?:\d+\s*[-+]*|Bin\b.*)$|^\s*\d+ files? changed\b/;

/**
 * "ACPICA: add support for ClockInput resource (v6.5)": a version in brackets closing a title, which
 * parseSubject takes off a patch's subject as its version; the pulled commit keeps it.
 */
const TRAILING_VERSION_RE = /\s*(?:\(v\d{1,4}(?:\.\d{1,4}){0,2}\)|\[v\d{1,4}(?:\.\d{1,4}){0,2}\])\s*$/i;

/** One commit a pull request names: its normalised title, and its author's name when the list gives it. */
export interface PulledCommit {
  title: string;
  author: string | null;
  /** How many commits bear this title and author in the list, when more than one ("Wolfram Sang (2):" twice "i2c: ..."). */
  count?: number;
}

/**
 * The commits a pull request's shortlog, or a "following patches have been added" list, names in the
 * mail's own (unquoted) lines, each title once; empty when the mail has neither. Never throws.
 */
/** A title repeated more often than this in one list is noise (or hostile), not that many commits. */
const MAX_SAME_TITLE = 16;

export function pullRequestShortlog(subject: string, body: string): PulledCommit[] {
  const text = String(body ?? "");
  const parsed = parseSubject(String(subject ?? ""));
  // A "[GIT PULL]" mail is a pull request throughout; anyone else's needs git request-pull's own words.
  const pullSubject = parsed.isPull && !parsed.isReply && !parsed.isForward;
  if (!pullSubject && !MAYBE_RE.test(text)) return [];
  const lines = text.split(/\r\n?|\n/);
  // By author and title: a title named twice is two commits (a pull request accepts each once), by one
  // author or by two.
  const commits = new Map<string, PulledCommit>();
  let author: string | null = null;
  const add = (title: string) => {
    // A version set apart in brackets closes no patch's title (parseSubject drops it), so none of these either.
    const norm = normalizeTitle(title.replace(TRAILING_VERSION_RE, ""));
    if (!norm) return;
    const key = `${author ?? ""}\n${norm}`;
    const known = commits.get(key);
    if (known) known.count = Math.min((known.count ?? 1) + 1, MAX_SAME_TITLE);
    else if (commits.size < MAX_TITLES) commits.set(key, { title: norm, author });
  };
  let inRequest = pullSubject;
  let inGroup = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "-- ") break;
    // A quoted pull request is someone else's mail, answered.
    if (line.startsWith(">")) {
      inGroup = false;
      continue;
    }
    if (REQUEST_PULL_RE.test(line)) {
      inRequest = true;
      continue;
    }
    if (ADDED_LIST_RE.test(line)) {
      author = null;
      i = readAddedList(lines, i + 1, add);
      continue;
    }
    if (!inRequest) continue;
    const group = AUTHOR_RE.exec(line);
    if (group) {
      author = group[1]!.trim();
      inGroup = true;
      continue;
    }
    const entry = inGroup ? ENTRY_RE.exec(line) : null;
    if (!entry) {
      inGroup = false;
      continue;
    }
    let title = entry[1]!.trimEnd();
    // A mailer that wraps long lines puts the rest of a long title at column 0 ("... if share is" /
    // "not configured"): joined, as long as the next line cannot be anything else of a shortlog. Up to
    // two such lines, each judged against the entry's own line (a mailer also breaks inside a word).
    for (let k = 0; k < MAX_WRAPPED && isWrappedRest(line, lines[i + 1]); k++) {
      title = `${title} ${lines[i + 1]!.trim()}`;
      i++;
    }
    add(title);
  }
  return [...commits.values()];
}

/** Name words without accents, case or punctuation; a mis-decoded letter ("Ren\uFFFD") just splits a word. */
function nameWords(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 2);
}

/**
 * Whether a shortlog's author name can be the patch sender's name: they share a name word ("René Rebe" /
 * "Ren\uFFFD Rebe"). An unknown or wordless name on either side cannot tell them apart: true.
 */
export function sameAuthorName(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = nameWords(String(a ?? ""));
  const right = new Set(nameWords(String(b ?? "")));
  if (!left.length || !right.size) return true;
  return left.some((w) => right.has(w));
}

/** Reads the patch subjects listed from line `from` on; returns the index of the last line it consumed. */
function readAddedList(lines: string[], from: number, add: (title: string) => void): number {
  let listed = 0;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      // Blank lines may stand between the announcement and its list, not inside it.
      if (listed) break;
      continue;
    }
    const m = LISTED_SUBJECT_RE.exec(line);
    const subject = m ? parseSubject(m[1]!) : null;
    if (!subject || !(subject.isPatch || subject.isRfc) || !subject.title) break;
    add(subject.title);
    listed++;
  }
  return i - 1 < from ? from - 1 : i - 1;
}

/**
 * Whether `next` is the rest of the shortlog entry `line`, wrapped by a mailer: `line` is long, `next`
 * starts at column 0 and is no author header ("Name (2):"), separator, diffstat, quote or signature.
 */
function isWrappedRest(line: string, next: string | undefined): boolean {
  if (next === undefined || line.length < MIN_WRAPPED_LINE) return false;
  if (!next.trim() || /^\s/.test(next) || next === "-- " || next.startsWith(">")) return false;
  // The word that did not fit on the line: a mailer wraps only when it would have passed 70 columns.
  const word = /^\S+/.exec(next)![0];
  if (line.length + 1 + word.length <= 70) return false;
  // A title does not end in a colon; an author header and a line introducing something else do
  // ("The following changes since commit ...:").
  if (/:\s*$/.test(next) || DIFFSTAT_RE.test(next) || /^[-=_~*#]{3,}/.test(next)) return false;
  return next.length <= 200;
}
