import type { Address } from "../mail/types";
import { isVersionOnlyTag, numberPart, untaggedTitleVersion } from "../mail/parse-subject";
import { isLoginName } from "../mail/is-login-name";
import { normalizePersonName } from "./merge-identities";
import { releaseTag } from "./release-tag";
import { sendBatchOf } from "./send-batch-of";
import { timeOf } from "./time-of";
import { normalizeTitle, titleTokens, tokenJaccard } from "./title-similarity";
import type { MessageRole, Posting, PostingPatch, SummaryWithSubject, ThreadSet } from "./types";

/** Unthreaded patches of one author join an open posting only if sent this close to its last message. */
export const UNTHREADED_WINDOW_MS = 60 * 60 * 1000;

const MAX_DEPTH = 1_000_000;
/** How far up a thread a diff-less patch subject looks for the patch it answers. */
const MAX_ANCESTOR_STEPS = 1000;

export interface GroupedSeries {
  postings: Posting[];
  roleOf: Map<string, MessageRole>;
  /** Index into `postings` for every cover, patch and comment. */
  postingOf: Map<string, number>;
}

interface Draft {
  coverId: string | null;
  nakedCover: boolean;
  patches: Map<number, PostingPatch>;
  version: number;
  versionInferred: boolean;
  total: number | null;
  /** A posting made of one unnumbered `[PATCH]` takes nothing else. */
  unnumbered: boolean;
  authorEmail: string;
  author: Address | null;
  firstDate: number;
  lastDate: number;
  replyIds: string[];
  /** Numbers held for the patches sent in the same run as its cover: no other mail takes them. */
  reserved?: Set<number>;
  /** The kernel release its first message's tags target (`releaseTag`), "" for none. */
  release: string;
}


function emailOf(m: SummaryWithSubject): string {
  return typeof m.from?.email === "string" ? m.from.email.toLowerCase() : "";
}

/** Messages in (date, number, id) order; undated ones last. Keys computed once (60,000 messages). */
function sortByDate(messages: Iterable<SummaryWithSubject>): SummaryWithSubject[] {
  const keyed = [...messages].map((m) => {
    const t = timeOf(m.date);
    return { m, t: Number.isNaN(t) ? Number.MAX_SAFE_INTEGER : t, n: m.parsedSubject.number ?? 1 };
  });
  keyed.sort((a, b) => a.t - b.t || a.n - b.n || (a.m.messageId < b.m.messageId ? -1 : 1));
  return keyed.map((k) => k.m);
}

function sameSubject(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();
}

function isCoverSubject(m: SummaryWithSubject): boolean {
  const s = m.parsedSubject;
  return !s.isReply && !s.isForward && s.number === 0;
}

const PATCH_WORD_RE = /^(?:patch|patches|patchset|rfc)(?:-|$)/;

/** A build robot's report or a `[REGRESSION]`-led mail (parseSubject's isReport): about a patch, even when it quotes a diff. */
function isReportSubject(s: SummaryWithSubject["parsedSubject"]): boolean {
  return (s.isReport || isCommitNotice(s)) && !s.isPull;
}

/** `irqchip:` then `irq/irqchip-next`: a tree's name and one of its branches. */
const NOTICE_TREE_RE = /^[a-z][\w.+-]*:$/;
const NOTICE_BRANCH_RE = /^[\w.+-]+\/[\w.\/+-]+$/;

/**
 * A commit bot's notice that a patch was applied (`[irqchip: irq/irqchip-next] title`, the same bot's
 * form as the `[tip: sched/core]` parseSubject reports): a tree and a branch, no PATCH/RFC, no n/N.
 * It carries the applied diff, but it is a report about the posting, not a posting.
 */
function isCommitNotice(s: SummaryWithSubject["parsedSubject"]): boolean {
  return !s.isPatch && !s.isRfc && NOTICE_TREE_RE.test(s.prefixes[0] ?? "") && NOTICE_BRANCH_RE.test(s.prefixes[1] ?? "");
}

/** `PATCH: title`, `Patch for x`: the word without its brackets. */
const BARE_PATCH_WORD_RE = /^patch\b/i;

/**
 * A subject tag that announces a posting: PATCH/RFC/n/N, any bracket tag but a report's (`[net,v3]`,
 * `[iptables]`), or a bare leading "PATCH".
 */
function hasPostingPrefix(s: SummaryWithSubject["parsedSubject"]): boolean {
  if (s.isReport || isCommitNotice(s)) return false;
  return s.isPatch || s.prefixes.length > 0 || BARE_PATCH_WORD_RE.test(s.title);
}

/**
 * patchwork's rule (a diff or a pull request, not a reply) plus numbered subjects that say PATCH/RFC:
 * a bare `[v2 2/2]` without a diff is the author answering, not a patch.
 */
function isPatchMessage(m: SummaryWithSubject): boolean {
  const s = m.parsedSubject;
  if (s.isReply || s.isForward || s.number === 0 || isReportSubject(s)) return false;
  return m.hasDiff || s.isPull || (s.number !== null && s.prefixes.some((p) => PATCH_WORD_RE.test(p)));
}

/**
 * A diff-less mail whose only subject tag is an explicit version ("[V4] title", no PATCH, no n/N), sent in the
 * same git-send-email/b4 run as the patch below it (shared Message-ID stem, first in the run): that run's cover.
 */
function isVersionTaggedRunCover(cover: SummaryWithSubject, patch: SummaryWithSubject): boolean {
  if (!isVersionOnlyTag(cover.parsedSubject)) return false;
  const a = sendBatchOf(cover.messageId);
  const b = sendBatchOf(patch.messageId);
  return a !== null && b !== null && a.stem === b.stem && a.seq !== null && b.seq !== null && a.seq < b.seq;
}

/** The mail's own headers name a parent (seen or not): it answers something. */
function isThreaded(m: SummaryWithSubject): boolean {
  return m.inReplyTo.length > 0 || m.references.length > 0;
}

/**
 * Groups covers and patches into postings (one sending of one version of a series) and classifies
 * every message as cover, patch, comment or other. One git-send-email/b4 run (`sendBatchOf`) with a
 * cover is one posting first of all, whatever its subjects and threading say. A diff in a reply is a patch only under a posting
 * prefix (or the author's own orphaned patch); someone else's mail repeating a patch's subject and diff
 * under it (an Outlook reply quoting it) is a comment. Threading decides first; unthreaded patches, and threaded
 * ones that do not fit the posting they answer, join an open posting of the same author, version and
 * total within `UNTHREADED_WINDOW_MS`; otherwise a patch whose number is already taken, or whose
 * explicit version differs, starts a new posting. A cover whose subject names no version takes the
 * version of the patches sent with it when they agree (else its changelog hint). A cover sent hours after its
 * patches in reply to them covers them, and a cover sent alone and again with its patches soon after is a
 * comment of the second sending (`foldCovers`).
 */
