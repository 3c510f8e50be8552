// The one reader of subject prefixes: `Re: [PATCH net-next v3 2/7] title`.
import type { ParsedSubject } from "./types";

/** `Re:` and its translations (`回复：` from Chinese mail clients, with a full-width colon). */
const REPLY_RE = /^(?:re|aw|sv|antw|odp|vs|rif|res|回复|答复|返信)(?:\[\d{1,4}\])?\s?[:：]\s*/i;
const FORWARD_RE = /^(?:fwd?|wg|tr|rv|enc)\s?:\s*/i;
const MUTT_FORWARD_RE = /^\[[^\s@\[\]]+@[^\s:\[\]]+:\s+/;
/** `v3`, `v5.1`, and `v4a` (a letter for a fix-up of v4; not `v4l`, a subsystem). */
const VERSION_RE = /^v(\d{1,4}(?:\.\d{1,4}){0,2}[a-h]?)$/i;
const GLUED_RE = /^(patch|rfc|resend)v(\d{1,4}(?:\.\d{1,4}){0,2})$/i;
/**
 * `v3-rebased`, `v5-changed`, `v4-bis`: vN sent again with a note, read as a RESEND of vN (not the next
 * version). A range of releases (`v5.10-v5.15`) is no version.
 */
const NOTED_VERSION_RE = /^v(\d{1,4})-(?!v?\d)[a-z][a-z-]{0,30}$/i;
/** `REPOST`, `RESUBMIT`, `RESENT`: words for sending the same patch again. */
const REPOST_RE = /^(?:repost|resubmit|resent)$/;
const NUMBER_RE = /^(\d{1,5})\/(\d{1,5})$/;
/** `[PATCH 6a/10]`, `[PATCH 6b/10]`: patch 6 of 10 sent in parts (too large for the list); the letter names the part. */
const PART_NUMBER_RE = /^(\d{1,5})([a-h])\/(\d{1,5})$/i;
/** `[PATCH v5.4.y]`, `[PATCH 6.1.y]`, `[PATCH 5.10-stable]`: the stable tree a backport targets, not a version. */
const STABLE_TREE_RE = /^(?:linux-)?v?\d{1,2}\.\d{1,3}(?:\.y|-stable|\.x)$/i;
/** `[PATCH v5.15-v6.1]`: a backport for a range of kernel releases; the first names its tree. */
const RELEASE_RANGE_RE = /^v?([2-7]\.\d{1,2})(?:\.y)?-v?[2-7]\.\d{1,2}(?:\.y)?$/i;
/** `title (v3)`, `title [v3]`: a version set apart by brackets. */
const TRAILING_VERSION_RE = /\s*(?:\(v(\d{1,4}(?:\.\d{1,4}){0,2})\)|\[v(\d{1,4}(?:\.\d{1,4}){0,2})\])$/i;
/**
 * `title [ver #18]`, `title (ver 3)`: stgit's series version closing every subject of the posting (David Howells'
 * habit), the cover's and each patch's alike: the posting's version, not one patch's own rounds.
 */
const TRAILING_VER_RE = /\s*(?:\[ver\s*#?\s*(\d{1,4})\]|\(ver\s*#?\s*(\d{1,4})\))$/i;
/** `title (resend)`, `title [RESEND]`: the RESEND tag written after the title. */
const TRAILING_RESEND_RE = /\s*(?:\((?:resend|repost|resent)\)|\[(?:resend|repost|resent)\])$/i;
/**
 * `pull request: bluetooth 2022-12-12`, `pull-request v2: ieee802154-next 2023-01-05`: the netdev form of a
 * pull request, without brackets. The colon is required: "pull request to add x" is someone's sentence.
 */
const LEADING_PULL_RE = /^pull[- ]request(?:\s+v(\d{1,3}))?\s*:\s*(?=\S)/i;
/** `PATCH [v3 0/2] title`: the PATCH word written before the bracket instead of inside it. */
const LEADING_PATCH_WORD_RE = /^(patch|rfc)\s*(?=\[)/i;
/** `resend: [PATCH] title`: the word written before the prefix instead of inside it. */
const LEADING_RESEND_RE = /^(?:resend|repost|resent)\s*:?\s*(?=\[)/i;
/** `Revised: [PATCH] title`, `Updated: [PATCH] title`: a word saying the posting is a new round, before its prefix. */
const LEADING_REVISED_RE = /^(?:revised|updated|corrected|improved)\s*:\s*(?=\[)/i;
/**
 * `... widget - v3`: a dashed v<digits> as the last word. A bare last word (`for cgroup v2`, `Aorus Elite
 * V2`) names a product or a format far more often than the patch's version, so it stays in the title.
 */
const TRAILING_BARE_VERSION_RE = /(\S)\s+-\s*v(\d{1,4})$/i;
/** `[hwmon:hwmon-next 2/11]`: a robot's tree:branch tag; its n/N is the reported patch's, not its own. */
const TREE_BRANCH_RE = /^[\w.+-]+:[\w.\/+-]+$/;
/** A leading tag that makes the mail a report about a patch (`[REGRESSION] [PATCH v2 1/2] ...`), not one. */
const REPORT_TAGS = new Set(["regression", "bug", "bisected", "report", "question"]);
/**
 * A bot's notice about someone's patch, even when it carries the diff: stable's `FAILED: patch "x" failed to
 * apply to 5.10-stable tree` and `Patch "x" has been added to the 6.1-stable tree`, `patch "x" added to
 * char-misc-testing`, `Applied "x" to the regulator tree`, `+ x.patch added to mm-unstable branch`, and
 * linux-next's merge and build notices. Read after the prefixes, so `[tip: sched/core] x` is matched apart.
 */
const NOTICE_RE = /^(?:failed:\s*patch\s+"|patch\s+".*"\s+(?:has\s+been\s+)?added\s+to\s|applied\s+".*"\s+to\s+the\s|\+\s+\S+\.patch\s+added\s+to\s|linux-next:\s+(?:manual\s+merge\s+of|build\s+(?:failure|warning)s?\s+after\s+merge)\s)/i;
/** `[tip: sched/core]`: tip-bot2's commit notice for a patch applied to a tip branch. */
const TIP_BOT_TAG = "tip:";
/** `support for v2`, `rebase on v6`: the word before names a release or a format, not this patch's version. */
const NOT_BEFORE_BARE_VERSION = /(?:^|\s)(?:for|to|in|into|since|from|on|onto|against|until|after|before|of|and|or|with|than|vs\.?|the|a|an)$/i;
/** A word that can only be part of a patch prefix: PATCH/RFC/RESEND, `v2`, `PATCHv2`, `2/5`. */
const PREFIX_TOKEN = String.raw`(?:patch(?:es|set)?|rfc|resend|(?:patch|rfc)?v\d{1,4}(?:\.\d{1,4}){0,2}|\d{1,5}\/\d{1,5})(?![\w/])`;
const PREFIX_WORDS = String.raw`(?:patch|rfc)(?:v\d{1,4}(?:\.\d{1,4}){0,2})?(?![\w/])(?:[\s,]+${PREFIX_TOKEN}){0,8}`;
/**
 * A mistyped prefix whose bracket is lost or wrong: `[PATCH[ title`, `[PATCH RFC} title`, `[PATCH title`
 * (tried only when no `]` follows), `[RESEND PATCH v4 0/3 title`. Only RESEND/PATCH/RFC words, versions and n/N
 * are taken, so a title survives.
 */
const BROKEN_OPEN_RE = new RegExp(String.raw`^\[\s*((?:resend[\s,]+)?${PREFIX_WORDS})\s*(?:[[{}()]\s*|\s)(?=\S)`, "i");
/** `PATCH v2] title`: the opening bracket lost. */
const BROKEN_CLOSE_RE = new RegExp(String.raw`^(${PREFIX_WORDS})\s*\]\s*(?=\S)`, "i");
/**
 * `[PATCH] x: fix y Content-Type: text/plain; charset="utf-8" Content-Transfer-Encoding: 8bit`: the next header
 * lines run into the subject by a mailer that lost their line breaks. The title ends before them.
 */
const RUN_IN_HEADERS_RE = /\s+(?:Content-Type:\s*[a-z]+\/[\w.+-]+|Content-Transfer-Encoding:\s*[\w-]+|MIME-Version:\s*1\.0)(?:[;\s].*)?$/i;
/** `[PATCH v5] Subject: [PATCH v5] title`: the header name pasted into the subject. */
const PASTED_SUBJECT_RE = /^subject\s?:\s*(?=\S)/i;
/**
 * `From 1a2b...40 hex... Mon Sep 17 00:00:00 2001`: the first line of a `git format-patch` file pasted as the subject
 * (a stray character or two before it when mangled, `xFrom <sha> ...`). It names no title.
 */
const FORMAT_PATCH_LINE_RE = /^[^\s\w]?\w{0,2}From [0-9a-f]{40}(?: Mon Sep 17 00:00:00 2001)?$/;
/** Hostile subjects are cut to this; real ones are far shorter. */
const MAX_LEN = 1000;
const MAX_PREFIXES = 50;

/**
 * A version read from a bracket, ranked by where it stood: in the PATCH/RFC bracket (3) it is the
 * revision; alone or after it (`[v2][PATCH]`, `[PATCH] [nf-next v3]`) it stands in (2); behind a name in a
 * bracket before the PATCH one (`[libgpiod v2][PATCH]`) it is the named project's version (1), read only
 * when no PATCH/RFC bracket comes at all.
 */
interface VersionCandidate {
  raw: string;
  rank: 1 | 2 | 3;
}

interface Flags {
  prefixes: string[];
  isPatch: boolean;
  isPull: boolean;
  isRfc: boolean;
  isResend: boolean;
  versions: VersionCandidate[];
  /** A dotted version (`v5.3`) appeared in some bracket: it may name a kernel release instead. */
  dotted: number;
  versionRaw: string | null;
  number: number | null;
  total: number | null;
  /** A tree:branch tag (a build robot's report): not a patch unless PATCH/RFC says so. */
  treeBranch: boolean;
  stableTree: string | null;
}

/** Prefix words joined by a slash (`RFC/PATCH`, `PATCH/RFC`, `RFC/RFT`): each word its own. */
const SLASHED_WORDS_RE = /^(?:patch|rfc|rft|resend)(?:\/(?:patch|rfc|rft|resend))+$/i;

function readBracket(inner: string, f: Flags): void {
  const tokens = inner.split(/[\s,]+/).filter((t) => t.length > 0).flatMap((t) => (SLASHED_WORDS_RE.test(t) ? t.split("/") : [t]));
  const patchBefore = f.isPatch || f.isRfc || f.number !== null;
  const found: string[] = [];
  let nameWord = false;
  const numberBefore = f.number;
  const patchWordsBefore = [f.isPatch, f.isRfc];
  // `[PATCH 2]`, `[PATCH 3]` then `[PATCH v4]`: a bare number after PATCH/RFC, with no n/N, names the version.
  let bareNumber: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // `[RESEND (v2) PATCH]`: a version in parentheses inside the bracket.
    // `[PATCH =v2 1/3]`: a stray "=" glued to the version (a typo for `--subject-prefix=...`).
    // `[PATCH -v2]`: a dash before the version, as before a tree (`-next`).
    const tok = tokens[i]!.replace(/^\((.+)\)$/, "$1").replace(/^[=-](?=v\d)/i, "");
    const lower = tok.toLowerCase();
    if (STABLE_TREE_RE.test(tok)) {
      f.stableTree ??= lower.replace(/^linux-/, "").replace(/^v/, "").replace(/-stable$|\.x$/, ".y");
      if (f.prefixes.length < MAX_PREFIXES) f.prefixes.push(lower);
      continue;
    }
    const range = RELEASE_RANGE_RE.exec(tok);
    if (range) {
      f.stableTree ??= `${range[1]!}.y`;
      if (f.prefixes.length < MAX_PREFIXES) f.prefixes.push(lower);
      continue;
    }
    const version = VERSION_RE.exec(tok);
    // `[PATCH for v5.9]`: the kernel release a fix is meant for, not the patch's version.
    if (version && version[1]!.includes(".") && /^(?:for|against|on|onto)$/i.test(tokens[i - 1] ?? "")) continue;
    if (version) {
      found.push(version[1]!);
      if (version[1]!.includes(".")) f.dotted++;
      continue;
    }
    const noted = NOTED_VERSION_RE.exec(tok);
    if (noted) {
      found.push(noted[1]!);
      f.isResend = true;
      continue;
    }
    const nn = NUMBER_RE.exec(tok);
    if (nn) {
      f.number ??= Number(nn[1]);
      f.total ??= Number(nn[2]);
      continue;
    }
    // `6a/10`: a part of patch 6 (`numberPart` reads the letter).
    const part = PART_NUMBER_RE.exec(tok);
    if (part) {
      f.number ??= Number(part[1]);
      f.total ??= Number(part[3]);
      continue;
    }
    // Mercurial patchbomb: `[PATCH 1 of 2]`.
    if (/^\d{1,5}$/.test(tok) && tokens[i + 1]?.toLowerCase() === "of" && /^\d{1,5}$/.test(tokens[i + 2] ?? "")) {
      f.number ??= Number(tok);
      f.total ??= Number(tokens[i + 2]);
      i += 2;
      continue;
    }
    if (/^\d{1,2}$/.test(tok) && i === tokens.length - 1 && i > 0 && (f.isPatch || f.isRfc) && Number(tok) >= 2) {
      bareNumber = tok;
      continue;
    }
    if (TREE_BRANCH_RE.test(tok)) f.treeBranch = true;
    const glued = GLUED_RE.exec(tok);
    // `-resend`, `RESEND^2`: the same word dressed up.
    // `REPOST`, `RESUBMIT`: the same as RESEND, under the one name the rest of the code knows.
    const word = glued ? glued[1]!.toLowerCase() : lower.replace(/^-(?=resend)/, "").replace(/^(resend)\^\d{1,3}$/, "$1").replace(REPOST_RE, "resend");
    if (glued) found.push(glued[2]!);
    // `PATCH-next`, `PATCH-cgroup`: a tree glued to the word.
    if (word === "patch" || word === "patches" || word === "patchset" || word.startsWith("patch-")) f.isPatch = true;
    else if (word === "rfc" || word.startsWith("rfc-")) f.isRfc = true;
    else if (word === "resend") f.isResend = true;
    else if (word.includes("pull") || word === "git") f.isPull = true;
    else if (!/^(?:of|\d{1,5})$/.test(word)) nameWord = true;
    if (f.prefixes.length < MAX_PREFIXES) f.prefixes.push(word);
  }
  // Only the whole bracket `[PATCH 2]`: `[PATCH 2 3/5]` or `[PATCH v2 3]` is something else.
  if (bareNumber !== null && found.length === 0 && f.number === numberBefore && !nameWord) found.push(bareNumber);
  else if (bareNumber !== null && f.prefixes.length < MAX_PREFIXES) f.prefixes.push(bareNumber);
  if (found.length === 0) return;
  // This bracket is the PATCH/RFC one when it set the flag or holds the n/N counter (`[net,v2,1/2]`).
  const patchHere = (f.isPatch && !patchWordsBefore[0]) || (f.isRfc && !patchWordsBefore[1]) || (f.number !== null && numberBefore === null);
  const rank = patchHere ? 3 : !patchBefore && nameWord ? 1 : 2;
  for (const raw of found) f.versions.push({ raw, rank });
}

/** A kernel release number: 2.6 to 7.x, optionally with a stable point release (`5.10.12`). */
const KERNEL_RELEASE_RE = /^([2-7])\.(\d{1,2})(?:\.\d{1,3})?$/;

/**
 * Whether a dotted version names the kernel release a backport or fix targets (`[PATCH v4.14]`,
 * `[PATCH v5.3, v4.19]`), not a fix-up of revision N (`[PATCH v5.1 3/6]`, `[PATCH v10.1]`): a two-digit
 * minor, several dotted versions, or a lone patch (no n/N) with a 4-7 major. Measured on eleven lists: fix-ups
 * carry a counter or a 1-3/8+ major; lone `v5.3`/`v6.6`/`v6.1` patches were stable backports. A plain version of
 * another major beside it (`[PATCH v5.4 v2 1/3]`: the stable tree, then the revision) leaves it only the release;
 * beside its own major (`[PATCH v4 v4.1 2/5]`) it is a fix-up of that version.
 */
function isKernelRelease(raw: string, dottedCount: number, hasCounter: boolean, plainMajors: readonly number[], pull: boolean): boolean {
  const m = KERNEL_RELEASE_RE.exec(raw);
  if (!m) return false;
  const major = Number(m[1]);
  // A pull request's dotted number is the release it is for, counter or not (`[PATCH PULL v6.9 2/3]` among its patches).
  if (Number(m[2]) >= 10 || raw.split(".").length === 3 || dottedCount >= 2 || (pull && major >= 3)) return true;
  if (major >= 3 && plainMajors.some((v) => v !== major)) return true;
  return !hasCounter && major >= 4;
}

/**
 * Subjects read lately and their readings: one mail's subject is read by several modules in a row (its facts,
 * its summary, its cover-version hint: ~5% of a message's analysis when each read it again), and derive reads
 * each patch's title again for every notice and pull request it weighs. Readings are frozen, so no caller can
 * change what the next one gets; the cache is emptied when full rather than kept in order (a few MB at most).
 */
const readings = new Map<string, ParsedSubject>();
const MAX_READINGS = 8192;

/**
 * A subject -> title without prefixes, reply/forward flags, patch flags, version and n/N. A version may
 * also close the title: "(v3)" / "[v3]" always, "- v3" only behind a patch prefix, a bare "v3" never.
 * A robot's `[tree:branch n/N]` and a leading `[REGRESSION]`-style tag are reports, not patches (no n/N).
 */
export function parseSubject(subject: string): ParsedSubject {
  const known = readings.get(subject);
  if (known) return known;
  const parsed = readSubject(subject);
  Object.freeze(parsed.prefixes);
  // A hostile subject is not kept as a key (real ones are far shorter).
  if (subject.length > MAX_LEN) return Object.freeze(parsed);
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(subject, Object.freeze(parsed));
  return parsed;
}

function readSubject(subject: string): ParsedSubject {
  let s = subject.replace(/\s+/g, " ").trim().slice(0, MAX_LEN);
  const f: Flags = {
    prefixes: [], isPatch: false, isPull: false, isRfc: false, isResend: false, versions: [], dotted: 0, versionRaw: null,
    number: null, total: null, treeBranch: false, stableTree: null,
  };
  let isReply = false;
  let isForward = false;
  let pastedHeader = false;
  for (let guard = 0; guard < 100; guard++) {
    const reply = REPLY_RE.exec(s);
    if (reply) {
      isReply = true;
      s = s.slice(reply[0].length);
      continue;
    }
    const fwd = FORWARD_RE.exec(s);
    if (fwd) {
      isForward = true;
      s = s.slice(fwd[0].length);
      continue;
    }
    // mutt's forward: "[tytso@mit.edu: Re: [PATCH v4 03/16] ext4: add ...]", the whole subject bracketed
    // behind the quoted sender's address.
    const bracketed = MUTT_FORWARD_RE.exec(s);
    if (bracketed && matchingClose(s) === s.length - 1) {
      isForward = true;
      s = s.slice(bracketed[0].length, -1).trim();
      continue;
    }
    // Only behind a prefix (or before one): "Subject: the plan" alone is someone's title.
    const pasted = f.prefixes.length > 0 || s.startsWith("Subject: [") ? PASTED_SUBJECT_RE.exec(s) : null;
    if (pasted) {
      s = s.slice(pasted[0].length);
      pastedHeader = true;
      continue;
    }
    const broken = s.startsWith("[") ? (s.includes("]") ? null : BROKEN_OPEN_RE.exec(s)) : BROKEN_CLOSE_RE.exec(s);
    if (broken) {
      readBracket(broken[1]!, f);
      s = s.slice(broken[0].length);
      continue;
    }
    const pull = f.prefixes.length === 0 ? LEADING_PULL_RE.exec(s) : null;
    if (pull) {
      f.isPull = true;
      f.prefixes.push("pull");
      if (pull[1] !== undefined) f.versions.push({ raw: pull[1], rank: 3 });
      s = s.slice(pull[0].length);
      continue;
    }
    const word = f.prefixes.length === 0 ? LEADING_PATCH_WORD_RE.exec(s) : null;
    if (word) {
      readBracket(word[1]!, f);
      s = s.slice(word[0].length);
      continue;
    }
    const said = f.prefixes.length === 0 ? LEADING_RESEND_RE.exec(s) : null;
    if (said) {
      f.isResend = true;
      s = s.slice(said[0].length);
      continue;
    }
    const revised = f.prefixes.length === 0 ? LEADING_REVISED_RE.exec(s) : null;
    if (revised) {
      s = s.slice(revised[0].length);
      continue;
    }
    if (s.startsWith("[")) {
      const close = matchingClose(s);
      if (close < 0) break;
      // `[[PATCH v2] 1/9]`: a bracket nested in the prefix reads as one prefix.
      readBracket(s.slice(1, close).replace(/[[\]]/g, " "), f);
      // `[Patch 2/2]: title` (patchwork base-no-references-no-cover) has a stray colon.
      s = s.slice(close + 1).replace(/^\s*:?\s*/, "");
      continue;
    }
    break;
  }
  f.versionRaw = pickVersion(f);
  if (FORMAT_PATCH_LINE_RE.test(s)) s = "";
  const runIn = RUN_IN_HEADERS_RE.exec(s);
  if (runIn && runIn.index > 0) s = s.slice(0, runIn.index);
  // A robot's tree:branch tag without PATCH/RFC, or a leading report tag: the n/N is someone else's patch.
  const report = (f.treeBranch && !f.isPatch && !f.isRfc) || REPORT_TAGS.has(f.prefixes[0] ?? "") ||
    f.prefixes[0] === TIP_BOT_TAG || (!f.isPatch && !f.isRfc && NOTICE_RE.test(s));
  if (report) {
    f.number = null;
    f.total = null;
  }
  const resent = TRAILING_RESEND_RE.exec(s);
  if (resent && resent.index > 0) {
    f.isResend = true;
    s = s.slice(0, resent.index);
  }
  const ver = TRAILING_VER_RE.exec(s);
  const trailing = ver ? null : TRAILING_VERSION_RE.exec(s);
  if (ver && ver.index > 0) {
    f.versionRaw ??= (ver[1] ?? ver[2])!;
    s = s.slice(0, ver.index);
  } else if (trailing) {
    // On patch k of a series (`[PATCH 3/9] rcu/sync: x (v2)`) it counts that patch's own rounds (drm's habit): the
    // series' version is the bracket's, or none. A cover's or a lone patch's names the posting's version.
    const perPatch = f.number !== null && f.number > 0 && f.total !== null && f.total > 1;
    if (!perPatch) f.versionRaw ??= (trailing[1] ?? trailing[2])!;
    s = s.slice(0, trailing.index);
  } else if ((f.isPatch || f.isRfc || f.number !== null) && !f.isPull && !report) {
    // Only behind a patch prefix: a plain mail ending in "- v2" is more often about a product than a re-roll.
    const bare = TRAILING_BARE_VERSION_RE.exec(s);
    if (bare && (f.versionRaw === null || parseInt(f.versionRaw, 10) === Number(bare[2]))) {
      const head = s.slice(0, bare.index + 1);
      if (!NOT_BEFORE_BARE_VERSION.test(head)) {
        f.versionRaw ??= bare[2]!;
        s = head;
      }
    }
  }
  const major = f.versionRaw === null ? NaN : parseInt(f.versionRaw, 10);
  // `[PATCH v0 0/6]` (`v0.1`): the author's round before their v1, version 0, not a v1 with no version named.
  const hasVersion = Number.isFinite(major) && major >= 0;
  return {
    title: s.trim(),
    isReply,
    isForward,
    // The pasted header repeats the prefix: `[PATCH v7 0/2] Subject: [PATCH v7 0/2]` names PATCH once.
    prefixes: pastedHeader ? [...new Set(f.prefixes)] : f.prefixes,
    // `[net,v2,1/2]` (patchwork base-no-references) names no PATCH but is one: n/N in a bracket counts.
    isPatch: !report && (f.isPatch || f.isRfc || f.isPull || f.number !== null),
    isReport: report,
    isPull: f.isPull,
    isRfc: f.isRfc,
    isResend: f.isResend,
    version: hasVersion ? major : 1,
    versionInferred: !hasVersion,
    versionRaw: hasVersion ? f.versionRaw : null,
    number: f.number,
    total: f.total,
    ...(f.stableTree !== null ? { stableTree: f.stableTree } : {}),
  };
}

/** The revision among the bracket versions (best rank, first written); kernel releases become `stableTree`. */
function pickVersion(f: Flags): string | null {
  const patchBracket = f.isPatch || f.isRfc || f.number !== null;
  const plainMajors = f.versions.filter((c) => /^\d+$/.test(c.raw) && !(c.rank === 1 && patchBracket)).map((c) => Number(c.raw));
  let best: VersionCandidate | null = null;
  for (const c of f.versions) {
    if (c.rank === 1 && patchBracket) continue;
    if (isKernelRelease(c.raw, f.dotted, f.number !== null, plainMajors, f.isPull)) {
      f.stableTree ??= `${c.raw.split(".").slice(0, 2).join(".")}.y`;
      continue;
    }
    if (!best || c.rank > best.rank) best = c;
  }
  return best?.raw ?? null;
}

/** Index of the `]` closing the `[` at 0 (nested brackets counted); unbalanced, the first `]` (or -1). */
function matchingClose(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i;
  }
  return s.indexOf("]");
}

/**
 * The part letter of a patch numbered `6a/10` (`[PATCH 6b/10]` -> "b"): patch 6 sent in parts. Null for a plain n/N.
 */
export function numberPart(subject: string): string | null {
  const open = subject.indexOf("[");
  if (open < 0) return null;
  const close = subject.indexOf("]", open);
  for (const tok of subject.slice(open + 1, close < 0 ? undefined : close).split(/[\s,]+/)) {
    const m = PART_NUMBER_RE.exec(tok);
    if (m) return m[2]!.toLowerCase();
  }
  return null;
}

/**
 * A subject whose only tag is an explicit version ("[V4] title"): no PATCH or other word, no n/N, not a reply or
 * forward. Its sender's next mails may be the patches it covers (lib/thread) and its body their changelog.
 */
export function isVersionOnlyTag(s: ParsedSubject): boolean {
  return !s.isReply && !s.isForward && !s.versionInferred && s.prefixes.length === 0 && s.number === null;
}

/**
 * A subject with no bracket tag at all whose title ends " vN" ("bdi cleanups v3", "add a ->free_disk
 * block_device_operation v2"): the title before it and N. Null for a tagged, reply, forwarded or pull subject.
 */
export function untaggedTitleVersion(s: ParsedSubject): { title: string; version: number } | null {
  if (s.isPatch || s.isReply || s.isForward || s.isPull || s.prefixes.length > 0) return null;
  const m = UNTAGGED_TITLE_VERSION_RE.exec(s.title);
  return m ? { title: m[1]!, version: Number(m[2]) } : null;
}

const UNTAGGED_TITLE_VERSION_RE = /^(.*\S),?\s+v(\d{1,3})$/i;