export function groupSeries(messages: readonly SummaryWithSubject[], threads: ThreadSet): GroupedSeries {
  const byId = new Map<string, SummaryWithSubject>();
  for (const m of messages) if (!byId.has(m.messageId)) byId.set(m.messageId, m);
  const parentOf = (id: string): string | null => threads.parentOf.get(id) ?? null;

  const roleOf = new Map<string, MessageRole>();
  const naked = new Set<string>();
  for (const m of byId.values()) {
    if (isCoverSubject(m)) roleOf.set(m.messageId, "cover");
    else if (isPatchMessage(m)) roleOf.set(m.messageId, "patch");
  }
  // A diff inside a thread posts a patch only under a posting prefix, or sent by the author right under
  // their own cover or patch (patchwork's orphaned patch): a "how about this" diff under a new subject
  // (`foo (was: Re: ...)`) is a comment of the discussion it answers.
  const bare: string[] = [];
  for (const m of byId.values()) {
    if (roleOf.get(m.messageId) === "patch" && isThreaded(m) && !hasPostingPrefix(m.parsedSubject)) bare.push(m.messageId);
  }
  for (const id of bare) {
    const m = byId.get(id)!;
    const parent = byId.get(m.inReplyTo[0] ?? m.references[m.references.length - 1] ?? "");
    const underOwn = parent !== undefined && emailOf(m) !== "" && emailOf(parent) === emailOf(m) &&
      hasPostingPrefix(parent.parsedSubject) && !parent.parsedSubject.isReply && roleOf.has(parent.messageId);
    if (!underOwn) roleOf.delete(id);
  }
  // A diff-less "patch" threaded under the patch of the same n/N (no "Re:") answers it; so does one threaded
  // under a reply to that patch (its nearest cover or patch above), when it repeats the patch's title.
  for (const m of byId.values()) {
    const s = m.parsedSubject;
    if (roleOf.get(m.messageId) !== "patch" || m.hasDiff || s.isPull) continue;
    let pid = parentOf(m.messageId);
    let direct = true;
    for (let steps = 0; pid !== null && steps < MAX_ANCESTOR_STEPS && !roleOf.has(pid); steps++) {
      pid = parentOf(pid);
      direct = false;
    }
    const parent = pid === null ? undefined : byId.get(pid);
    if (!parent || roleOf.get(parent.messageId) !== "patch") continue;
    const ps = parent.parsedSubject;
    if (ps.number === s.number && ps.total === s.total && (direct || normalizeTitle(ps.title) === normalizeTitle(s.title))) roleOf.delete(m.messageId);
  }
  // stgit's "[PATCHSET k/N] title" (several patchsets sent at once): k numbers the patchset, not a patch.
  // Without a diff of its own and with patches threaded right below it, it is their cover letter.
  // Messages with a patch threaded right below them, as the roles stand when asked.
  const parentsOfPatches = (): Set<string> => {
    const parents = new Set<string>();
    for (const m of byId.values()) {
      const pid = roleOf.get(m.messageId) === "patch" ? parentOf(m.messageId) : null;
      if (pid !== null) parents.add(pid);
    }
    return parents;
  };
  const underPatchset = parentsOfPatches();
  for (const m of byId.values()) {
    const s = m.parsedSubject;
    if (roleOf.get(m.messageId) !== "patch" || m.hasDiff || s.isPull || !s.prefixes.includes("patchset") || !underPatchset.has(m.messageId)) continue;
    roleOf.set(m.messageId, "cover");
    naked.add(m.messageId);
  }
  // A cover letter numbered like a patch by mistake (`[PATCH 1/4] <the series' title>`, no diff): its sender's
  // patches are threaded right below it, and one of them is the real `1/4`, with a diff and the same count.
  const numberedCovers: string[] = [];
  for (const m of byId.values()) {
    const s = m.parsedSubject;
    if (!s.isPatch || s.number === null || s.number === 0 || s.total === null || m.hasDiff || s.isPull || isThreaded(m)) continue;
    if (roleOf.get(m.messageId) !== "patch" || !underPatchset.has(m.messageId) || !emailOf(m)) continue;
    numberedCovers.push(m.messageId);
  }
  if (numberedCovers.length > 0) {
    const want = new Set(numberedCovers);
    const twin = new Set<string>();
    for (const m of byId.values()) {
      const pid = roleOf.get(m.messageId) === "patch" && m.hasDiff ? parentOf(m.messageId) : null;
      const parent = pid === null || !want.has(pid) ? undefined : byId.get(pid);
      if (!parent || emailOf(m) !== emailOf(parent)) continue;
      const s = m.parsedSubject;
      const ps = parent.parsedSubject;
      if (s.number === ps.number && s.total === ps.total && s.version === ps.version && s.versionInferred === ps.versionInferred) twin.add(pid!);
    }
    for (const id of twin) {
      roleOf.set(id, "cover");
      naked.add(id);
    }
  }
  // Someone else's diff-less mail right under a cover, with the cover's own subject (no "Re:"; same title,
  // version and total) and nothing posted under it: a test report answering the series (LKFT's
  // "[PATCH 00/41] ..."), not a new posting.
  const patchParents = parentsOfPatches();
  for (const m of byId.values()) {
    if (roleOf.get(m.messageId) !== "cover" || m.hasDiff || patchParents.has(m.messageId)) continue;
    const pid = parentOf(m.messageId);
    const parent = pid === null ? undefined : byId.get(pid);
    if (!parent || roleOf.get(parent.messageId) !== "cover" || !emailOf(m) || emailOf(m) === emailOf(parent)) continue;
    const s = m.parsedSubject;
    const ps = parent.parsedSubject;
    if (s.version === ps.version && s.total === ps.total && normalizeTitle(s.title) === normalizeTitle(ps.title)) roleOf.delete(m.messageId);
  }
  // Someone else's mail under a patch, with its very subject (no "Re:") and diff: an Outlook-style reply
  // quoting the whole patch below the answer, not a posting (a pick-up of the patch says `v2` at least).
  for (const m of byId.values()) {
    const pid = parentOf(m.messageId);
    const parent = pid === null ? undefined : byId.get(pid);
    if (roleOf.get(m.messageId) !== "patch" || !parent || roleOf.get(parent.messageId) !== "patch") continue;
    const id = m.diffFingerprint?.patchId;
    if (!id || id !== parent.diffFingerprint?.patchId || emailOf(m) === emailOf(parent)) continue;
    if (sameSubject(m.subject, parent.subject)) roleOf.delete(m.messageId);
  }
  // b4's naked cover letter: a thread root by the patch's own author, neither patch nor reply nor diff. A cover
  // titled only "[V4] title" that answers the previous version's thread is one too when the patch was sent in
  // the same run (one git-send-email stem): selinux's libselinux covers.
  for (const m of byId.values()) {
    if (roleOf.get(m.messageId) !== "patch") continue;
    const pid = parentOf(m.messageId);
    const parent = pid === null ? undefined : byId.get(pid);
    if (!parent || roleOf.has(parent.messageId)) continue;
    if (parentOf(parent.messageId) !== null && !isVersionTaggedRunCover(parent, m)) continue;
    const ps = parent.parsedSubject;
    if (ps.isReply || ps.isForward || parent.hasDiff || isReportSubject(ps) || !emailOf(parent) || emailOf(parent) !== emailOf(m)) continue;
    roleOf.set(parent.messageId, "cover");
    naked.add(parent.messageId);
  }
  // A pull request mailed with its patches by one git-send-email run (`pull-request: can 2020-11-27`, then `[net
  // 1/6] x`..`[net 6/6] y` in reply to it, no 0/6): their cover. Left a posting of its own, its patches were a
  // coverless set that linked as the next round of the one patch of theirs carried first.
  for (const m of byId.values()) {
    if (roleOf.get(m.messageId) !== "patch" || !m.hasDiff || m.parsedSubject.number === null) continue;
    const pid = parentOf(m.messageId);
    const parent = pid === null ? undefined : byId.get(pid);
    // (A pull numbered among its patches, `[GIT PULL 1/3]` before `[PATCH PULL 2/3]`, is left as it was.)
    if (!parent || roleOf.get(parent.messageId) !== "patch" || parent.hasDiff || !parent.parsedSubject.isPull || parent.parsedSubject.number !== null ||
      isThreaded(parent)) continue;
    const a = sendBatchOf(parent.messageId);
    const b = sendBatchOf(m.messageId);
    if (!emailOf(parent) || emailOf(parent) !== emailOf(m) || a === null || b === null || a.stem !== b.stem) continue;
    roleOf.set(parent.messageId, "cover");
    naked.add(parent.messageId);
  }

  const { segmentOf, demoted } = sendSegments(byId, roleOf, naked);

  const isMember = (id: string): boolean => {
    const r = roleOf.get(id);
    return r === "cover" || r === "patch";
  };
  const nearest = nearestMemberFinder(parentOf, isMember);

  const nameOf = namesByAddress(byId.values());
  const relayAuthors = commitAuthorsBySender(byId.values());
  const drafts: Draft[] = [];
  const postingOf = new Map<string, number>();
  const openByAuthor = new Map<string, number[]>();
  // Every cover is drafted before any patch: kept apart, in date order, so a patch finds the covers of
  // its own hour, not only the author's newest ones.
  const coversByAuthor = new Map<string, number[]>();
  const newDraft = (m: SummaryWithSubject, cover: boolean): number => {
    const s = m.parsedSubject;
    const t = timeOf(m.date);
    const idx = drafts.length;
    drafts.push({
      coverId: cover ? m.messageId : null,
      nakedCover: naked.has(m.messageId),
      patches: new Map(),
      version: s.version,
      versionInferred: s.versionInferred,
      total: naked.has(m.messageId) ? null : s.total,
      unnumbered: !cover && s.number === null,
      authorEmail: emailOf(m),
      author: m.from,
      firstDate: t,
      lastDate: t,
      replyIds: [],
      release: releaseTag(s),
    });
    const byAuthor = cover ? coversByAuthor : openByAuthor;
    const list = byAuthor.get(emailOf(m));
    if (list) list.push(idx);
    else byAuthor.set(emailOf(m), [idx]);
    return idx;
  };
  /**
   * Where `m` goes among `d`'s patches: its number when free; for a part (`6b/10`) of a patch whose number holds
   * only other parts of it (`6a/10`), the next key after them (number + k/100, the patch keeping its number).
   * Null when taken.
   */
  const slotOf = (d: Draft, m: SummaryWithSubject, number = m.parsedSubject.number ?? 1): number | null => {
    if (!d.patches.has(number)) return number;
    const part = numberPart(m.subject);
    if (part === null) return null;
    for (let k = 0; k < 100; k++) {
      const x = d.patches.get(number + k / 100);
      if (x === undefined) return number + k / 100;
      const other = numberPart(byId.get(x.messageId)?.subject ?? "");
      if (other === null || other === part) return null;
    }
    return null;
  };
  const addPatch = (idx: number, m: SummaryWithSubject, number = m.parsedSubject.number ?? 1): void => {
    const d = drafts[idx]!;
    const s = m.parsedSubject;
    const slot = slotOf(d, m, number) ?? number;
    d.patches.set(slot, { messageId: m.messageId, number, total: s.total ?? d.total ?? 1 });
    if (d.total === null && s.total !== null) d.total = s.total;
    const t = timeOf(m.date);
    if (!Number.isNaN(t)) {
      if (Number.isNaN(d.firstDate) || t < d.firstDate) d.firstDate = t;
      if (Number.isNaN(d.lastDate) || t > d.lastDate) d.lastDate = t;
    }
    postingOf.set(m.messageId, idx);
  };

  const sorted = sortByDate(byId.values());
  const coverIds: string[] = [];
  const versionedPatches: SummaryWithSubject[] = [];
  const unversionedPatches: SummaryWithSubject[] = [];
  for (const m of sorted) {
    const role = roleOf.get(m.messageId);
    if (role === "cover") coverIds.push(m.messageId);
    else if (role === "patch") (m.parsedSubject.versionInferred ? unversionedPatches : versionedPatches).push(m);
  }
  // A cover sent in a run speaks only for the patches of its own segment (not a stray file beside them).
  const ownPatch = (m: SummaryWithSubject, coverId: string): boolean => {
    const seg = segmentOf.get(coverId);
    return seg === undefined || segmentOf.get(m.messageId) === seg;
  };
  const coverVersions = unversionedCoverVersions(byId, coverIds, versionedPatches, unversionedPatches, parentOf, ownPatch);
  for (const id of coverIds) {
    const m = byId.get(id)!;
    const idx = newDraft(m, true);
    postingOf.set(m.messageId, idx);
    const v = coverVersions.get(m.messageId);
    if (v !== undefined) {
      drafts[idx]!.version = v.version;
      drafts[idx]!.versionInferred = v.inferred;
    }
    const seg = segmentOf.get(m.messageId);
    if (seg) {
      seg.home = idx;
      drafts[idx]!.reserved = new Set(seg.numberOf.values());
      // One sending, one version: when the cover and its patches disagree ("v3 0/4" over "v4 k/4"), the
      // version most patches name wins (the cover was copied from the last round), the cover breaking ties.
      const voted = majorityVersion(seg.patchIds.map((id) => byId.get(id)!.parsedSubject));
      if (voted !== null && (drafts[idx]!.versionInferred || voted !== drafts[idx]!.version)) {
        drafts[idx]!.version = voted;
        drafts[idx]!.versionInferred = false;
      }
    }
  }

  /** A number held for a patch of the cover's own sending, and `m` is not of it. */
  const heldFor = (d: Draft, m: SummaryWithSubject): boolean =>
    d.reserved !== undefined && d.reserved.has(m.parsedSubject.number ?? 1) && d.coverId !== null && segmentOf.get(d.coverId) !== segmentOf.get(m.messageId);
  const fitsThreaded = (d: Draft, m: SummaryWithSubject): boolean => {
    const s = m.parsedSubject;
    if (d.unnumbered || heldFor(d, m)) return false;
    if (s.number === null) {
      // An unnumbered patch only completes a cover that announced nothing more (bugs-unnumbered).
      return d.coverId !== null && d.patches.size === 0 && (d.total === null || d.total === 1) &&
        (s.versionInferred || s.version === d.version);
    }
    if (slotOf(d, m) === null) return false;
    if (!s.versionInferred && s.version !== d.version) return false;
    if (d.total === null || s.total === null || d.total === s.total || d.nakedCover) return true;
    // The cover's author miscounting ("00/21" over n/20 patches, "0/5" over n/6) still sent them under
    // it: within the numbers it announced, or sent with the rest (not a later second series in its
    // thread), with patches agreeing among themselves.
    const t = timeOf(m.date);
    const sentWithIt = !Number.isNaN(t) && !Number.isNaN(d.lastDate) && Math.abs(t - d.lastDate) <= UNTHREADED_WINDOW_MS;
    return d.coverId !== null && d.authorEmail !== "" && emailOf(m) === d.authorEmail && (s.number <= d.total || (sentWithIt && s.number <= s.total)) &&
      [...d.patches.values()].every((x) => x.total === s.total);
  };
  const fitsUnthreaded = (d: Draft, m: SummaryWithSubject): boolean => {
    const s = m.parsedSubject;
    if (s.number === null || d.unnumbered || d.nakedCover || heldFor(d, m)) return false;
    // A cover whose subject names no version (its changelog does) and patches whose subjects name none
    // either were labelled alike: the version read from the changelog is no reason to part them.
    if (slotOf(d, m) === null || (s.version !== d.version && !(s.versionInferred && d.versionInferred))) return false;
    if (d.total !== null && s.total !== null && d.total !== s.total) return false;
    // AUTOSEL 4.14 and AUTOSEL 4.19 of the same batch, seconds apart: one change queued for two trees.
    if (releaseTag(s) !== d.release) return false;
    const t = timeOf(m.date);
    if (Number.isNaN(t) || Number.isNaN(d.lastDate)) return false;
    return Math.abs(t - d.lastDate) <= UNTHREADED_WINDOW_MS || Math.abs(t - d.firstDate) <= UNTHREADED_WINDOW_MS;
  };
  const place = (m: SummaryWithSubject): void => {
    // Sent by one command with its cover (or the batch's first patch): it belongs with them, whatever
    // it replies to and whatever its subject says, unless its number is taken there.
    const seg = segmentOf.get(m.messageId);
    if (seg && seg.home >= 0) {
      const n = seg.numberOf.get(m.messageId) ?? m.parsedSubject.number ?? 1;
      if (!drafts[seg.home]!.patches.has(n)) return addPatch(seg.home, m, n);
    }
    // The first patch of an uncovered run takes the run to a posting only where none of the run's numbers
    // is taken: another run's `2/2` sent a minute before is another posting, not this run's second patch.
    const runNumbers = seg && seg.home < 0 ? new Set(seg.numberOf.values()) : null;
    placeByThread(m, runNumbers);
    if (seg && seg.home < 0) seg.home = postingOf.get(m.messageId) ?? -1;
  };
  const takesNone = (d: Draft, numbers: ReadonlySet<number> | null): boolean =>
    numbers === null || ![...numbers].some((n) => d.patches.has(n));
  const placeByThread = (m: SummaryWithSubject, runNumbers: ReadonlySet<number> | null = null): void => {
    const anc = nearest(m.messageId);
    if (anc !== null) {
      const idx = postingOf.get(anc);
      if (idx !== undefined && fitsThreaded(drafts[idx]!, m) && takesNone(drafts[idx]!, runNumbers)) return addPatch(idx, m);
    }
    // Unthreaded, or threaded under a posting it does not fit (a v3 sent in reply to the v1 cover, a
    // series shallow-threaded into a discussion, each patch a sibling of its cover): it joins the
    // author's posting of the same version and total sent with it, else starts one.
    addPatch(openPostingFor(m, runNumbers) ?? newDraft(m, false), m);
  };
  /** The author's open posting that `m` completes (`fitsUnthreaded`, nearest in time, holding none of `runNumbers`), if any. */
  const openPostingFor = (m: SummaryWithSubject, runNumbers: ReadonlySet<number> | null): number | null => {
    let best = -1;
    let bestGap = Infinity;
    // Newest postings last; look back only a few, the window is short.
    const scan = (candidates: readonly number[], from: number): void => {
      for (let i = from, seen = 0; i >= 0 && seen < 32; i--, seen++) {
        const idx = candidates[i]!;
        const d = drafts[idx]!;
        if (!fitsUnthreaded(d, m) || !takesNone(d, runNumbers)) continue;
        const gap = Math.abs(timeOf(m.date) - d.lastDate);
        if (gap < bestGap) {
          best = idx;
          bestGap = gap;
        }
      }
    };
    const open = openByAuthor.get(emailOf(m)) ?? [];
    scan(open, open.length - 1);
    const covers = coversByAuthor.get(emailOf(m)) ?? [];
    const t = timeOf(m.date);
    if (!Number.isNaN(t)) scan(covers, lastCoverBefore(covers, t + UNTHREADED_WINDOW_MS));
    return best >= 0 ? best : null;
  };
  /** Index of the last cover (date-ordered, undated last) dated at or before `t`; -1 when none. */
  const lastCoverBefore = (covers: readonly number[], t: number): number => {
    let lo = 0;
    let hi = covers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = drafts[covers[mid]!]!.firstDate;
      if (!Number.isNaN(c) && c <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };

  // Ancestors first (explicit stack), so a deep-threaded patch finds its predecessor's posting.
  for (const m of sorted) {
    if (roleOf.get(m.messageId) !== "patch" || postingOf.has(m.messageId)) continue;
    const stack = [m];
    const onStack = new Set([m.messageId]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const anc = nearest(top.messageId);
      if (anc !== null && !postingOf.has(anc) && !onStack.has(anc)) {
        const a = byId.get(anc);
        if (a) {
          stack.push(a);
          onStack.add(anc);
          continue;
        }
      }
      stack.pop();
      if (!postingOf.has(top.messageId)) place(top);
    }
  }
  joinSplitSendings(drafts, byId, parentOf, postingOf);

  for (const m of sorted) {
    if (roleOf.has(m.messageId) || demoted.has(m.messageId)) continue;
    const anc = nearest(m.messageId);
    const idx = anc === null ? undefined : postingOf.get(anc);
    if (idx === undefined) {
      roleOf.set(m.messageId, "other");
      continue;
    }
    roleOf.set(m.messageId, "comment");
    postingOf.set(m.messageId, idx);
    drafts[idx]!.replyIds.push(m.messageId);
  }

  // The same cover sent twice by one command, or a stray patch file sent in a covered run: a comment of
  // the run's posting.
  for (const [id, kept] of demoted) {
    const idx = postingOf.get(kept);
    if (idx === undefined) {
      roleOf.set(id, "other");
      continue;
    }
    roleOf.set(id, "comment");
    postingOf.set(id, idx);
    drafts[idx]!.replyIds.push(id);
  }

  const kept = foldCovers(drafts, byId, parentOf, roleOf, postingOf);

  // Titles each address posted as its own work (no other in-body author): a relayed patch is that
  // author's own work again, and a sender carrying on its own earlier work relays nothing.
  const ownTitles = new Map<string, Set<string>>();
  for (const [id, role] of roleOf) {
    const m = byId.get(id);
    if (role !== "patch" || !m || !emailOf(m)) continue;
    const inBody = addressEmail(m.author);
    if (inBody && inBody !== emailOf(m)) continue;
    let set = ownTitles.get(emailOf(m));
    if (!set) ownTitles.set(emailOf(m), (set = new Set()));
    set.add(normalizeTitle(m.parsedSubject.title));
  }
  const postedOwn = (email: string, title: string): boolean => ownTitles.get(email)?.has(normalizeTitle(title)) === true;
  const postings = kept.map((d) => {
    const posting = finishPosting(d, byId, nameOf, postedOwn, relayAuthors);
    const titled = d.versionInferred ? bareCoverTitleVersion(posting, byId, parentOf) : null;
    if (!titled) return posting;
    // A changelog reaching past the title's vN ("Changes since v2" under "... v2") outranks a title left stale.
    const hint = posting.coverId === null ? null : byId.get(posting.coverId)?.coverVersionHint;
    if (typeof hint === "number" && hint > titled.version) return { ...posting, title: titled.title };
    return { ...posting, ...titled, versionInferred: false };
  });
  return { postings, roleOf, postingOf };
}

/** Patches of one sending naming another version come this close to the rest of it (`joinSplitSendings`). */
const SAME_SENDING_MS = 10 * 60 * 1000;

/**
 * One sending whose patches name different versions (`[PATCH 0/4]` over `[PATCH v2 1/4]`, `[PATCH 2/4]`,
 * `[PATCH v2 3/4]`, `[PATCH 4/4]`: the patches carried over from the last round bumped, the new ones not; or a
 * `[PATCH V3 3/9]` among `V2 k/9`) was drafted as two postings, one per version. An uncovered draft joins the
 * other, one posting, when every patch of it answers that draft's cover, one of its patches, or the parent one
 * of its patches answers (siblings under one cover id, even one the list never saw), or, that draft sent
 * unthreaded too, nothing; from the same sender, counted alike, in free numbers, for the same release, within
 * `SAME_SENDING_MS` of it. Its version is then the one most of its patches name (`majorityVersion`) unless a
 * cover names a higher one; a cover naming one breaks a tie, else the higher wins (the bindings'
 * `[PATCH 1/2 v2]` beside the driver's `[PATCH 2/2 v6]` are the driver's sixth round). Drafts emptied are
 * dropped, `postingOf` remapped. Patches of one git-send-email/b4 run were cut into postings by `sendSegments`,
 * which stands.
 */
function joinSplitSendings(
  drafts: Draft[],
  byId: Map<string, SummaryWithSubject>,
  parentOf: (id: string) => string | null,
  postingOf: Map<string, number>,
): void {
  const byAuthor = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (d.authorEmail === "" || d.total === null || d.total < 2 || d.unnumbered) return;
    const list = byAuthor.get(d.authorEmail);
    if (list) list.push(i);
    else byAuthor.set(d.authorEmail, [i]);
  });
  const gone = new Set<number>();
  const totalOf = (id: string): number | null => byId.get(id)?.parsedSubject.total ?? null;
  for (const list of byAuthor.values()) {
    if (list.length < 2) continue;
    for (const bi of list) {
      const b = drafts[bi]!;
      if (b.coverId !== null || b.patches.size === 0 || gone.has(bi)) continue;
      const own = [...b.patches.values()];
      if (own.some((x) => totalOf(x.messageId) !== b.total)) continue;
      let best = -1;
      let bestGap = Infinity;
      for (const ai of list) {
        const a = drafts[ai]!;
        if (ai === bi || gone.has(ai) || a.total !== b.total || a.release !== b.release) continue;
        if (a.version === b.version && a.versionInferred === b.versionInferred) continue;
        if (a.patches.size + b.patches.size > a.total! || [...b.patches.keys()].some((n) => a.patches.has(n))) continue;
        if ([...a.patches.values()].some((x) => totalOf(x.messageId) !== a.total)) continue;
        const ids = new Set([...a.patches.values()].map((x) => x.messageId));
        // One git-send-email run's patches were cut into postings by `sendSegments`: that stands.
        const stems = new Set([...ids, a.coverId ?? ""].map((id) => sendBatchOf(id)?.stem ?? ""));
        if (own.some((x) => stems.has(sendBatchOf(x.messageId)?.stem ?? "-"))) continue;
        const parents = new Set([...ids].map(parentOf).filter((x): x is string => x !== null));
        // Sent unthreaded (each mail its own command, as `--no-thread` does), the rest of it is unthreaded too.
        const loose = parents.size === 0 && (a.coverId === null || parentOf(a.coverId) === null);
        const answers = (id: string): boolean => {
          const p = parentOf(id);
          return p === null ? loose : p === a.coverId || ids.has(p) || parents.has(p);
        };
        let gap = 0;
        const fits = own.every((x) => {
          const t = timeOf(byId.get(x.messageId)?.date ?? null);
          if (Number.isNaN(t) || Number.isNaN(a.firstDate) || t < a.firstDate - SAME_SENDING_MS || t > a.lastDate + SAME_SENDING_MS) return false;
          gap = Math.max(gap, Math.min(Math.abs(t - a.firstDate), Math.abs(t - a.lastDate)));
          return answers(x.messageId);
        });
        if (fits && gap < bestGap) {
          best = ai;
          bestGap = gap;
        }
      }
      if (best < 0) continue;
      const a = drafts[best]!;
      for (const [n, x] of b.patches) {
        a.patches.set(n, x);
        postingOf.set(x.messageId, best);
      }
      a.firstDate = Math.min(a.firstDate, b.firstDate);
      a.lastDate = Math.max(a.lastDate, b.lastDate);
      a.replyIds.push(...b.replyIds);
      b.patches.clear();
      gone.add(bi);
      const subjects = [...a.patches.values()].map((x) => byId.get(x.messageId)!.parsedSubject);
      const cover = a.coverId === null ? undefined : byId.get(a.coverId)?.parsedSubject;
      const named = cover && !cover.versionInferred ? cover.version : null;
      const voted = majorityVersion(subjects) ?? (named !== null ? null : tiedHighest(subjects));
      // Stale numbers lag: a cover naming a higher version than its patches (`[v6 PATCH 0/7]` over the
      // `[v5 PATCH k/7]` files of the last round) is right, one naming a lower one (`v3 0/2` over `v4 k/2`) is not.
      if (voted !== null && (named === null || voted > named)) {
        a.version = voted;
        a.versionInferred = false;
      }
    }
  }
  if (gone.size === 0) return;
  const index = new Array<number>(drafts.length);
  let k = 0;
  drafts.forEach((d, i) => {
    if (!gone.has(i)) index[i] = k++;
  });
  for (const [id, i] of postingOf) postingOf.set(id, index[i]!);
  const kept = drafts.filter((_, i) => !gone.has(i));
  drafts.length = 0;
  drafts.push(...kept);
}

/**
 * The highest of the versions most subjects name when two or more tie (`1/2 v2` beside `2/2 v6`); null when one
 * has the most votes, or subjects naming none outnumber them (see `majorityVersion`).
 */
function tiedHighest(subjects: readonly SummaryWithSubject["parsedSubject"][]): number | null {
  const { votes, none } = versionVotes(subjects);
  const most = Math.max(0, ...votes.values());
  const tied = [...votes].filter(([, n]) => n === most).map(([v]) => v);
  return most === 0 || none > most || tied.length < 2 ? null : Math.max(...tied);
}

/** A cover letter sent in reply to its own patches joins them this long after the last one (`foldCovers`). */
export const LATE_COVER_MS = 24 * 3600 * 1000;
/** A cover sent alone is the same posting as the same cover sent again with its patches this soon (`foldCovers`). */
const COVER_AGAIN_MS = 6 * 3600 * 1000;
/** A cover sent alone, then its patches without threading, start within this (`foldCovers`). */
const COVER_THEN_RUN_MS = 2 * 60 * 1000;

/**
 * Folds two kinds of cover-only drafts into the posting they belong to, remapping `postingOf`; returns the
 * drafts left. A cover sent on its own hours after its patches, in reply to one of them (`[PATCH v7 0/4]`
 * 10 hours after `v7 1/4`..`4/4`, its version and count): that posting's cover. A cover sent alone and then
 * again, the same subject from the same sender, with its patches within `COVER_AGAIN_MS`: the first sending
 * is a comment of the second (the patches failed to go out), not a revision without patches; a RESEND tag
 * added, the count corrected, or a title cut short completed (`... for vendor`, then `... for vendor needs`)
 * on the way does not matter. Under the very same subject (version and count named alike) the second sending
 * may come up to a day (`LATE_COVER_MS`, exclusive) later (`[PATCH v3 0/7]` alone one evening, again with its patches the next
 * morning). Failing a sending with patches, a cover sent alone twice within `LATE_COVER_MS` under the very
 * same subject (the list got neither time's patches) is one sending: the first is a comment of the second. A
 * cover sent alone again after its sending with patches, under the very same subject within `COVER_AGAIN_MS`, is a
 * comment of that sending.
 */
function foldCovers(
  drafts: Draft[],
  byId: Map<string, SummaryWithSubject>,
  parentOf: (id: string) => string | null,
  roleOf: Map<string, MessageRole>,
  postingOf: Map<string, number>,
): Draft[] {
  const into = new Map<number, number>();
  // Each sender's covers with patches, by cover date: a lone cover looks only at the hours after it.
  const coversOf = new Map<string, { i: number; t: number }[]>();
  // And each sender's covers sent alone, by date: a second lone sending of the same cover.
  const loneOf = new Map<string, { i: number; t: number }[]>();
  drafts.forEach((d, i) => {
    const t = d.coverId === null ? NaN : timeOf(byId.get(d.coverId)?.date ?? null);
    if (d.coverId === null || d.authorEmail === "" || Number.isNaN(t)) return;
    const byAuthor = d.patches.size === 0 ? loneOf : coversOf;
    const list = byAuthor.get(d.authorEmail);
    if (list) list.push({ i, t });
    else byAuthor.set(d.authorEmail, [{ i, t }]);
  });
  // And each sender's complete runs of two or more patches without a cover, by their last patch's date.
  const runsOf = new Map<string, { i: number; t: number }[]>();
  drafts.forEach((d, i) => {
    if (d.coverId !== null || d.authorEmail === "" || d.total === null || d.total < 2 || d.patches.size !== d.total) return;
    for (let n = 1; n <= d.total; n++) if (!d.patches.has(n)) return;
    const list = runsOf.get(d.authorEmail);
    if (list) list.push({ i, t: d.lastDate });
    else runsOf.set(d.authorEmail, [{ i, t: d.lastDate }]);
  });
  for (const list of coversOf.values()) list.sort((a, b) => a.t - b.t);
  for (const list of loneOf.values()) list.sort((a, b) => a.t - b.t);
  for (const list of runsOf.values()) list.sort((a, b) => a.t - b.t);
  /** Index of the first entry sent after `t`. */
  const after = (list: { t: number }[], t: number): number => {
    let lo = 0;
    for (let hi = list.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.t <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The sender sent a cover alone within `COVER_THEN_RUN_MS` before `t` (a run's first patch). */
  const coverBefore = (email: string, t: number): boolean =>
    (loneOf.get(email) ?? []).some((x) => x.t <= t && t - x.t <= COVER_THEN_RUN_MS);
  /** The cover's subject names no version (its draft may carry one read from its changelog). */
  const coverNamesNone = (d: Draft): boolean => byId.get(d.coverId ?? "")?.parsedSubject.versionInferred === true;
  const sameVersion = (a: Draft, b: Draft): boolean => (a.versionInferred && b.versionInferred) || (!a.versionInferred && !b.versionInferred && a.version === b.version);
  drafts.forEach((c, ci) => {
    if (c.coverId === null || c.patches.size > 0 || c.authorEmail === "") return;
    const cover = byId.get(c.coverId);
    const t = timeOf(cover?.date ?? null);
    if (!cover || Number.isNaN(t)) return;
    const parent = parentOf(c.coverId);
    const di = parent === null || roleOf.get(parent) !== "patch" ? undefined : postingOf.get(parent);
    const d = di === undefined ? undefined : drafts[di];
    if (d && di !== ci && !into.has(di!) && d.coverId === null && d.authorEmail === c.authorEmail && sameVersion(c, d) && d.total !== null &&
      d.total === c.total && d.total > 1 && t >= d.lastDate && t - d.lastDate <= LATE_COVER_MS) {
      let all = true;
      for (let n = 1; n <= d.total; n++) if (!d.patches.has(n)) all = false;
      if (all) {
        d.coverId = c.coverId;
        d.nakedCover = c.nakedCover;
        d.replyIds.push(...c.replyIds);
        into.set(ci, di!);
        return;
      }
    }
    // A cover in reply to nothing, sent minutes after a complete run of patches of its count by its sender that had
    // none (`[PATCH 1/2]`, `[PATCH 2/2]`, then `[PATCH v2 0/2]` alone two minutes later: the cover went out on its
    // own): that run's cover, naming its version when the patches named none. Not a run that another lone cover
    // went out just before (a mailer that threads nothing: each cover, then its patches).
    // Such a mailer's cover followed within `COVER_THEN_RUN_MS` by its run is that run's cover too.
    if (parent === null && c.total !== null && c.total > 1) {
      const runs = runsOf.get(c.authorEmail) ?? [];
      const fits = (di: number): boolean => {
        const d = drafts[di]!;
        return !into.has(di) && d.coverId === null && d.total === c.total && (d.versionInferred || sameVersion(c, d));
      };
      const follows = runs.filter((x) => drafts[x.i]!.total === c.total && drafts[x.i]!.firstDate >= t && drafts[x.i]!.firstDate - t <= COVER_THEN_RUN_MS)
        .sort((a, b) => drafts[a.i]!.firstDate - drafts[b.i]!.firstDate);
      let home = follows.length > 0 ? (fits(follows[0]!.i) ? follows[0]!.i : -1) : -1;
      for (let k = after(runs, t) - 1; follows.length === 0 && k >= 0 && t - runs[k]!.t <= SAME_SENDING_MS; k--) {
        if (fits(runs[k]!.i) && !coverBefore(c.authorEmail, drafts[runs[k]!.i]!.firstDate)) {
          home = runs[k]!.i;
          break;
        }
      }
      if (home >= 0) {
        const d = drafts[home]!;
        d.coverId = c.coverId;
        d.nakedCover = c.nakedCover;
        d.replyIds.push(...c.replyIds);
        if (d.versionInferred && !c.versionInferred) {
          d.version = c.version;
          d.versionInferred = false;
        }
        into.set(ci, home);
        return;
      }
    }
    const later = coversOf.get(c.authorEmail) ?? [];
    // The same title (a RESEND tag added, the count corrected: `v2 00/12` then `v2 00/11` a minute later), or
    // one cut short and completed with the same version and count.
    const title = normalizeTitle(cover.parsedSubject.title);
    const s = cover.parsedSubject;
    for (let k = after(later, t); k < later.length && later[k]!.t - t < LATE_COVER_MS && title !== ""; k++) {
      const ei = later[k]!.i;
      const e = drafts[ei]!;
      // (A first cover naming no version, the same cover naming it minutes later: `00/13`, then `v2 00/13`.)
      if (ei === ci || into.has(ei) || !(sameVersion(c, e) || (c.versionInferred && coverNamesNone(c)))) continue;
      const again = byId.get(e.coverId!);
      if (!again) continue;
      const soon = later[k]!.t - t <= COVER_AGAIN_MS;
      const as = again.parsedSubject;
      const same = normalizeTitle(as.title) === title;
      const sameCount = s.total !== null && s.total === as.total;
      const completed = soon && sameCount && sameVersion(c, e) && titleCutShort(title, normalizeTitle(as.title));
      // Past `COVER_AGAIN_MS` (less than a day later): only the very same subject, version and count named alike.
      const identical = same && sameCount && s.version === as.version && s.versionInferred === as.versionInferred && s.isResend === as.isResend;
      if (!(soon ? same || completed : identical)) continue;
      roleOf.set(c.coverId, "comment");
      e.replyIds.push(c.coverId, ...c.replyIds);
      into.set(ci, ei);
      return;
    }
    const lone = loneOf.get(c.authorEmail) ?? [];
    for (let k = after(lone, t); k < lone.length && lone[k]!.t - t < LATE_COVER_MS && title !== ""; k++) {
      const ei = lone[k]!.i;
      const e = drafts[ei]!;
      const again = ei === ci || into.has(ei) ? undefined : byId.get(e.coverId!);
      if (!again || !sameSubject(again.subject, cover.subject)) continue;
      roleOf.set(c.coverId, "comment");
      e.replyIds.push(c.coverId, ...c.replyIds);
      into.set(ci, ei);
      return;
    }
    // The cover sent once more on its own after the whole sending, under the very same subject, within
    // `COVER_AGAIN_MS` (`[PATCH v3 00/20]` again 40 minutes later, its patches not): a comment of that sending.
    for (let k = after(later, t) - 1; k >= 0 && t - later[k]!.t <= COVER_AGAIN_MS && title !== ""; k--) {
      const ei = later[k]!.i;
      const first = ei === ci || into.has(ei) ? undefined : byId.get(drafts[ei]!.coverId!);
      if (!first || !sameSubject(first.subject, cover.subject)) continue;
      roleOf.set(c.coverId, "comment");
      drafts[ei]!.replyIds.push(c.coverId, ...c.replyIds);
      into.set(ci, ei);
      return;
    }
  });
  if (into.size === 0) return drafts;
  const index = new Array<number>(drafts.length);
  const kept: Draft[] = [];
  drafts.forEach((d, i) => {
    if (!into.has(i)) index[i] = kept.push(d) - 1;
  });
  const target = (i: number): number => {
    let j = i;
    for (let steps = 0; into.has(j) && steps < drafts.length; steps++) j = into.get(j)!;
    return index[j]!;
  };
  for (const [id, i] of postingOf) postingOf.set(id, target(i));
  return kept;
}

/**
 * One normalised title is the other cut short: its first words, three at least, one or two words missing at the
 * end (`introduce max_timeout_count in sdhci_host for vendor` and `... for vendor needs`).
 */
function titleCutShort(a: string, b: string): boolean {
  const x = a.split(" ");
  const y = b.split(" ");
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 3 || long.length - short.length < 1 || long.length - short.length > 2) return false;
  return short.every((w, i) => w === long[i]);
}

/**
 * A cover whose subject has no bracket tag ("bdi cleanups v3") over "[PATCH k/N]" patches threaded below it
 * that name no version: its title's trailing " vN" is the version the tags would have carried. Null otherwise
 * (a tagged cover's "add the PMIC arbiter v8" stays a title).
 */
function bareCoverTitleVersion(
  p: Posting,
  byId: Map<string, SummaryWithSubject>,
  parentOf: (id: string) => string | null,
): { title: string; version: number } | null {
  const cover = p.coverId === null ? undefined : byId.get(p.coverId);
  if (!cover || p.patches.length === 0) return null;
  const titled = untaggedTitleVersion(cover.parsedSubject);
  if (!titled || titled.version < 1) return null;
  const own = new Set([cover.messageId, ...p.patches.map((x) => x.messageId)]);
  for (const x of p.patches) {
    const ps = byId.get(x.messageId)?.parsedSubject;
    if (!ps || !ps.isPatch || !ps.versionInferred || ps.number === null) return null;
    const parent = parentOf(x.messageId);
    if (parent === null || !own.has(parent)) return null;
  }
  return titled;
}

/** Part of one sending: a cover (maybe) and the patches sent after it, before the next cover. */
interface Segment {
  coverId: string | null;
  patchIds: string[];
  /** Number of each patch within the posting: its subject's, or its rank when unnumbered under a cover. */
  numberOf: Map<string, number>;
  /** Draft the segment's messages go to, once known (-1 before). */
  home: number;
}

/**
 * Cuts each sending (same `sendBatchOf` stem and sender, within `UNTHREADED_WINDOW_MS`) into segments: a
 * new one at each cover (the files sent twice come with their cover twice). A cover that repeats the
 * one before it with no patch between (a b4-style root plus a `[PATCH 0/N]`, the same cover twice) is
 * folded in: the real `0/N` cover stays, the other is demoted (returned with the cover kept), and so is an
 * unnumbered patch for which the cover announced no free number, posted before (a stale file), and a
 * second copy of a number whose diff the run sends anyway (`dropStaleCopies`); a copy counted other than the
 * cover beside one counted like it is another series' file and leaves the run. A cover sent after the run's
 * patches covers them (`coverSentLast`). Patches without a cover form
 * a segment only when numbered with one total (or one extra last patch counted one higher, `extraLast`):
 * two unnumbered `[PATCH]`es sent together are two changes.
 */
function sendSegments(
  byId: Map<string, SummaryWithSubject>,
  roleOf: Map<string, MessageRole>,
  naked: Set<string>,
): { segmentOf: Map<string, Segment>; demoted: Map<string, string> } {
  /** A mail's patch-id, "" for one without a diff. */
  const patchIdOf = (id: string): string => byId.get(id)?.diffFingerprint?.patchId ?? "";
  const batches = new Map<string, { m: SummaryWithSubject; seq: number | null }[]>();
  for (const m of byId.values()) {
    const role = roleOf.get(m.messageId);
    if (role !== "cover" && role !== "patch") continue;
    const b = sendBatchOf(m.messageId);
    if (!b || !emailOf(m)) continue;
    const key = `${b.stem}\n${emailOf(m)}`;
    const list = batches.get(key);
    if (list) list.push({ m, seq: b.seq });
    else batches.set(key, [{ m, seq: b.seq }]);
  }
  const segmentOf = new Map<string, Segment>();
  const demoted = new Map<string, string>();
  // (author, title) -> patches, built on the first stray: most archives have none.
  let earlier: Map<string, SummaryWithSubject[]> | null = null;
  const authorTitle = (m: SummaryWithSubject): string => `${emailOf(m)}\n${normalizeTitle(m.parsedSubject.title)}`;
  /** The author's patches under `m`'s title sent before it in other sendings. */
  const sentBefore = (m: SummaryWithSubject): SummaryWithSubject[] => {
    if (!earlier) {
      earlier = new Map();
      for (const o of byId.values()) {
        if (roleOf.get(o.messageId) !== "patch" || !emailOf(o)) continue;
        const k = authorTitle(o);
        const list = earlier.get(k);
        if (list) list.push(o);
        else earlier.set(k, [o]);
      }
    }
    const t = timeOf(m.date);
    return (earlier.get(authorTitle(m)) ?? []).filter((o) =>
      o !== m && sendBatchOf(o.messageId)?.stem !== sendBatchOf(m.messageId)?.stem && timeOf(o.date) < t);
  };
  const postedBefore = (m: SummaryWithSubject): boolean => sentBefore(m).some((o) => o.parsedSubject.version >= m.parsedSubject.version);
  /**
   * Unnumbered `m` is the explicit next version of the author's own earlier lone `[PATCH]` under its title (`[PATCH
   * -next v2] x` after `[PATCH -next] x`): another change's file swept into a run, not the cover's lost patch.
   */
  const nextOfLone = (m: SummaryWithSubject): boolean => !m.parsedSubject.versionInferred &&
    sentBefore(m).some((o) => o.parsedSubject.number === null && o.parsedSubject.version < m.parsedSubject.version);
  /**
   * `m` is the last patch of an uncovered run counted one higher than the rest (`v5 1/3`..`3/3`, then `v5 4/4`
   * in the same run): same version, its number its total, the run's patches 1..total all there before it.
   */
  const extraLast = (seg: Segment, m: SummaryWithSubject): boolean => {
    const s = m.parsedSubject;
    const first = byId.get(seg.patchIds[0] ?? "")?.parsedSubject;
    if (!first || first.total === null || s.total !== first.total + 1 || s.number !== s.total || seg.patchIds.length !== first.total) return false;
    return seg.patchIds.every((id, k) => {
      const ps = byId.get(id)?.parsedSubject;
      return ps !== undefined && ps.total === first.total && ps.number === k + 1 && ps.version === s.version && ps.versionInferred === s.versionInferred;
    });
  };
  /**
   * A number sent twice under one cover in one run (two `01/16`, a stale `7/7` beside `7/8`): the copy counted
   * like the cover stays, and another whose diff the run sends anyway (the same patch-id as one of its other
   * patches) is a stale file, demoted to a comment of the cover. Two different diffs under one number stay.
   */
  const dropStaleCopies = (x: Segment): void => {
    const coverTotal = byId.get(x.coverId ?? "")?.parsedSubject.total ?? null;
    dropOtherSeries(x, coverTotal);
    const byNumber = new Map<number, string[]>();
    for (const id of x.patchIds) {
      const n = byId.get(id)?.parsedSubject.number;
      if (n === null || n === undefined) continue;
      const ids = byNumber.get(n);
      if (ids) ids.push(id);
      else byNumber.set(n, [id]);
    }
    const stale = new Set<string>();
    const foreign = new Set<string>();
    for (const [n, ids] of byNumber) {
      if (ids.length < 2) continue;
      const counted = ids.filter((id) => coverTotal === null || byId.get(id)?.parsedSubject.total === coverTotal);
      // Of the copies counted like the cover, one the author posted before at this version or a later one (an old
      // series' file left in the directory: `[PATCH V3 1/4] x` of a series at V4 by then, beside the new `[PATCH v3
      // 1/4] y`), or one whose diff the run sent already under another number, is stale when exactly one copy is
      // neither: that one stays, whatever the order the files went out in.
      const staleFile = (id: string): boolean => postedBefore(byId.get(id)!) || sentEarlierInRun(x, id);
      const fresh = counted.length > 1 ? counted.filter((id) => !staleFile(id)) : [];
      const keep = fresh.length === 1 ? fresh[0]! : counted[0] ?? ids[0]!;
      if (fresh.length === 1) for (const id of counted) if (id !== keep) stale.add(id);
      for (const id of ids) {
        const pid = patchIdOf(id);
        if (id === keep || !pid) continue;
        if (x.patchIds.some((o) => o !== id && !stale.has(o) && patchIdOf(o) === pid)) stale.add(id);
      }
      // Beside the copy counted like the cover, a `k/M` of another count is another series' patch k (a stray
      // file of other work swept into the run): it leaves the run and is placed on its own, or, when its author
      // posted it before (an old series' file left in the directory), it is a stale file like the rest.
      if (coverTotal === null || byId.get(keep)?.parsedSubject.total !== coverTotal) continue;
      for (const id of ids) {
        if (id === keep || stale.has(id) || byId.get(id)?.parsedSubject.total === coverTotal) continue;
        (postedBefore(byId.get(id)!) ? stale : foreign).add(id);
      }
      byNumber.set(n, ids.filter((id) => !foreign.has(id)));
    }
    if (foreign.size > 0) {
      for (const id of foreign) x.numberOf.delete(id);
      x.patchIds = x.patchIds.filter((id) => !foreign.has(id));
    }
    renumberMisnumbered(x, byNumber, stale, coverTotal);
    if (stale.size === 0) return;
    for (const id of stale) {
      demoted.set(id, x.coverId!);
      x.numberOf.delete(id);
    }
    x.patchIds = x.patchIds.filter((id) => !stale.has(id));
  };
  /** `id`'s diff went out earlier in the run under another patch (the same patch-id; a copy file). */
  const sentEarlierInRun = (x: Segment, id: string): boolean => {
    const pid = patchIdOf(id);
    if (pid === "") return false;
    const at = x.patchIds.indexOf(id);
    return x.patchIds.some((o, k) => k < at && patchIdOf(o) === pid);
  };
  /**
   * Beside the cover's own patches, 1/N..N/N all there, patches counted M (another count) that are 1/M..M/M
   * themselves are a second series sent by the same command (io-uring's kernel `[PATCH 0/1]` + `1/1` sent with
   * the `[PATCH liburing 1/2]`, `2/2` that test it): they leave the run together, and are placed on their own.
   * Ones the author posted before, or whose diffs the run sends anyway, are left to the stale-file rules.
   */
  const dropOtherSeries = (x: Segment, coverTotal: number | null): void => {
    if (coverTotal === null || coverTotal < 1) return;
    const own = new Set<number>();
    const other = new Map<number, string>();
    let count: number | null = null;
    for (const id of x.patchIds) {
      const ps = byId.get(id)?.parsedSubject;
      if (!ps || ps.number === null || ps.total === null) return;
      if (ps.total === coverTotal) {
        own.add(ps.number);
        continue;
      }
      if ((count !== null && ps.total !== count) || other.has(ps.number)) return;
      count = ps.total;
      other.set(ps.number, id);
    }
    if (count === null || count < 2 || own.size !== coverTotal || other.size !== count) return;
    for (let n = 1; n <= coverTotal; n++) if (!own.has(n)) return;
    for (let n = 1; n <= count; n++) if (!other.has(n)) return;
    // (Files of an old series the author posted before, or whose diffs the run sends anyway under the cover's
    // count, are stale copies, not a second series: see below.)
    const sent = new Set(x.patchIds.filter((id) => byId.get(id)?.parsedSubject.total === coverTotal).map(patchIdOf));
    if ([...other.values()].some((id) => postedBefore(byId.get(id)!) || (patchIdOf(id) !== "" && sent.has(patchIdOf(id))))) return;
    const leaving = new Set(other.values());
    for (const id of leaving) x.numberOf.delete(id);
    x.patchIds = x.patchIds.filter((id) => !leaving.has(id));
  };
  /**
   * One number sent twice with two different diffs under a cover of N whose run holds N patches, one number
   * left free (`10/13` twice, no `8/13`): the author mistyped a subject. The copy whose place in the run is the
   * free number (the 8th patch after the cover) takes it; without that sign both keep theirs.
   */
  const renumberMisnumbered = (x: Segment, byNumber: Map<number, string[]>, stale: Set<string>, total: number | null): void => {
    const coverSeq = sendBatchOf(x.coverId ?? "")?.seq ?? null;
    if (total === null || coverSeq === null || x.patchIds.length - stale.size !== total) return;
    const free: number[] = [];
    for (let n = 1; n <= total; n++) if (!byNumber.has(n)) free.push(n);
    const twice = [...byNumber.values()].filter((ids) => ids.filter((id) => !stale.has(id)).length > 1);
    if (free.length !== 1 || twice.length !== 1) return;
    const at = free[0]!;
    const moved = twice[0]!.filter((id) => !stale.has(id) && sendBatchOf(id)?.seq === coverSeq + at);
    if (moved.length === 1) x.numberOf.set(moved[0]!, at);
  };
  /**
   * An uncovered run of N patches counted N whose numbers are 1..N but for one sent twice and one left free
   * (`v2 1/2`, then `v2 1/2` again as the run's second mail): the author mistyped a subject. Every other patch
   * sits at its number's place in the run, so the copy at the free number's place takes it.
   */
  const renumberUncovered = (x: Segment): void => {
    const subjects = x.patchIds.map((id) => byId.get(id)?.parsedSubject);
    const total = subjects[0]?.total ?? null;
    const seqs = x.patchIds.map((id) => sendBatchOf(id)?.seq ?? null);
    if (total === null || x.patchIds.length !== total || seqs.some((q) => q === null)) return;
    const byNumber = new Map<number, number>();
    for (const ps of subjects) if (ps?.number != null) byNumber.set(ps.number, (byNumber.get(ps.number) ?? 0) + 1);
    const free: number[] = [];
    for (let n = 1; n <= total; n++) if (!byNumber.has(n)) free.push(n);
    if (free.length !== 1 || [...byNumber.values()].filter((c) => c > 1).length !== 1) return;
    const at = free[0]!;
    const twice = [...byNumber].find(([, c]) => c > 1)![0];
    let moved: string | null = null;
    for (const [k, id] of x.patchIds.entries()) {
      // git-send-email counts an uncovered run's mails from 1: the k-th patch is mail k.
      const place = seqs[k]!;
      const n = subjects[k]?.number;
      if (n === twice && place === at) moved = id;
      else if (n !== place) return;
    }
    if (moved !== null) x.numberOf.set(moved, at);
  };
  /**
   * An uncovered segment numbered 2/N..N/N whose run sent an unnumbered patch of the same version right before
   * it (`[[PATCH V2]] x`, then `[[PATCH V2] 2/2] y`: the number lost in a mangled subject): that patch is its 1/N.
   */
  const takeLostFirst = (x: Segment, list: readonly { m: SummaryWithSubject }[], lost: Map<string, number>): void => {
    const first = byId.get(x.patchIds[0] ?? "")?.parsedSubject;
    if (!first || first.total === null || x.patchIds.length !== first.total - 1) return;
    const numbers = x.patchIds.map((id) => byId.get(id)?.parsedSubject);
    if (!numbers.every((ps, k) => ps?.number === k + 2 && ps.total === first.total && ps.version === first.version)) return;
    const at = list.findIndex((e) => e.m.messageId === x.patchIds[0]);
    const prev = list[at - 1]?.m;
    if (!prev || lost.get(prev.messageId) !== at - 1) return;
    const ps = prev.parsedSubject;
    if (!ps.isPatch || ps.isReply || !prev.hasDiff || ps.version !== first.version || ps.versionInferred !== first.versionInferred) return;
    x.patchIds.unshift(prev.messageId);
    x.numberOf.set(prev.messageId, 1);
    lost.delete(prev.messageId);
  };
  /**
   * An uncovered segment whose patches the same run sends again under a cover, number for number under the same
   * titles and total (unversioned leftovers swept into the run ahead of `[PATCH v2 0/3]` and its patches): stale
   * files, demoted to comments of that cover. Returns whether it was.
   */
  const staleDraftOf = (x: Segment, segments: readonly Segment[]): boolean => {
    const own = x.patchIds.map((id) => byId.get(id)!);
    const total = own[0]!.parsedSubject.total;
    const cover = segments.find((c) => {
      if (c.coverId === null || byId.get(c.coverId)?.parsedSubject.total !== total) return false;
      const theirs = new Map(c.patchIds.map((id) => [byId.get(id)!.parsedSubject.number, normalizeTitle(byId.get(id)!.parsedSubject.title)]));
      return own.every((m) => m.parsedSubject.number !== null && theirs.get(m.parsedSubject.number) === normalizeTitle(m.parsedSubject.title));
    });
    if (!cover) return false;
    for (const id of x.patchIds) demoted.set(id, cover.coverId!);
    return true;
  };
  /**
   * A run whose cover went out after its patches (`-1` 1/2, `-2` 2/2, then `-3` 0/2, nothing after it): the
   * cover announces those patches, numbered 1..N under its own N, and speaks for them (their version too).
   */
  const coverSentLast = (segments: Segment[]): void => {
    const last = segments[segments.length - 1];
    const before = segments[segments.length - 2];
    if (!last || !before || last.coverId === null || last.patchIds.length > 0 || before.coverId !== null || before.patchIds.length === 0) return;
    const total = byId.get(last.coverId)?.parsedSubject.total ?? null;
    if (total === null || naked.has(last.coverId) || before.patchIds.length > total) return;
    const numbers = new Set<number>();
    for (const id of before.patchIds) {
      const ps = byId.get(id)?.parsedSubject;
      if (!ps || ps.total !== total || ps.number === null || numbers.has(ps.number)) return;
      numbers.add(ps.number);
    }
    before.coverId = last.coverId;
    segments.pop();
  };
  for (const list of batches.values()) {
    if (list.length < 2) continue;
    const times = list.map((x) => timeOf(x.m.date)).filter((t) => !Number.isNaN(t));
    if (times.length > 0 && Math.max(...times) - Math.min(...times) > UNTHREADED_WINDOW_MS) continue;
    list.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || timeOf(a.m.date) - timeOf(b.m.date) ||
      (a.m.parsedSubject.number ?? 0) - (b.m.parsedSubject.number ?? 0) || (a.m.messageId < b.m.messageId ? -1 : 1));
    let seg: Segment | null = null;
    const segments: Segment[] = [];
    const open = (coverId: string | null): Segment => {
      const next: Segment = { coverId, patchIds: [], numberOf: new Map(), home: -1 };
      segments.push(next);
      return next;
    };
    // Unnumbered patches left out of an uncovered segment, by their place in the run.
    const lostFirst = new Map<string, number>();
    for (const [k, { m }] of list.entries()) {
      const id = m.messageId;
      if (roleOf.get(id) === "cover") {
        const prev = seg?.coverId ? byId.get(seg.coverId) : undefined;
        if (seg && prev && seg.patchIds.length === 0 && sameCover(prev, m, naked)) {
          // Keep the one that is a real `0/N` cover.
          const keepNew = naked.has(prev.messageId) && !naked.has(id);
          demoted.set(keepNew ? prev.messageId : id, keepNew ? id : prev.messageId);
          if (keepNew) seg.coverId = id;
          continue;
        }
        seg = open(id);
        continue;
      }
      const s = m.parsedSubject;
      // A number sent twice (a stale patch file beside its new copy) stays out when placed: it is taken.
      if (!seg) seg = open(null);
      if (seg.coverId === null && (s.number === null || (seg.patchIds.some((x) => byId.get(x)?.parsedSubject.total !== s.total) &&
        !extraLast(seg, m)))) {
        // Uncovered: only numbered patches of one total belong together.
        if (s.number === null) {
          lostFirst.set(id, k);
          continue;
        }
        seg = open(null);
      }
      seg.patchIds.push(id);
      seg.numberOf.set(id, s.number ?? seg.patchIds.length);
    }
    for (const x of segments) if (x.coverId === null) takeLostFirst(x, list, lostFirst);
    coverSentLast(segments);
    for (const x of segments) {
      if (x.coverId === null && x.patchIds.length > 0 && staleDraftOf(x, segments)) continue;
      if (x.coverId !== null) dropStaleCopies(x);
      else renumberUncovered(x);
      // Under a cover, unnumbered patches are ranked only when none is numbered (numbering forgotten):
      // beside `1/2` an unnumbered mail is an orphan of its own (patchwork's bugs-unnumbered).
      const numbered = x.patchIds.filter((id) => byId.get(id)!.parsedSubject.number !== null);
      // (An uncovered segment holds an unnumbered patch only as the 1/N it lost, `takeLostFirst`.)
      if (x.coverId !== null && numbered.length > 0 && numbered.length < x.patchIds.length) {
        // Beside numbered ones, a `[PATCH]` left unnumbered takes the first free number the cover
        // announced (`v9 0/3` over 1/3, 2/3 and `[PATCH v9]`); with none free, or without a patch
        // prefix, it stays out.
        const total = x.coverId ? byId.get(x.coverId)?.parsedSubject.total ?? null : null;
        const taken = new Set(numbered.map((id) => byId.get(id)!.parsedSubject.number!));
        const kept = [...numbered];
        for (const id of x.patchIds) {
          const ps = byId.get(id)!.parsedSubject;
          if (ps.number !== null) continue;
          x.numberOf.delete(id);
          let free = 1;
          while (taken.has(free)) free++;
          // Every number the cover announced is taken, and the author posted this patch at this version
          // (or a later one) before: a stale file swept into the run (an old `[PATCH v3]` beside
          // `v8 1/8..8/8`). It is no posting, and no repost of its old series. A higher version (the next
          // version of another series sent in the same run) stays a posting.
          if (x.coverId !== null && total !== null && free > total && ps.isPatch && !ps.isReply && postedBefore(byId.get(id)!)) {
            demoted.set(id, x.coverId);
            continue;
          }
          if (total === null || free > total || !ps.isPatch || ps.isReply || nextOfLone(byId.get(id)!)) continue;
          taken.add(free);
          x.numberOf.set(id, free);
          kept.push(id);
        }
        x.patchIds = kept;
      }
      if (x.coverId === null && x.patchIds.length < 2) continue;
      if (x.coverId !== null) segmentOf.set(x.coverId, x);
      for (const id of x.patchIds) segmentOf.set(id, x);
    }
  }
  for (const id of demoted.keys()) {
    roleOf.delete(id);
    naked.delete(id);
  }
  return { segmentOf, demoted };
}

/** Two covers of one sending announcing the same posting: one a bare root (b4-style), or the same title and count. */
function sameCover(a: SummaryWithSubject, b: SummaryWithSubject, naked: Set<string>): boolean {
  if (naked.has(a.messageId) || naked.has(b.messageId)) return true;
  const sa = a.parsedSubject;
  const sb = b.parsedSubject;
  if (sa.total !== sb.total) return false;
  return tokenJaccard(new Set(titleTokens(sa.title)), new Set(titleTokens(sb.title))) >= 0.65;
}

/** How many subjects name each version explicitly, and how many patches name none (`majorityVersion`, `tiedHighest`). */
function versionVotes(subjects: readonly SummaryWithSubject["parsedSubject"][]): { votes: Map<number, number>; none: number } {
  const votes = new Map<number, number>();
  let none = 0;
  for (const s of subjects) {
    if (!s.versionInferred) votes.set(s.version, (votes.get(s.version) ?? 0) + 1);
    else if (s.isPatch) none++;
  }
  return { votes, none };
}

/** The version most patches name explicitly; null when none names one or two versions tie. */
function majorityVersion(subjects: readonly SummaryWithSubject["parsedSubject"][]): number | null {
  const { votes, none } = versionVotes(subjects);
  let best: number | null = null;
  let bestVotes = 0;
  let tie = false;
  for (const [v, n] of votes) {
    if (n > bestVotes) {
      best = v;
      bestVotes = n;
      tie = false;
    } else if (n === bestVotes) tie = true;
  }
  // Most patches naming no version outvote one carried in with its own (a colleague's `[PATCH v3 1/5]` in a
  // `[PATCH 0/5]` run whose other patches name none): the run's version is the cover's.
  return tie || none > bestVotes ? null : best;
}

/**
 * Versions for covers whose subject names none: an empty or prefix-less subject (the real one only in
 * the body) must not split its `[PATCH v3 n/N]` children off as another posting. The explicit version of
 * the children its author sent with it (within `UNTHREADED_WINDOW_MS`) wins when they all agree and no more
 * of those children name no version (one colleague's `[PATCH v3 1/5]` among `[PATCH k/5]`s is that patch's own
 * version); failing children naming one, the cover's changelog hint (`coverVersionHint`, >= 2), which stays
 * marked inferred.
 */
function unversionedCoverVersions(
  byId: Map<string, SummaryWithSubject>,
  coverIds: readonly string[],
  versionedPatches: readonly SummaryWithSubject[],
  unversionedPatches: readonly SummaryWithSubject[],
  parentOf: (id: string) => string | null,
  ownPatch: (m: SummaryWithSubject, coverId: string) => boolean,
): Map<string, { version: number; inferred: boolean }> {
  const unversioned = new Set<string>();
  for (const id of coverIds) if (byId.get(id)?.parsedSubject.versionInferred) unversioned.add(id);
  const childVersions = new Map<string, Set<number>>();
  if (unversioned.size === 0) return new Map();
  // Own direct children naming a version, and naming none (see `majorityVersion`).
  const named = new Map<string, number>();
  const unnamed = new Map<string, number>();
  const ownChild = (m: SummaryWithSubject): string | null => {
    const anc = parentOf(m.messageId);
    if (anc === null || !unversioned.has(anc)) return null;
    // Only its own patches, sent with it: a later v3 sent in reply to this v1 cover names no version of it.
    const cover = byId.get(anc)!;
    const gap = Math.abs(timeOf(m.date) - timeOf(cover.date));
    return emailOf(m) !== emailOf(cover) || gap > UNTHREADED_WINDOW_MS || !ownPatch(m, anc) ? null : anc;
  };
  for (const m of unversionedPatches) {
    const anc = ownChild(m);
    if (anc !== null) unnamed.set(anc, (unnamed.get(anc) ?? 0) + 1);
  }
  // Direct replies only: the patches of a deep-threaded series hang off each other, the first one
  // off the cover, and it speaks for them.
  for (const m of versionedPatches) {
    const anc = ownChild(m);
    if (anc === null) continue;
    named.set(anc, (named.get(anc) ?? 0) + 1);
    const set = childVersions.get(anc);
    if (set) set.add(m.parsedSubject.version);
    else childVersions.set(anc, new Set([m.parsedSubject.version]));
  }
  const out = new Map<string, { version: number; inferred: boolean }>();
  for (const id of unversioned) {
    const m = byId.get(id)!;
    const set = childVersions.get(id);
    if (set && (unnamed.get(id) ?? 0) > (named.get(id) ?? 0)) continue;
    if (set && set.size === 1) {
      out.set(m.messageId, { version: [...set][0]!, inferred: false });
      continue;
    }
    const hint = m.coverVersionHint;
    if (!set && typeof hint === "number" && Number.isInteger(hint) && hint >= 2 && hint <= 1000) {
      out.set(m.messageId, { version: hint, inferred: true });
    }
  }
  return out;
}

function addressEmail(a: Address | null | undefined): string {
  return typeof a?.email === "string" && a.email.includes("@") ? a.email.trim().toLowerCase() : "";
}

function nameOfAddress(a: Address | null | undefined): string {
  return typeof a?.name === "string" ? a.name.trim() : "";
}

/**
 * The name each address goes by: the one it most often signs its mail with, else the one an in-body
 * `From:` line gives it. Fills a posting sent from a bare address (`From: <a@b>`).
 */
function namesByAddress(messages: Iterable<SummaryWithSubject>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const count = (a: Address | null | undefined, weight: number): void => {
    const email = addressEmail(a);
    const name = nameOfAddress(a);
    if (!email || !name || name.toLowerCase() === email) return;
    let byName = counts.get(email);
    if (!byName) counts.set(email, (byName = new Map()));
    // The account name in a mailer's name field ("jingle.wu") gives way to any real name the address has.
    byName.set(name, (byName.get(name) ?? 0) + (isLoginName(name, email) ? weight * 1e-9 : weight));
  };
  for (const m of messages) {
    count(m.from, 1);
    // A header name outweighs any number of in-body lines: it is how the person signs today.
    count(m.author, 1e-6);
  }
  const out = new Map<string, string>();
  for (const [email, byName] of counts) {
    let best = "";
    let most = 0;
    for (const [name, n] of byName) if (n > most) [best, most] = [name, n];
    out.set(email, best);
  }
  return out;
}

function samePerson(a: string, b: string): boolean {
  const na = normalizePersonName(a);
  return na !== "" && na === normalizePersonName(b);
}

/** Subject tags of a stable backport: `[PATCH AUTOSEL 5.1 061/375]`, `[PATCH 4.19 12/30]`, `[PATCH 5.10.y]`, `stable`. */
const BACKPORT_TAG_RE = /^(?:autosel|stable|\d+\.\d+(?:\.\d+|\.y)?(?:-stable)?)$/;

function isBackport(m: SummaryWithSubject | undefined): boolean {
  return m !== undefined && m.parsedSubject.prefixes.some((p) => BACKPORT_TAG_RE.test(p));
}

/** A sending address relaying this many people's patches (in-body `From:` of others) is a shared relay. */
const RELAY_AUTHORS = 3;

/**
 * Per sender address, the other commit authors whose patches it sent, kept only for a shared relay: at least
 * `RELAY_AUTHORS` of them, and more patches of theirs than of its own (a maintainer or a lead sending
 * colleagues' work now and then sends mostly their own).
 */
function commitAuthorsBySender(messages: Iterable<SummaryWithSubject>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const balance = new Map<string, number>();
  for (const m of messages) {
    if (!m.hasDiff || m.parsedSubject.isReply) continue;
    const sender = addressEmail(m.from);
    if (!sender) continue;
    const author = addressEmail(m.author);
    const relayed = author !== "" && author !== sender;
    balance.set(sender, (balance.get(sender) ?? 0) + (relayed ? 1 : -1));
    if (!relayed) continue;
    const set = out.get(sender);
    if (set) set.add(author);
    else out.set(sender, new Set([author]));
  }
  for (const [sender, set] of out) if (set.size < RELAY_AUTHORS || (balance.get(sender) ?? 0) <= 0) out.delete(sender);
  return out;
}

/** The one commit author every patch names in its in-body `From:` line; null when any names none or they differ. */
function commitAuthorOf(patches: readonly PostingPatch[], byId: Map<string, SummaryWithSubject>): Address | null {
  let author: Address | null = null;
  for (const p of patches) {
    const a = byId.get(p.messageId)?.author;
    const email = addressEmail(a);
    if (!email || (author !== null && addressEmail(author) !== email)) return null;
    if (author === null || (!nameOfAddress(author) && nameOfAddress(a))) author = { name: nameOfAddress(a), email };
  }
  return author;
}

function finishPosting(
  d: Draft,
  byId: Map<string, SummaryWithSubject>,
  nameOf: Map<string, string>,
  postedOwn: (email: string, title: string) => boolean,
  relayAuthors: Map<string, Set<string>>,
): Posting {
  // Parts of one patch (`6a/10`, `6b/10`) share its number: in the order of their letters.
  const partOf = (x: PostingPatch): string => numberPart(byId.get(x.messageId)?.subject ?? "") ?? "";
  const patches = [...d.patches.values()].sort((a, b) => a.number - b.number || (partOf(a) < partOf(b) ? -1 : partOf(a) > partOf(b) ? 1 : 0));
  const cover = d.coverId === null ? undefined : byId.get(d.coverId);
  const first = patches[0] === undefined ? undefined : byId.get(patches[0].messageId);
  const head = cover ?? first;
  let total = d.total ?? (d.unnumbered ? 1 : patches.length || null);
  // A cover that miscounted: when every patch names the same other total, they are right.
  const totals = new Set(patches.map((p) => p.total));
  const patchTotal = totals.size === 1 ? [...totals][0]! : null;
  if (cover && patchTotal !== null && total !== patchTotal && patches.length === patchTotal) total = patchTotal;
  let complete = patches.length > 0 && total !== null;
  if (complete && total !== null) for (let n = 1; n <= total; n++) if (!d.patches.has(n)) complete = false;
  const coverTime = cover ? timeOf(cover.date) : NaN;
  const date = !Number.isNaN(coverTime) ? coverTime : d.firstDate;
  // Patches that all name one commit author, who also posted one of them under its title from that
  // address, sent again by someone else without a cover letter of their own (a maintainer's RESEND, the
  // author's second address) are that author's posting; the sender stays in `sentBy`. A cover makes the
  // sender the one presenting the work (a series taken over), a colleague's patch never posted by its
  // author is the sender's work to carry, and a stable backport is no revision of the original work.
  const sender = head?.from ?? d.author;
  const named = isBackport(first) ? null : commitAuthorOf(patches, byId);
  const commit = cover ? null : named;
  const commitEmail = addressEmail(commit);
  // The sender under the commit author's own name is that person at another address: still the sender's.
  const relayed = commit !== null && d.authorEmail !== "" && commitEmail !== d.authorEmail &&
    !samePerson(nameOfAddress(sender) || nameOf.get(d.authorEmail) || "", nameOfAddress(commit)) &&
    patches.some((p) => postedOwn(commitEmail, byId.get(p.messageId)?.parsedSubject.title ?? "")) &&
    !patches.some((p) => postedOwn(d.authorEmail, byId.get(p.messageId)?.parsedSubject.title ?? ""));
  let author = relayed ? commit : sender;
  const authorEmail = relayed ? commitEmail : d.authorEmail;
  if (author && (!nameOfAddress(author) || isLoginName(nameOfAddress(author), addressEmail(author)))) {
    const email = addressEmail(author);
    // A bare address sending one person's patches is most likely that person on a private account.
    // (A cover does not change whose patches they are: "inv.git-commit@tdk.com" sends its engineers' series.)
    // A relay address sending several people's patches (`cgel.zte@gmail.com` for a dozen engineers) goes by
    // whoever once gave it a name: the patches' own author names it better.
    // (Under a cover the sender presents the work, whoever wrote its patches.)
    const relay = commit !== null && relayAuthors.has(email);
    const name = (named && (relay || addressEmail(named) === email) ? nameOfAddress(named) : "") || nameOf.get(email) || nameOfAddress(named);
    if (name && !isLoginName(name, email)) author = { ...author, name };
    else if (!nameOfAddress(author) && name) author = { ...author, name };
  }
  return {
    key: head?.messageId ?? "",
    version: d.version,
    versionInferred: d.versionInferred,
    coverId: d.coverId,
    patches,
    authorEmail,
    author,
    ...(relayed ? { sentBy: d.authorEmail } : {}),
    // A cover with an empty subject (title only in its body) takes its first patch's title.
    title: cover?.parsedSubject.title || (first?.parsedSubject.title ?? ""),
    date: Number.isNaN(date) ? null : new Date(date),
    total,
    complete,
    replyIds: d.replyIds,
  };
}

/** Memoised "nearest strict ancestor that is a cover or patch", iterative and O(n) overall. */
function nearestMemberFinder(
  parentOf: (id: string) => string | null,
  isMember: (id: string) => boolean,
): (id: string) => string | null {
  const memo = new Map<string, string | null>();
  return (id: string): string | null => {
    const path: string[] = [];
    let cur = id;
    let answer: string | null = null;
    // threadMessages already cut every cycle; the step bound only guards against misuse.
    for (let steps = 0; steps < MAX_DEPTH; steps++) {
      const known = memo.get(cur);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(cur);
      const p = parentOf(cur);
      if (p === null) break;
      if (isMember(p)) {
        answer = p;
        break;
      }
      cur = p;
    }
    // Every node on the path shares the answer: none of them between is a member.
    for (const n of path) memo.set(n, answer);
    return answer;
  };
}
