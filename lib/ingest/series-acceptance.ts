// Whether a series' latest revision was accepted, in full or in part: maintainers' applied notices on its
// mails (whole series, the patch answered, b4's "[k/N] title" lists) and pull requests sent after it that
// name its patches' titles (all of them, or some as commits of their author); and the series state that
// follows (lib/thread's deriveSeriesState).
import { editDistance } from "../text/edit-distance";
import { parseSubject } from "../mail/parse-subject";
import { isByAuthor } from "../review/attribute-trailers";
import { isNotificationBot } from "../review/is-notification-bot";
import { sameAuthorName } from "../review/pull-request-shortlog";
import { deriveSeriesState } from "../thread";
import { normalizeTitle } from "../thread/title-similarity";
import type { PatchPredecessor, SeriesGroup } from "../thread/types";
import type { MessageFacts } from "./analyze-mail";
import { patchAbove, type PatchReview, type SummaryLike } from "./derive-review";

/** What these rules read of a stored message. */
export interface AcceptanceRow extends SummaryLike {
  subject: string;
}

const NONE: never[] = [];

/**
 * Whether a notice the series' author wrote counts. Authors say "applied" of their own work too ("Applied,
 * will be in v3", a suggestion applied locally, "I've made the change and pushed it"), so only an author who
 * announces others' patches applied counts (sending pulls of one's own tree is not enough), or a notice
 * naming the tree it went to: a maintainer applying his own series (to his for-next) says where.
 */
function authorNoticeCounts(from: string, facts: MessageFacts | undefined, appliers: Appliers): boolean {
  return (appliers.noticers ?? appliers.people).has(from) || facts?.appliedTree === true;
}

/** A subject's title, as series and patch rows store it and pull requests are matched by. */
export function titleOf(subject: string): string {
  return parseSubject(subject).title;
}

/**
 * The series state from its revisions: replies mean under review; an open objection asks for changes;
 * a maintainer's applied notice on the latest revision, or a later pull request naming all its patches,
 * accepts it; some of them applied or pulled accept it in part, even with an objection open on a patch left
 * over: what the maintainer took is a fact whoever triages the series needs, and the objection stays shown
 * on its patch. A state a person set still wins.
 */
export function deriveState(group: SeriesGroup, review: Map<string, PatchReview> | undefined, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): string {
  const last = group.revisions.length - 1;
  const revisions = group.revisions.map(({ posting }, i) => {
    // Only the latest revision's state shows (earlier ones are superseded): the others are not looked at.
    const applied = i === last ? latestAppliedOf(group, facts, rowById, review ? { ...appliers, review } : appliers) : NOTHING_APPLIED;
    const objected = posting.patches.some((p) => review?.get(p.messageId)?.openObjection === true);
    // Re-sent elsewhere: only when no notice took any of it (a notice's patches applied are what a maintainer needs
    // to see; pulls naming its titles merged the later posting).
    // A pull that merged a later posting of its patches elsewhere (claimedLaterElsewhere) says so too, when nothing else took any.
    const elsewhere = i === last && applied !== "all" && (repostedElsewhere(group, rowById, appliers) || (applied.size === 0 && claimedLaterElsewhere(posting, facts, rowById, appliers).size > 0)) && noticedNothing(posting, authorOf(group), facts, rowById, appliers);
    return {
      hasReplies: hasReviewReply(group, posting, rowById),
      hasObjection: objected,
      applied: applied === "all",
      partlyApplied: applied !== "all" && applied.size > 0,
      supersededElsewhere: elsewhere,
    };
  });
  return deriveSeriesState({ revisions }).series;
}

/**
 * latestApplied, pulls merging a later posting elsewhere left out (claimedLaterElsewhere); when something else took some of
 * it, with them: a patch applied here and the rest re-sent and merged in another series is all in the tree.
 */
function latestAppliedOf(group: SeriesGroup, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Judging): "all" | ReadonlySet<string> {
  const applied = latestApplied(group, facts, rowById, appliers);
  if (applied === "all" || applied.size === 0 || !appliers.patchPostings) return applied;
  return latestApplied(group, facts, rowById, { ...appliers, keepLaterClaims: true });
}

/** No applied notice on the posting took any of its patches (pulls aside). */
function noticedNothing(posting: Posting, author: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): boolean {
  const noticed = revisionApplied(posting, author, facts, rowById, appliers, undefined, false);
  return noticed !== "all" && noticed.size === 0;
}

/**
 * The latest revision's work re-posted in another series: half or more of its patch titles (one at least) sent
 * again later by its author, under an explicit version higher than its own, in one other series (a v3 sent as a
 * new thread titled after one of v2's patches; a lone v1 patch folded into a v2 of a larger series). Grouping
 * links revisions by title and thread; these it could not, and the later series is where the work goes on.
 */
function repostedElsewhere(group: SeriesGroup, rowById: Map<string, AcceptanceRow>, appliers: Appliers): boolean {
  const later = appliers.laterPostings;
  const latest = group.revisions[group.revisions.length - 1]?.posting;
  const posted = latest?.date?.getTime();
  if (!later || !latest || !latest.patches.length || posted === undefined || !Number.isFinite(posted)) return false;
  // A pull request's title names a tree or topic sent again every cycle ("[GIT PULL] foo-drm-next"): a later
  // "[GIT PULL v2] foo-drm-next" is another cycle's pull, not this one re-sent.
  if (latest.patches.some((p) => isPullRequest(p.messageId, rowById)) || (latest.coverId && isPullRequest(latest.coverId, rowById))) return false;
  const author = authorOf(group);
  const own = new Set(group.revisions.map((r) => r.posting.key));
  const counts = new Map<string, number>();
  for (const p of latest.patches) {
    const seen = new Set<string>();
    for (const l of later.get(patchTitleKey(p.messageId, rowById)) ?? NONE) {
      if (l.date <= posted || l.author !== author || l.version <= latest.version || own.has(l.postingKey) || seen.has(l.groupKey)) continue;
      seen.add(l.groupKey);
      counts.set(l.groupKey, (counts.get(l.groupKey) ?? 0) + 1);
    }
  }
  return [...counts.values()].some((n) => 2 * n >= latest.patches.length);
}

/** Whether a stored mail is a pull request by its subject ("[GIT PULL]", "[PULL v2]", "[GIT PULL RESEND]"). */
function isPullRequest(messageId: string, rowById: Map<string, AcceptanceRow>): boolean {
  const row = rowById.get(messageId);
  return !!row && parseSubject(row.subject).isPull;
}

/** Each patch title's postings under an explicit version: when, by whom, which version, which posting and series. */
function laterPostingsOf(groups: SeriesGroup[], rowById: Map<string, AcceptanceRow>): Map<string, LaterPosting[]> {
  const out = new Map<string, LaterPosting[]>();
  for (const group of groups) {
    const author = authorOf(group);
    for (const { posting } of group.revisions) {
      const date = posting.date?.getTime();
      if (posting.versionInferred || date === undefined || !Number.isFinite(date)) continue;
      for (const p of posting.patches) {
        const key = patchTitleKey(p.messageId, rowById);
        if (!key) continue;
        const entry = { date, author, version: posting.version, postingKey: posting.key, groupKey: group.key };
        const list = out.get(key);
        if (list) list.push(entry);
        else out.set(key, [entry]);
      }
    }
  }
  return out;
}

/** A posting carrying a title (laterPostingsOf). */
interface LaterPosting {
  date: number;
  author: string;
  version: number;
  postingKey: string;
  groupKey: string;
}

/**
 * Someone other than the author (any of the series' or posting's addresses, or the author's full name from
 * another) and other than a status or CI bot answered the posting: a build or fuzzing robot's report
 * (lkp, syzbot) is review. The author's own follow-ups and a bot's "CI test results" leave it new.
 */
function hasReviewReply(group: SeriesGroup, posting: Posting, rowById: Map<string, AcceptanceRow>): boolean {
  if (!posting.replyIds.length) return false;
  const own = [authorOf(group), posting.authorEmail.toLowerCase(), posting.sentBy?.toLowerCase() ?? ""];
  for (const id of posting.replyIds) {
    const row = rowById.get(id);
    if (!row) continue;
    const from = { name: row.fromName, email: row.fromEmail };
    if (own.includes(row.fromEmail.toLowerCase()) || isNotificationBot(from)) continue;
    if (group.author && isByAuthor(group.author, from)) continue;
    return true;
  }
  return false;
}

/**
 * Whether the latest revision was applied; when it re-sends exactly the diffs of the revision before it (a
 * RESEND or repost of the same version, every patch matched by patch-id), a notice on that one counts: the
 * maintainer applied the same code, often answering the first sending after the repost went out.
 */
function latestApplied(group: SeriesGroup, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Judging): "all" | ReadonlySet<string> {
  const author = authorOf(group);
  const last = group.revisions.length - 1;
  let k = last;
  // A repost of part of a version: pulls are read on the whole version (below), not on the part alone.
  const union = versionUnion(group);
  const applied = revisionApplied(group.revisions[k]!.posting, author, facts, rowById, appliers, undefined, !union);
  // A cover alone re-sent under the same version hides nothing either. (Some of the patches re-sent alone, a
  // RESEND after the notice, may say the applied patch never reached the tree: only a later notice counts.)
  for (; applied !== "all" && k > 0 && (isIdenticalRepost(group, k) || isCoverRepost(group, k)); k--) {
    if (revisionApplied(group.revisions[k - 1]!.posting, author, facts, rowById, appliers) === "all") return "all";
  }
  if (applied === "all") return applied;
  if (union) {
    // Notices on the version's postings count when sent after the repost (as for a RESEND above); pulls after it too.
    const noticed = revisionApplied(union, author, facts, rowById, appliers, union.date!.getTime());
    if (noticed === "all") return "all";
    // A number counts pulled when the pull names its latest posting or the version's full posting of it (a
    // repost's title may carry "(repost with fix)").
    const full = fullOfVersion(group, union);
    const pulledNumbers = new Set<number>();
    for (const posting of [union, full]) {
      const pulled = pullsApplied(posting, author, facts, rowById, appliers);
      for (const p of posting.patches) if (pulled === "all" || pulled.has(p.messageId)) pulledNumbers.add(p.number);
    }
    const all = new Set([...applied, ...noticed, ...union.patches.filter((p) => pulledNumbers.has(p.number)).map((p) => p.messageId)]);
    if (union.patches.every((p) => all.has(p.messageId))) return "all";
    if (all.size > applied.size) return all;
  }
  // A notice on an earlier revision sent after the latest was posted, when the latest only repeats that
  // revision's patches (or is a cover alone of the same version): the maintainer took the earlier sending.
  const latestDate = group.revisions[last]!.posting.date?.getTime();
  if (latestDate === undefined || !Number.isFinite(latestDate)) return applied;
  // Each latest patch's repeated patch in the revision being looked at: a notice sent after the latest was
  // posted, answering that very patch ("Queued, thanks." on v1's 2/2 when v2 is that patch alone), takes it.
  const ancestor = new Map(group.revisions[last]!.posting.patches.map((p) => [p.messageId, p.messageId]));
  const taken = new Set(applied);
  for (let j = last; j > 0; j--) {
    const from = repeatedFrom(group, j);
    if (!from) break;
    // Only a revision whose every patch reached the list: of a series cross-posted in part, a notice on
    // its cover ("Both patches applied" of 24) may be about patches never seen here.
    const earlier = group.revisions[j - 1]!.posting;
    const noticed = revisionApplied(earlier, author, facts, rowById, appliers, latestDate);
    if (earlier.complete && noticed === "all") return "all";
    for (const [latestId, id] of ancestor) {
      const before = from.get(id);
      if (before === undefined) ancestor.delete(latestId);
      else if (noticed !== "all" && noticed.has(before)) taken.add(latestId);
      else ancestor.set(latestId, before);
    }
  }
  const latest = group.revisions[last]!.posting;
  if (latest.patches.length > 0 && latest.patches.every((p) => taken.has(p.messageId))) return "all";
  if (taken.size > applied.size) return taken;
  return applied.size === 0 && (unansweredAfterApplied(group, facts, rowById, appliers) || partResentAfterApplied(group, facts, rowById, appliers)) ? "all" : applied;
}

/** A resend's notes saying the patch never reached the tree: "patch 5 seems to have been missed", "not in linux-next yet". */
const MISSING_FROM_TREE_RE = /\b(?:missing|missed|lost|got\s+dropped|was\s+dropped|not\s+(?:yet\s+)?(?:in|applied|merged|picked|queued|taken)|never\s+(?:made|landed|got|reached))\b/i;

/**
 * An earlier posting applied in full, then only some of its patches sent again, each under its number and the same
 * version (a "[RESEND][PATCH v2 5/7]", or a "[RESEND][PATCH 05/12]" of a 12-patch v7 whose version is only inferred),
 * and nobody but the author answered those: a patch re-sent for mail trouble, or a newer take of one patch the
 * maintainer is asked to swap in. The series went in; what a maintainer triaging needs to see is that, not an
 * under-review or new part of it. A resend whose notes say the patch is missing from the tree stays for a later notice.
 */
function partResentAfterApplied(group: SeriesGroup, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Judging): boolean {
  const author = authorOf(group);
  const last = group.revisions.length - 1;
  for (let a = last - 1; a >= 0; a--) {
    const applied = group.revisions[a]!.posting;
    if (!applied.complete || !applied.total || applied.patches.length < 2) continue;
    const ids = new Map(applied.patches.map((p) => [p.messageId, p.number]));
    // The maintainer who applied it may talk about the resent patch ("I've modified the tag", "Updated and merged …").
    const noticers = new Set(applied.replyIds.filter((id) => facts.get(id)?.applied).map((id) => rowById.get(id)?.fromEmail.toLowerCase() ?? ""));
    const later = group.revisions.slice(a + 1).map((r) => r.posting);
    const parts = later.every((cur) =>
      cur.patches.length > 0 && cur.patches.length < applied.patches.length && !cur.coverId && cur.total === applied.total &&
      (cur.version === applied.version || (cur.versionInferred && cur.version >= applied.version)) &&
      !hasReviewReply(group, { ...cur, replyIds: cur.replyIds.filter((id) => !noticers.has(rowById.get(id)?.fromEmail.toLowerCase() ?? "")) }, rowById) &&
      cur.patches.every((p) => {
        const found = group.patchMatches.find((m) => m.toKey === cur.key)?.matches.find((m) => m.messageId === p.messageId)?.predecessors ?? NONE;
        return found.some((x) => ids.get(x.messageId) === p.number) && !facts.get(p.messageId)?.changelog.some((c) => MISSING_FROM_TREE_RE.test(c.text));
      }),
    );
    if (!parts) return false;
    if (revisionApplied(applied, author, facts, rowById, appliers) === "all") return true;
  }
  return false;
}

/**
 * An earlier revision applied in full, and no one but the author answered any revision after it, each of which
 * carries every patch before it (matched by patch-id, title or diff; none added or left out) under a later version:
 * reposts nobody took up ("I realized that the v2 had been merged" under a v3). The tree has the series; what a
 * maintainer triaging needs to see is that it went in, not a "new" repost of it (talk on the applied revision
 * after its notice, "v2 had been merged, should I post a delta?", is about that repost). A RESEND under the same
 * version says the author found it missing from the tree: that stays for a later notice (latestApplied).
 */
function unansweredAfterApplied(group: SeriesGroup, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Judging): boolean {
  const author = authorOf(group);
  const latest = group.revisions[group.revisions.length - 1]!.posting;
  if (latest.versionInferred) return false;
  for (let j = group.revisions.length - 2; j >= 0; j--) {
    const next = group.revisions[j + 1]!.posting;
    const earlier = group.revisions[j]!.posting;
    // A re-roll of part of it says the rest went in and that part did not ("I have not picked these up").
    if (hasReviewReply(group, next, rowById) || next.patches.length < earlier.patches.length || !carriesEvery(group, j + 1)) return false;
    if (earlier.version >= latest.version) continue;
    if (earlier.complete && revisionApplied(earlier, author, facts, rowById, appliers) === "all") return true;
  }
  return false;
}

/** Every patch of revision `k` (one at least) carries one of revision `k - 1`'s, however matched. */
function carriesEvery(group: SeriesGroup, k: number): boolean {
  const cur = group.revisions[k]!.posting;
  const prev = group.revisions[k - 1]!.posting;
  if (cur.patches.length === 0) return false;
  const predecessorsOf = predecessorsFrom(group, k);
  if (!predecessorsOf) return false;
  const prevIds = new Set(prev.patches.map((p) => p.messageId));
  return cur.patches.every((p) => predecessorsOf(p.messageId).some((x) => prevIds.has(x.messageId)));
}

/**
 * What match-patches found in revision `k - 1` for each patch of revision `k` (by message-id; none for one it
 * matched to nothing there), or null when it compared the two revisions not at all.
 */
function predecessorsFrom(group: SeriesGroup, k: number): ((messageId: string) => readonly PatchPredecessor[]) | null {
  const cur = group.revisions[k]!.posting;
  const prev = group.revisions[k - 1]!.posting;
  const matches = group.patchMatches.find((m) => m.toKey === cur.key && m.fromKey === prev.key);
  if (!matches) return null;
  return (messageId) => matches.matches.find((m) => m.messageId === messageId)?.predecessors ?? NONE;
}

/**
 * Revision `k` brings nothing new over revision `k - 1`: each of its patches carries one of `k - 1`'s by
 * patch-id or, under a new version its subject names, by the very same title (match-patches scores only an equal title 0.9 or
 * more): a partial re-roll, a re-roll the maintainer passed over; or, with no patches at all, it is a cover
 * re-sent under the same version. Then each of its patches' repeated patch in `k - 1` (none for a cover); else null.
 */
function repeatedFrom(group: SeriesGroup, k: number): Map<string, string> | null {
  const cur = group.revisions[k]!.posting;
  const prev = group.revisions[k - 1]!.posting;
  if (cur.patches.length === 0) return isCoverRepost(group, k) ? new Map() : null;
  if (cur.patches.length > prev.patches.length) return null;
  const predecessorsOf = predecessorsFrom(group, k);
  if (!predecessorsOf) return null;
  const prevIds = new Set(prev.patches.map((p) => p.messageId));
  // Under the same version (or one only inferred) a title says less: a repost that changed the diff
  // corrects a broken sending.
  const byTitle = cur.version !== prev.version && !cur.versionInferred;
  const out = new Map<string, string>();
  for (const p of cur.patches) {
    const found = predecessorsOf(p.messageId);
    const hit = found.find((x) => x.by === "patch-id" && prevIds.has(x.messageId)) ??
      found.find((x) => prevIds.has(x.messageId) && byTitle && x.by === "title" && x.similarity >= 0.9);
    if (!hit) return null;
    out.set(p.messageId, hit.messageId);
  }
  return out;
}

/** Revision `k` is a cover letter alone, re-sent under the version of revision `k - 1`, which had patches. */
function isCoverRepost(group: SeriesGroup, k: number): boolean {
  const cur = group.revisions[k]!.posting;
  const prev = group.revisions[k - 1]!.posting;
  return cur.patches.length === 0 && cur.coverId !== null && cur.version === prev.version && prev.patches.length > 0;
}

/** Revision `k` carries exactly the patches of revision `k - 1`, same version, each matched by its patch-id. */
function isIdenticalRepost(group: SeriesGroup, k: number): boolean {
  const cur = group.revisions[k]!.posting;
  const prev = group.revisions[k - 1]!.posting;
  if (cur.version !== prev.version || cur.patches.length === 0 || cur.patches.length !== prev.patches.length) return false;
  const predecessorsOf = predecessorsFrom(group, k);
  if (!predecessorsOf) return false;
  const carried = new Set<string>();
  for (const p of cur.patches) {
    const by = predecessorsOf(p.messageId).find((x) => x.by === "patch-id");
    if (!by) return false;
    carried.add(by.messageId);
  }
  return carried.size === prev.patches.length;
}

type Posting = SeriesGroup["revisions"][number]["posting"];

/**
 * The latest version as the union of its postings, when the latest posting re-sends only some patches of an
 * earlier posting of the same version ("[PATCH v9 4/7] ... (repost)" in the thread of v9): each number's
 * latest posting, dated as the latest posting (a pull or notice must come after it). Null otherwise.
 */
function versionUnion(group: SeriesGroup): Posting | null {
  const last = group.revisions.length - 1;
  const latest = group.revisions[last]!.posting;
  const total = latest.total;
  if (latest.versionInferred || !total || !latest.patches.length || latest.patches.some((p) => p.number < 1 || p.number > total)) return null;
  let j = last - 1;
  for (; j >= 0; j--) {
    const earlier = group.revisions[j]!.posting;
    if (earlier.version !== latest.version || earlier.versionInferred) return null;
    if (earlier.total === total && earlier.patches.length > latest.patches.length) break;
  }
  if (j < 0) return null;
  const byNumber = new Map<number, Posting["patches"][number]>();
  for (let k = j; k <= last; k++) for (const p of group.revisions[k]!.posting.patches) if (p.number >= 1 && p.number <= total) byNumber.set(p.number, p);
  const full = group.revisions[j]!.posting;
  const replyIds = group.revisions.slice(j).flatMap((r) => r.posting.replyIds);
  return { ...full, patches: [...byNumber.values()].sort((a, b) => a.number - b.number), date: latest.date, replyIds };
}

/** The full posting of the version `union` gathers, dated as the union (its latest posting). */
function fullOfVersion(group: SeriesGroup, union: Posting): Posting {
  const full = group.revisions.find((r) => r.posting.key === union.key)!.posting;
  return { ...full, date: union.date };
}

/** The postings whose patches pulls are matched against: the latest version's union of postings and its full posting, or the latest posting. */
function judgedPostings(group: SeriesGroup): Posting[] {
  const union = versionUnion(group);
  if (union) return [union, fullOfVersion(group, union)];
  const latest = group.revisions[group.revisions.length - 1]?.posting;
  return latest ? [latest] : [];
}

const authorOf = (group: SeriesGroup) => (group.author?.email ?? group.revisions[group.revisions.length - 1]!.posting.authorEmail ?? "").toLowerCase();

/** The patch a pull mention accepts, and the files it changes (other postings of that change count too). */
interface Claim {
  messageId: string;
  files: string[];
}

/** The files a patch changes (empty when unknown). Derive keeps the annotated files, not the fingerprint's list. */
function filesOf(messageId: string, facts: Map<string, MessageFacts>): string[] {
  return (facts.get(messageId)?.patch?.files ?? []).map((f) => f.path);
}

/**
 * Whether the mention's commit is this patch: the claimed posting, or another posting of that change (an
 * earlier version, a resend, the patch inside a later series), which changes at least one of its files.
 */
function isClaimed(claim: Claim | undefined, messageId: string, facts: Map<string, MessageFacts>): boolean {
  if (!claim) return false;
  return claim.messageId === messageId || filesOf(messageId, facts).some((f) => claim.files.includes(f));
}

/** One pull request (or "have been added" list) naming a title: when, who sent it, and the commit's author if named. */
interface PullMention {
  date: number;
  from: string;
  author: string | null;
}

/** Appliers, and the series' reviewed patches (their attributed trailers say which patches a reply's tags are for). */
type Judging = Appliers & { review?: Map<string, PatchReview> };

/**
 * Who applies patches, and what pull requests said was merged. `people`: addresses that announced someone
 * else's patches applied, or sent a pull request naming someone else's patch. `pulls`: each normalised
 * commit title named by a pull request, with the dates and senders of the mails naming it.
 */
export interface Appliers {
  people: Set<string>;
  pulls: Map<string, PullMention[]>;
  /** The one commit each pull mention accepts; without it, every matching patch counts. */
  claims?: Map<PullMention, Claim>;
  /**
   * Of `people`, those who announced someone else's patches applied in a notice (without it, all of them).
   * Only their own notices count unnamed: one who only sends pulls of his own tree says "pushed it" of his
   * own work too ("I've made the change and pushed it": to his branch, for the next posting).
   */
  noticers?: Set<string>;
  /** Each normalised patch title, with the dates of the postings carrying it (without it, no title is known re-sent). */
  postedTitles?: Map<string, number[]>;
  /** The subsystems (subsystemOf) of the patches each noticer announced applied anywhere. */
  subsystems?: Map<string, Set<string>>;
  /** Each normalised patch title's postings under an explicit version (without it, no series is superseded by another). */
  laterPostings?: Map<string, LaterPosting[]>;
  /** Each patch's posting: its series, when it was posted and by whom (without it, no pull is known to have merged a later posting). */
  patchPostings?: Map<string, PatchPosting>;
  /** Pulls merging a later posting elsewhere accept this one too (latestAppliedOf). */
  keepLaterClaims?: boolean;
}

/** Where a patch was posted (patchPostingsOf). */
interface PatchPosting {
  groupKey: string;
  date: number;
  author: string;
  authorName: string;
  /** The posting's other patches. */
  siblings: string[];
}

/**
 * People who announced someone else's patches applied, or pulled them: maintainers. Their notice (or pull)
 * on a series of their own counts too (netfilter's maintainers apply their own patches: "Patch applied.");
 * anyone else's does not.
 */
export function appliersOf(groups: SeriesGroup[], facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>): Appliers {
  const people = new Set<string>();
  const noticers = new Set<string>();
  const subsystems = new Map<string, Set<string>>();
  const pulls = pullsOf(facts, rowById);
  for (const group of groups) {
    const author = authorOf(group);
    for (const { posting } of group.revisions) {
      for (const id of posting.replyIds) {
        const from = facts.get(id)?.applied ? rowById.get(id)?.fromEmail.toLowerCase() : undefined;
        if (from && from !== author) {
          people.add(from);
          noticers.add(from);
          noteSubsystems(subsystems, from, id, posting, facts, rowById);
        }
      }
      if (!pulls.size) continue;
      for (const p of posting.patches) {
        for (const mention of pulls.get(patchTitleKey(p.messageId, rowById)) ?? NONE) if (mention.from !== author) people.add(mention.from);
      }
    }
  }
  const patchPostings = patchPostingsOf(groups);
  return { people, pulls, claims: claimsOf(groups, rowById, facts, people, pulls, patchPostings), noticers, postedTitles: postedTitlesOf(groups, rowById), subsystems, laterPostings: laterPostingsOf(groups, rowById), patchPostings };
}

/** Every patch's posting: its series, date and author. */
function patchPostingsOf(groups: SeriesGroup[]): Map<string, PatchPosting> {
  const out = new Map<string, PatchPosting>();
  for (const group of groups) {
    const author = authorOf(group);
    const authorName = group.author?.name ?? "";
    for (const { posting } of group.revisions) {
      const date = posting.date?.getTime();
      if (date === undefined || !Number.isFinite(date)) continue;
      const ids = posting.patches.map((p) => p.messageId);
      for (const p of posting.patches) if (!out.has(p.messageId)) out.set(p.messageId, { groupKey: group.key, date, author, authorName, siblings: ids.filter((id) => id !== p.messageId) });
    }
  }
  return out;
}

/**
 * The pull's commit is a later posting of this patch (the same change: isClaimed) in another series by the same
 * author: claimsOf gives each shortlog entry to the latest posting, and that is what was merged. The series the
 * later postings make of this posting's patches: by the series they are in.
 */
function laterClaimsByGroup(posting: Posting, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): Map<string, Set<PullMention>> | null {
  if (!appliers.claims || !appliers.pulls.size || !appliers.patchPostings) return null;
  let out: Map<string, Set<PullMention>> | null = null;
  const covered = new Map<string, Set<string>>();
  for (const p of posting.patches) {
    const mine = appliers.patchPostings.get(p.messageId);
    if (!mine) continue;
    for (const m of mentionsOf(p.messageId, facts, rowById, appliers)) {
      const claim = appliers.claims.get(m);
      if (!claim || claim.messageId === p.messageId || !isClaimed(claim, p.messageId, facts)) continue;
      const theirs = appliers.patchPostings.get(claim.messageId);
      if (!theirs || theirs.groupKey === mine.groupKey || theirs.date <= mine.date) continue;
      if (theirs.author !== mine.author && !(mine.authorName && theirs.authorName && sameFullName(mine.authorName, theirs.authorName))) continue;
      out ??= new Map();
      let set = out.get(theirs.groupKey);
      if (!set) out.set(theirs.groupKey, (set = new Set()));
      set.add(m);
      let ids = covered.get(theirs.groupKey);
      if (!ids) covered.set(theirs.groupKey, (ids = new Set()));
      ids.add(p.messageId);
    }
  }
  // One later series carrying every patch is a resend of the posting (the same change, sent again alone or
  // under another cover): the pull merged this posting's work as it stands, and it is accepted with it.
  if (out && [...covered.values()].some((ids) => ids.size === posting.patches.length)) return null;
  return out;
}

/**
 * Pull mentions whose commit is a later posting of the patch in another series by its author, when the work went
 * on there in another shape ("[PATCH v3 3/5]" re-sent as "[PATCH 2/2]" of a new series, which the pull took; the
 * hwmon patch of an i2c + hwmon pair re-sent alone under a retouched title): they accept nothing of this posting,
 * which that series superseded. Empty when a later series re-sent all of it (laterClaimsByGroup).
 */
function claimedLaterElsewhere(posting: Posting, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): ReadonlySet<PullMention> {
  const byGroup = laterClaimsByGroup(posting, facts, rowById, appliers);
  if (!byGroup) return NO_MENTIONS;
  return new Set([...byGroup.values()].flatMap((set) => [...set]));
}

const NO_MENTIONS: ReadonlySet<PullMention> = new Set();

/** Adds the subsystems of the patches notice `id` announced applied (the answered one, or all for the series or cover) to its sender's. */
function noteSubsystems(subsystems: Map<string, Set<string>>, from: string, id: string, posting: Posting, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>): void {
  const targets = new Set(posting.patches.map((p) => p.messageId));
  if (posting.coverId) targets.add(posting.coverId);
  const target = patchAbove(id, targets, rowById);
  if (!target) return;
  const whole = target === posting.coverId || facts.get(id)?.applied === "series";
  let set = subsystems.get(from);
  if (!set) subsystems.set(from, (set = new Set()));
  for (const p of posting.patches) if (whole || p.messageId === target) set.add(subsystemOf(p.messageId, rowById));
}

/** Every patch title of every posting, normalised, with the postings' dates. */
function postedTitlesOf(groups: SeriesGroup[], rowById: Map<string, AcceptanceRow>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const group of groups) {
    for (const { posting } of group.revisions) {
      const date = posting.date?.getTime();
      if (date === undefined || !Number.isFinite(date)) continue;
      for (const p of posting.patches) {
        const key = patchTitleKey(p.messageId, rowById);
        if (!key) continue;
        const dates = out.get(key);
        if (dates) dates.push(date);
        else out.set(key, [date]);
      }
    }
  }
  return out;
}

/**
 * A shortlog entry stands for one commit: of the series' latest revisions that pulls would accept whole
 * (each patch named after it was posted, by its author's name), it accepts the patch posted last before
 * the pull, so three patches by one author bearing one generic title ("Fix repeated words in comments") are
 * not all accepted by the one entry that merged one of them; another posting changing one of its files (an
 * earlier version, a resend, the patch sent alone first) is that commit too. A revision the pulls would not accept anyway
 * takes no entry from the one they do.
 */
function claimsOf(groups: SeriesGroup[], rowById: Map<string, AcceptanceRow>, facts: Map<string, MessageFacts>, people: Set<string>, pulls: Map<string, PullMention[]>, patchPostings?: Map<string, PatchPosting>): Map<PullMention, Claim> {
  const claims = new Map<PullMention, Claim>();
  if (!pulls.size) return claims;
  const appliers: Appliers = { people, pulls, patchPostings };
  type Candidate = { messageId: string; posted: number; author: string; sender: string | undefined; mentions: PullMention[]; partly: boolean };
  const whole: Candidate[] = [];
  // Revisions pulls name in part: they take, afterwards, only the mentions left, and only those naming the patch's author.
  const part: Candidate[] = [];
  // Patches named only under a retouched prefix take what the exact titles left.
  const retitled: Candidate[] = [];
  for (const group of groups) for (const posting of judgedPostings(group)) {
    const posted = posting.date?.getTime();
    if (posted === undefined || isRfcOrBackport(posting, rowById)) continue;
    const named = pulledPatches(posting, authorOf(group), facts, rowById, appliers, true);
    const all = pulledAfter(posting, authorOf(group), facts, rowById, appliers);
    if (!all && !named.size) continue;
    for (const p of posting.patches) {
      const mentions = mentionsOf(p.messageId, facts, rowById, appliers);
      if (mentions.length && (all || named.has(p.messageId))) (!pulls.has(patchTitleKey(p.messageId, rowById)) ? retitled : all ? whole : part).push({ messageId: p.messageId, posted, author: authorOf(group), sender: senderOf(p.messageId, facts, rowById), mentions, partly: !all });
    }
  }
  // Latest postings first: in each pull mail naming its title, each takes a mention no posting has taken yet
  // (a title the shortlog names twice is two mentions), unless one already taken stands for the same change
  // (it changes the same files).
  whole.sort((a, b) => b.posted - a.posted);
  part.sort((a, b) => b.posted - a.posted);
  retitled.sort((a, b) => b.posted - a.posted);
  for (const c of [...whole, ...part, ...retitled]) {
    const byMail = new Map<string, PullMention[]>();
    for (const m of c.mentions) {
      if (!mentionFits(m, c.posted, c.author, c.sender, people) || (c.partly && !namesAuthor(m, c.sender, c.author))) continue;
      const mail = `${m.date}|${m.from}`;
      const list = byMail.get(mail);
      if (list) list.push(m);
      else byMail.set(mail, [m]);
    }
    for (const mentions of byMail.values()) {
      if (mentions.some((m) => isClaimed(claims.get(m), c.messageId, facts))) continue;
      const free = mentions.find((m) => !claims.has(m));
      if (free) claims.set(free, { messageId: c.messageId, files: filesOf(c.messageId, facts) });
    }
  }
  return claims;
}

/** The patch's author as a shortlog names it: a maintainer reposting a contributor's patch names its author in the body. */
function senderOf(messageId: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>): string | undefined {
  return facts.get(messageId)?.patch?.author?.name || rowById.get(messageId)?.fromName;
}

/** A pull dated after the posting (within the lag), from someone else or a maintainer, naming the patch's sender. */
function mentionFits(m: PullMention, posted: number, author: string, sender: string | undefined, people: Set<string>): boolean {
  return m.date > posted && m.date - posted <= MAX_PULL_LAG_MS && (m.from !== author || people.has(m.from)) && authorFits(m.author, sender);
}

/**
 * Whether a shortlog's author can be the patch's sender (lib/review's sameAuthorName); a sender known only by
 * an address (an in-body "From: dlaurie@example.org") is the author whose name word (3 letters or more) its
 * local part contains ("Duncan Laurie").
 */
function authorFits(pullAuthor: string | null, sender: string | undefined): boolean {
  if (sameAuthorName(pullAuthor, sender)) return true;
  const at = sender?.indexOf("@") ?? -1;
  if (!pullAuthor || at <= 0 || /\s/.test(sender!.trim())) return false;
  const local = sender!.slice(0, at).toLowerCase();
  return wordsOf(pullAuthor).some((w) => w.length >= 3 && local.includes(w));
}

/** A name's letter runs, lower-cased and without accents. */
function wordsOf(name: string): string[] {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}

/**
 * A mention that can accept a patch of a revision pulls name only in part: its shortlog names an author, the
 * patch's sender is known, and the pull is not the series author's own. A title alone ("have been added"
 * lists, one generic title) says too little when the rest of the series is not there to confirm it, and an
 * author asking to pull part of his own series (a branch of a rework) may never have been merged.
 */
function namesAuthor(m: PullMention, sender: string | undefined, author: string): boolean {
  return m.from !== author && !!m.author && wordsOf(m.author).length > 0 && !!sender && wordsOf(sender).length > 0;
}

/** An RFC, or a stable backport, is never what a mainline pull merged. */
function isRfcOrBackport(posting: SeriesGroup["revisions"][number]["posting"], rowById: Map<string, AcceptanceRow>): boolean {
  const ids = posting.coverId ? [posting.coverId, ...posting.patches.map((p) => p.messageId)] : posting.patches.map((p) => p.messageId);
  return ids.some((id) => {
    const subject = parseSubject(rowById.get(id)?.subject ?? "");
    return subject.isRfc || isStableBackport(subject);
  });
}

/** Every title a pull request (or "have been added" list) names, with the dated senders naming it. */
function pullsOf(facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>): Map<string, PullMention[]> {
  const pulls = new Map<string, PullMention[]>();
  for (const [id, f] of facts) {
    if (!f.pulled?.length) continue;
    const row = rowById.get(id);
    const date = row?.date ? new Date(row.date).getTime() : NaN;
    const from = row?.fromEmail.toLowerCase();
    // An undated or anonymous pull cannot be placed after a revision or weighed against its author.
    if (!from || !Number.isFinite(date)) continue;
    for (const { title, author, count } of f.pulled) {
      let list = pulls.get(title);
      if (!list) pulls.set(title, (list = []));
      // One mention per commit: each accepts one posting (claimsOf).
      for (let k = 0; k < (count ?? 1); k++) list.push({ date, from, author });
    }
  }
  return pulls;
}

/**
 * The pull mentions naming a patch's title; when none does, those naming it under a retouched subsystem
 * prefix (retitledMentions) or with one word's spelling fixed (misspeltMentions).
 */
function mentionsOf(messageId: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): PullMention[] {
  const key = patchTitleKey(messageId, rowById);
  const exact = appliers.pulls.get(key);
  if (exact || !appliers.pulls.size) return exact ?? NONE;
  // The same patch is asked about for every posting and pass it is judged in: read its title once.
  let memo = RETITLED_MEMO.get(appliers.pulls);
  if (!memo) RETITLED_MEMO.set(appliers.pulls, (memo = new Map()));
  let found = memo.get(messageId);
  if (!found) {
    found = retitledMentions(messageId, facts, rowById, appliers);
    if (!found.length) found = misspeltMentions(messageId, facts, rowById, appliers);
    if (!found.length) found = oneWordMentions(messageId, facts, rowById, appliers);
    if (!found.length) found = cutShortMentions(messageId, facts, rowById, appliers);
    if (!found.length) found = siblingMentions(messageId, facts, rowById, appliers);
    memo.set(messageId, found);
  }
  return found;
}

/** retitledMentions' answers per patch, for one set of pulls (dropped with it). */
const RETITLED_MEMO = new WeakMap<Map<string, PullMention[]>, Map<string, PullMention[]>>();

/** Fewer words after the prefixes than this say too little to match under other prefixes ("Fix typo in comment"). */
const MIN_RETITLED_WORDS = 5;

/**
 * Mentions of a pulled title that is the patch's with its prefixes retouched the way maintainers do when
 * applying: the last one trimmed ("clk: renesas: rzv2h-cpg: Fix ..." pulled as "clk: renesas: rzv2h: Fix
 * ..."), a stray first one dropped ("drivers: clk: renesas: ..." as "clk: renesas: ..."), or both. The words
 * after the prefixes must be the same (five or more) and the shortlog must name the commit's author as the
 * patch's sender. Another driver's prefix ("serial: atmel:" against "serial: sh-sci:") is another patch: one
 * author sends the same fix to many drivers.
 */
function retitledMentions(messageId: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): PullMention[] {
  const subject = rowById.get(messageId)?.subject;
  const sender = senderOf(messageId, facts, rowById);
  if (!subject || !sender || wordsOf(sender).length === 0) return NONE;
  const title = titleOf(subject);
  const cut = title.lastIndexOf(": ");
  if (cut <= 0) return NONE;
  const suffix = normalizeTitle(title.slice(cut + 2));
  if (suffix.split(" ").length < MIN_RETITLED_WORDS) return NONE;
  const segments = title.slice(0, cut).split(": ").map(normalizeTitle);
  const lastWords = segments[segments.length - 1]!.split(" ");
  let out: PullMention[] | null = null;
  // The first prefix goes only when two remain ("drivers: clk: renesas:"); the last keeps at least a word.
  for (let first = 0; first <= (segments.length >= 3 ? 1 : 0); first++) {
    for (let trim = 0; trim < lastWords.length; trim++) {
      if (first === 0 && trim === 0) continue;
      const kept = [...segments.slice(first, -1), lastWords.slice(0, lastWords.length - trim).join(" ")].filter(Boolean).join(" ");
      for (const m of appliers.pulls.get(`${kept} ${suffix}`) ?? NONE) {
        if (m.author && wordsOf(m.author).length > 0 && authorFits(m.author, sender)) (out ??= []).push(m);
      }
    }
  }
  return out ?? NONE;
}

/** The word a misspelt-title key stands in for. */
const ANY_WORD = "\u0000";

/**
 * Pulled titles by each of their words left out (ANY_WORD in its place): a title differing from a pulled one
 * in one word is found by its own keys. Built once per set of pulls.
 */
function pulledByWordLeftOut(pulls: Map<string, PullMention[]>): Map<string, string[]> {
  return pulledByWordVariant(pulls, MISSPELT_INDEX, MIN_RETITLED_WORDS, leftOut);
}

/** Pulled titles of `fewestWords` words or more by each key `keyOf` makes of them, one per word; cached per set of pulls. */
function pulledByWordVariant(
  pulls: Map<string, PullMention[]>,
  cache: WeakMap<Map<string, PullMention[]>, Map<string, string[]>>,
  fewestWords: number,
  keyOf: (words: string[], i: number) => string,
): Map<string, string[]> {
  let index = cache.get(pulls);
  if (index) return index;
  index = new Map();
  for (const title of pulls.keys()) {
    const words = title.split(" ");
    if (words.length < fewestWords) continue;
    for (let i = 0; i < words.length; i++) {
      const key = keyOf(words, i);
      const list = index.get(key);
      if (list) list.push(title);
      else index.set(key, [title]);
    }
  }
  cache.set(pulls, index);
  return index;
}

const MISSPELT_INDEX = new WeakMap<Map<string, PullMention[]>, Map<string, string[]>>();

function leftOut(words: string[], i: number): string {
  const copy = words.slice();
  copy[i] = ANY_WORD;
  return copy.join(" ");
}

/**
 * Mentions of a pulled title that is the patch's with one word's spelling fixed, as maintainers do when
 * applying ("supressing" pulled as "suppressing", "ACPI:" as "ACPICA:"): five words or more, the one word
 * within two edits, neither holding a digit (a model or version number, "B2402CBA" against "B2402FBA", names
 * another patch), and the shortlog naming the patch's sender as the commit's author.
 */
function misspeltMentions(messageId: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): PullMention[] {
  const key = patchTitleKey(messageId, rowById);
  const sender = senderOf(messageId, facts, rowById);
  const words = key.split(" ");
  if (words.length < MIN_RETITLED_WORDS || !sender || wordsOf(sender).length === 0) return NONE;
  const index = pulledByWordLeftOut(appliers.pulls);
  let out: PullMention[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.length < 4 || /\d/.test(word)) continue;
    for (const title of index.get(leftOut(words, i)) ?? NONE) {
      const pulledWord = title.split(" ")[i]!;
      if (pulledWord.length < 4 || /\d/.test(pulledWord) || editDistance(word, pulledWord) > 2) continue;
      for (const m of appliers.pulls.get(title) ?? NONE) {
        if (m.author && wordsOf(m.author).length > 0 && authorFits(m.author, sender)) (out ??= []).push(m);
      }
    }
  }
  return out ?? NONE;
}

/**
 * Mentions whose shortlog names the patch's sender as the commit's author, every word of the shorter name in
 * the longer ("Rafael J. Wysocki" for "Rafael J Wysocki"; not "David Yang" for "Yang Li"): a title changed
 * by a word says too little alone, and one author sends what another did under a like title.
 */
function byAuthor(mentions: readonly PullMention[] | undefined, sender: string): PullMention[] {
  return (mentions ?? NONE).filter((m) => m.author && wordsOf(m.author).length > 0 && authorFits(m.author, sender) && sameFullName(m.author, sender));
}

/** Every name word of the shorter name is in the longer (a sender known by an address alone: authorFits decides). */
function sameFullName(a: string, b: string): boolean {
  if (b.includes("@") && !/\s/.test(b.trim())) return true;
  const [short, long] = [wordsOf(a), wordsOf(b)].sort((x, y) => x.length - y.length);
  const set = new Set(long);
  return short!.length > 0 && short!.every((w) => set.has(w));
}

/**
 * Pulled titles by each of their words removed (not replaced): a patch title one word shorter than a pulled
 * one is found by its own key. Built once per set of pulls.
 */
function pulledByWordRemoved(pulls: Map<string, PullMention[]>): Map<string, string[]> {
  return pulledByWordVariant(pulls, REMOVED_INDEX, MIN_RETITLED_WORDS + 1, (words, i) => [...words.slice(0, i), ...words.slice(i + 1)].join(" "));
}

const REMOVED_INDEX = new WeakMap<Map<string, PullMention[]>, Map<string, string[]>>();

/**
 * A word a maintainer may drop from a title or add to it when applying: no digit (a model or version
 * number names another patch), and not what makes a revert of the commit named ("Revert", "Reapply") or a
 * fix to fold into it ("fixup!", which git titles after the commit it fixes).
 */
function isRetouchWord(word: string): boolean {
  return !/\d/.test(word) && !/^(?:revert|reverts|reverting|reapply|unrevert|partially|fixup|squash|amend)$/.test(word);
}

/**
 * Mentions of a pulled title that is the patch's with one word dropped after its prefixes ("Add the support
 * for" pulled as "Add support for") or one word added anywhere ("ACPI: Make …" pulled as "ACPI: property:
 * Make …"), as maintainers retouch a title when applying: five words or more on both sides, a word
 * isRetouchWord allows, and the shortlog naming the patch's sender as the commit's author (byAuthor).
 */
function oneWordMentions(messageId: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): PullMention[] {
  const key = patchTitleKey(messageId, rowById);
  const sender = senderOf(messageId, facts, rowById);
  const words = key.split(" ");
  if (words.length < MIN_RETITLED_WORDS || !sender || wordsOf(sender).length === 0) return NONE;
  let out: PullMention[] | null = null;
  // A word dropped from the words after the prefixes: a prefix trimmed is retitledMentions' to judge ("foo: bar:
  // add …" pulled as "foo: add …" may be the same fix the author sent for another driver).
  if (words.length > MIN_RETITLED_WORDS) {
    const title = titleOf(rowById.get(messageId)?.subject ?? "");
    const cut = title.lastIndexOf(": ");
    const prefixWords = cut > 0 ? normalizeTitle(title.slice(0, cut)).split(" ").filter(Boolean).length : 0;
    for (let i = 0; i < words.length; i++) {
      // A word written twice ("ACPICA: ACPICA: fix …") loses its second, in the prefixes too.
      const repeated = i > 0 && words[i - 1] === words[i];
      if (!isRetouchWord(words[i]!) || (i < prefixWords && !repeated) || words[i + 1] === words[i]) continue;
      const found = byAuthor(appliers.pulls.get([...words.slice(0, i), ...words.slice(i + 1)].join(" ")), sender);
      if (found.length) (out ??= []).push(...found);
    }
  }
  // A word added to it.
  for (const title of pulledByWordRemoved(appliers.pulls).get(key) ?? NONE) {
    const added = title.split(" ").find((w, i) => w !== words[i]);
    if (added === undefined || !isRetouchWord(added)) continue;
    const found = byAuthor(appliers.pulls.get(title), sender);
    if (found.length) (out ??= []).push(...found);
  }
  return out ?? NONE;
}

/** A patch title this long (in characters) was cut when the commit was titled: a subject is 50 to 72. */
const LONG_TITLE = 72;
/** The fewest words of a long title's start that may stand for it. */
const MIN_CUT_WORDS = 4;

/**
 * Mentions of a pulled title that is the start of the patch's overlong title ("ACPICA: Results from Clang
 * changes/fixes From Clang V5.0.1. Mostly "set but never read" warnings." pulled as "ACPICA: Results from
 * Clang"): the longest such start of four words or more, the shortlog naming the patch's sender as the commit's author.
 */
function cutShortMentions(messageId: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): PullMention[] {
  const subject = rowById.get(messageId)?.subject;
  const sender = senderOf(messageId, facts, rowById);
  if (!subject || titleOf(subject).length <= LONG_TITLE || !sender || wordsOf(sender).length === 0) return NONE;
  const words = patchTitleKey(messageId, rowById).split(" ");
  for (let k = words.length - 1; k >= MIN_CUT_WORDS; k--) {
    const found = byAuthor(appliers.pulls.get(words.slice(0, k).join(" ")), sender);
    if (found.length) return found;
  }
  return NONE;
}

/** The least share of words a retitled patch and its pulled title have in common (siblingMentions). */
const MIN_SIBLING_OVERLAP = 0.75;

/**
 * Mentions of a title retouched beyond the rules above ("net: netfilter: Add IPIP flowtable rx sw acceleration"
 * pulled as "netfilter: flowtable: Add IPIP rx sw acceleration"), found in a pull mail that names another patch of
 * the same posting by its exact title, as a commit of the same author: of that mail's titles by the patch's sender,
 * the one sharing the most words with the patch's title (three quarters or more of both titles' words, five
 * words or more), when no other comes as close and no patch of the posting bears it.
 */
function siblingMentions(messageId: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): PullMention[] {
  const siblings = appliers.patchPostings?.get(messageId)?.siblings;
  const sender = senderOf(messageId, facts, rowById);
  const words = new Set(patchTitleKey(messageId, rowById).split(" ").filter(Boolean));
  if (!siblings?.length || !sender || wordsOf(sender).length === 0 || words.size < MIN_RETITLED_WORDS) return NONE;
  const siblingKeys = new Set(siblings.map((id) => patchTitleKey(id, rowById)));
  // The pull mails naming a sibling exactly, as a commit of the sibling's sender.
  const mails = new Set<string>();
  for (const id of siblings) {
    const s = senderOf(id, facts, rowById);
    for (const m of appliers.pulls.get(patchTitleKey(id, rowById)) ?? NONE) if (m.author && s && sameFullName(m.author, s)) mails.add(`${m.date}|${m.from}`);
  }
  if (!mails.size) return NONE;
  let best: { title: string; score: number } | null = null;
  let second = 0;
  for (const title of titlesOfMails(appliers.pulls, mails)) {
    if (siblingKeys.has(title)) continue;
    const other = title.split(" ");
    if (other.length < MIN_RETITLED_WORDS) continue;
    const common = other.filter((w) => words.has(w)).length;
    const score = Math.min(common / words.size, common / new Set(other).size);
    if (score < MIN_SIBLING_OVERLAP) continue;
    if (!best || score > best.score) {
      second = best?.score ?? second;
      best = { title, score };
    } else second = Math.max(second, score);
  }
  if (!best || second >= best.score) return NONE;
  return byAuthor(appliers.pulls.get(best.title)?.filter((m) => mails.has(`${m.date}|${m.from}`)), sender);
}

/** The pulled titles named in the given mails (`date|from`), from an index built once per set of pulls. */
function titlesOfMails(pulls: Map<string, PullMention[]>, mails: Set<string>): Set<string> {
  let index = TITLES_BY_MAIL.get(pulls);
  if (!index) {
    index = new Map();
    for (const [title, mentions] of pulls) {
      for (const m of mentions) {
        const key = `${m.date}|${m.from}`;
        const list = index.get(key);
        if (list) list.push(title);
        else index.set(key, [title]);
      }
    }
    TITLES_BY_MAIL.set(pulls, index);
  }
  const out = new Set<string>();
  for (const mail of mails) for (const t of index.get(mail) ?? NONE) out.add(t);
  return out;
}

const TITLES_BY_MAIL = new WeakMap<Map<string, PullMention[]>, Map<string, string[]>>();

/** A patch's title as pull requests' titles are keyed: normalised (empty when the message is unknown). */
function patchTitleKey(messageId: string, rowById: Map<string, AcceptanceRow>): string {
  const row = rowById.get(messageId);
  return row ? normalizeTitle(titleOf(row.subject)) : "";
}

/**
 * Whether a revision was announced applied: for its cover letter, for the whole series (from any of its
 * mails), or patch by patch (each answered, or listed by number in b4's "[k/N] title" lines) until every
 * patch is; or whether pull requests sent after it name every one of its patches ("all"). Otherwise the
 * patches announced applied so far. The author's own notice counts when the author applies others' patches
 * too or the notice names its tree (authorNoticeCounts); the author's own pull, only in the first case.
 * `notBefore`: only notices dated after it count, and (unless `withPulls`) no pulls.
 */
function revisionApplied(
  posting: SeriesGroup["revisions"][number]["posting"],
  author: string,
  facts: Map<string, MessageFacts>,
  rowById: Map<string, AcceptanceRow>,
  appliers: Judging,
  notBefore?: number,
  withPulls = notBefore === undefined,
): "all" | ReadonlySet<string> {
  const targets = new Set(posting.patches.map((p) => p.messageId));
  if (posting.coverId) targets.add(posting.coverId);
  const applied = new Set<string>();
  // b4 listing a subset renumbered ("[1/1] <title of 1/5>") says which it took: it stretches to no others.
  let listedSubset = false;
  // A notice naming its patches by number in words ("Applied 1-2", "just this patch" on 1/3) says which it took: it stretches
  // to no others (b4's "[k/N]" lines may list the answered patch alone for the whole set: "Applied along with the [2/2]").
  let numbered = false;
  let noticer = "";
  for (const id of posting.replyIds) {
    const scope = facts.get(id)?.applied;
    const row = rowById.get(id);
    if (!scope || !row) continue;
    if (notBefore !== undefined && !(row.date && new Date(row.date).getTime() > notBefore)) continue;
    const from = row.fromEmail.toLowerCase();
    if (from === author && !authorNoticeCounts(from, facts.get(id), appliers)) continue;
    const target = patchAbove(id, targets, rowById);
    if (!target) continue;
    // "Applied drivers/perf patch to …", "Applied, L2CAP changes were excluded", "I dropped the foo changes and applied
    // the rest": the patches of that area, or all but them, whichever mail the notice answers (when the area names
    // some of the patches, not all).
    const byArea = areaApplied(facts.get(id)?.appliedArea, posting, facts, rowById);
    if (byArea) {
      for (const p of byArea) applied.add(p);
      listedSubset = true;
      continue;
    }
    if (Array.isArray(scope)) {
      const listed = facts.get(id)?.appliedListed;
      if (listsEveryPatch(listed, posting.total)) return "all";
      // "Pushed out these two patches", "The three CI changes are now queued" on a patch sent alone: some patches, not
      // known which, are applied, and the answered one is among them (its series is that patch).
      if (!scope.length && !listed?.length && posting.patches.length === 1 && !posting.coverId && (posting.total ?? 1) <= 1) {
        applied.add(target);
        noticer = from;
        continue;
      }
      for (const p of listedApplied(scope, listed, posting, rowById)) applied.add(p);
      if (!listed?.length) numbered = true;
      if (listed?.some((l) => l.total !== (posting.total ?? posting.patches.length))) listedSubset = true;
      continue;
    }
    if (scope === "series" || target === posting.coverId || answersSeriesReport(row, target, posting, facts, rowById, appliers)) return "all";
    const covered = answeredTagScope(id, target, posting, facts, rowById, appliers.review);
    if (covered) for (const p of covered) applied.add(p);
    else applied.add(target);
    noticer = from;
  }
  if (posting.patches.length > 0 && posting.patches.every((p) => applied.has(p.messageId))) return "all";
  if (!listedSubset && !numbered && isEndPatchForAll(posting, applied, author, noticer, facts, rowById, appliers)) return "all";
  // Pulls are matched by title: the latest revision's own reading already took them.
  if (!withPulls) return applied;
  const pulled = pullsApplied(posting, author, facts, rowById, appliers);
  if (pulled === "all") return "all";
  for (const p of pulled) applied.add(p);
  return posting.patches.length > 0 && posting.patches.every((p) => applied.has(p.messageId)) ? "all" : applied;
}

/** A title's or path's words: lower-cased letter and digit runs ("L2CAP_EXT_FLOWCTL_MODE" -> l2cap ext flowctl mode). */
function areaWords(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Whether `words` holds `part` as a run of consecutive words. */
function holdsRun(words: readonly string[], part: readonly string[]): boolean {
  if (!part.length) return false;
  for (let i = 0; i + part.length <= words.length; i++) if (part.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/**
 * The patches a notice naming an area took: those whose title or changed files name it ("drivers/perf" in
 * "kbuild, drivers/perf: remove …" or drivers/perf/*, "L2CAP" in "l2test: Add support for L2CAP_EXT_FLOWCTL_MODE"),
 * or, for an area left out, the others. None when the area taken names none of them ("I've applied the
 * foo_status patches to …" in a reply on another series: the notice is of other patches). Null when it
 * names all of them, or an area left out names none: the notice is then read as if it named no area.
 */
function areaApplied(area: MessageFacts["appliedArea"], posting: Posting, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>): string[] | null {
  if (!area || !posting.patches.length) return null;
  // "Applied the DTS and pinctrl patches": the patches of any area named.
  const parts = (Array.isArray(area.areas) && area.areas.length > 0 ? area.areas : [area.area]).map(areaWords).filter((w) => w.length > 0);
  if (!parts.length) return null;
  const inArea = posting.patches.filter((p) => {
    const title = areaWords(titleOf(rowById.get(p.messageId)?.subject ?? ""));
    if (parts.some((part) => holdsRun(title, part))) return true;
    return filesOf(p.messageId, facts).some((f) => {
      const words = areaWords(f);
      return parts.some((part) => holdsRun(words, part));
    });
  });
  if (!inArea.length) return area.excluded ? null : [];
  if (inArea.length === posting.patches.length) return null;
  const ids = new Set(inArea.map((p) => p.messageId));
  return posting.patches.filter((p) => ids.has(p.messageId) !== area.excluded).map((p) => p.messageId);
}

/**
 * A notice answering a status or CI bot's report on the first patch of a multi-patch posting ("Applied,
 * thanks." under "CI test results with your patch series") is for what the report was about: the whole
 * posting, when the bot reported on no other patch of it (a bot reporting patch by patch reports on each).
 * Not when a bot's own applied notice on the posting named less ("This patch was applied" on 1/9 alone:
 * "Pushed." meant that one), nor with an objection open on another patch or one posted again later.
 */
function answersSeriesReport(notice: AcceptanceRow, target: string, posting: Posting, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Judging): boolean {
  const review = appliers.review;
  const first = posting.patches[0];
  if (posting.patches.length < 2 || !first || first.number !== 1 || target !== first.messageId || !notice.inReplyTo) return false;
  const report = rowById.get(notice.inReplyTo);
  if (!report || report.inReplyTo !== target || !isNotificationBot({ name: report.fromName, email: report.fromEmail })) return false;
  if (posting.patches.some((p) => p !== first && (review?.get(p.messageId)?.openObjection === true || postedAgainLater(p.messageId, posting, rowById, appliers)))) return false;
  const targets = new Set(posting.patches.map((p) => p.messageId));
  for (const id of posting.replyIds) {
    const row = rowById.get(id);
    if (!row || !isNotificationBot({ name: row.fromName, email: row.fromEmail })) continue;
    if (facts.get(id)?.applied || patchAbove(id, targets, rowById) !== target) return false;
  }
  return true;
}

/**
 * A notice answering only the last patch of a series without a cover letter is for the whole series:
 * maintainers answer the last patch for the set ("Applied." on 3/3, "Queued, thanks." under an ack of 2/2;
 * on selinux, platform-driver-x86, edac every such notice read was). So is one answering only the first
 * patch, the thread's root that the others answer ("Applied, thanks." on 1/4, "Merged." under "For these two
 * patches: Acked-by" on 1/2, "Queued up" under "Any comments on the series?"), unless another patch was
 * posted again later under its title (linux-bluetooth: "Applied, thanks. I skipped patches 2 and 5", both
 * re-sent two years on) or belongs to a subsystem the noticer was never seen to apply ("workqueue:" then
 * "tty/vt:": Tejun's "Applied to wq/for-6.19" on 1/2 took the workqueue patch alone). Only when every patch of 1..N reached the list, no objection is open on any, and
 * no one but the author answered the others except to give a review tag: a maintainer passing over a
 * patch says why there ("this was addressed by another patch").
 */
function isEndPatchForAll(posting: Posting, applied: ReadonlySet<string>, author: string, noticer: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Judging): boolean {
  const n = posting.patches.length;
  const first = posting.patches[0];
  const last = posting.patches[n - 1];
  if (posting.coverId || n < 2 || !first || !last || applied.size !== 1 || !posting.complete || posting.total !== n) return false;
  const end = applied.has(last.messageId) ? last : applied.has(first.messageId) ? first : null;
  if (!end || posting.patches.some((p, i) => p.number !== i + 1 || appliers.review?.get(p.messageId)?.openObjection === true)) return false;
  // Device-tree source patches go through the SoC tree, the rest (bindings, a driver) through the
  // subsystem's: a notice on one kind says nothing of the other ("Applied to clk-next" on the clk patch 1/2
  // of a series whose 2/2 is the board's .dts; the SoC maintainer's "Applied" on the closing .dts patch).
  const dts = isDtsOnly(end.messageId, facts);
  if (posting.patches.some((p) => p !== end && isDtsOnly(p.messageId, facts) !== dts)) return false;
  // The maintainer's pulls name the answered patch and not another: the pull says what the notice took
  // ("Applied as 5.14 material" on 1/2, the pull naming 1/2 alone; 2/2 was never taken).
  const pulled = appliers.pulls.size ? pulledPatches(posting, author, facts, rowById, appliers, false) : NOTHING_APPLIED;
  if (pulled.has(end.messageId) && posting.patches.some((p) => !pulled.has(p.messageId))) return false;
  if (end === first && posting.patches.some((p) => p !== first && (postedAgainLater(p.messageId, posting, rowById, appliers) || !appliesSubsystemOf(noticer, p.messageId, first.messageId, rowById, appliers)))) return false;
  // Patches 2..N often answer patch 1: a reply's patch is the first one above it.
  const patchIds = new Set(posting.patches.map((p) => p.messageId));
  for (const id of posting.replyIds) {
    const row = rowById.get(id);
    if (!row || row.fromEmail.toLowerCase() === author) continue;
    const above = patchAbove(id, patchIds, rowById);
    if (!above || above === end.messageId) continue;
    if (!facts.get(id)?.trailers?.some((t) => isReviewTag(t.kind))) return false;
  }
  return true;
}

/**
 * A title's first subsystem prefix ("workqueue" of "workqueue: Add ...", "tty" of "tty/vt: Fix ..."), lower-cased;
 * empty without one. A set bundling two subsystems' patches goes through two maintainers: the notice of one
 * on the first patch ("Applied to wq/for-6.19") says nothing of the other's.
 */
function subsystemOf(messageId: string, rowById: Map<string, AcceptanceRow>): string {
  const title = titleOf(rowById.get(messageId)?.subject ?? "");
  const colon = title.indexOf(":");
  return colon > 0 ? title.slice(0, colon).split("/")[0]!.trim().toLowerCase() : "";
}

/**
 * Whether the noticer takes patch `messageId`'s subsystem: the first patch's own, or one they announced
 * applied elsewhere (one maintainer takes "monitor:", "tools/btmgmt:" and "emulator/btdev:" alike).
 */
function appliesSubsystemOf(noticer: string, messageId: string, firstId: string, rowById: Map<string, AcceptanceRow>, appliers: Appliers): boolean {
  const subsystem = subsystemOf(messageId, rowById);
  return subsystem === subsystemOf(firstId, rowById) || appliers.subsystems?.get(noticer)?.has(subsystem) === true;
}

/** Another posting of the patch's title was sent after `posting`. */
function postedAgainLater(messageId: string, posting: Posting, rowById: Map<string, AcceptanceRow>, appliers: Appliers): boolean {
  const posted = posting.date?.getTime();
  const key = patchTitleKey(messageId, rowById);
  if (!key || posted === undefined || !appliers.postedTitles) return false;
  return (appliers.postedTitles.get(key) ?? NONE).some((d) => d > posted);
}

/** The patch changes device-tree sources only (".dts"/".dtsi" files). */
function isDtsOnly(messageId: string, facts: Map<string, MessageFacts>): boolean {
  const files = filesOf(messageId, facts);
  return files.length > 0 && files.every((f) => f.endsWith(".dts") || f.endsWith(".dtsi"));
}

/** Acked-by, Reviewed-by, Tested-by: a reply giving one approves (whatever else it says is no objection, or review would hold one open). */
function isReviewTag(kind: string): boolean {
  const k = kind.toLowerCase();
  return k === "acked-by" || k === "reviewed-by" || k === "tested-by";
}

/**
 * A notice answering a reviewer's reply rather than the patch ("Merged, thanks!" under "For these five
 * patches: Acked-by: ..." on 1/5) covers what that reply's tags covered: the patches of the posting whose
 * attributed trailers came from that reply (lib/review's attributeTrailers scopes them), when more than the
 * patch answered. Null otherwise: the notice is for the patch it answers.
 */
function answeredTagScope(noticeId: string, target: string, posting: Posting, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, review: Map<string, PatchReview> | undefined): string[] | null {
  const parent = rowById.get(noticeId)?.inReplyTo;
  if (!review || !parent || parent === target || parent === posting.coverId || !facts.get(parent)?.trailers?.length) return null;
  const covered: string[] = [];
  for (const p of posting.patches) {
    const json = review.get(p.messageId)?.trailersJson;
    if (json && json.includes(parent) && tagsFrom(json, parent)) covered.push(p.messageId);
  }
  return covered.length > 1 && covered.includes(target) ? covered : null;
}

/** Whether attributed trailers (as JSON) hold a reply's review tag given by message `replyId`, not dropped. */
function tagsFrom(trailersJson: string, replyId: string): boolean {
  let list: unknown;
  try {
    list = JSON.parse(trailersJson);
  } catch {
    return false;
  }
  if (!Array.isArray(list)) return false;
  return list.some((t: { messageId?: unknown; source?: unknown; status?: unknown }) => t?.messageId === replyId && t.source !== "patch" && t.status !== "dropped");
}

/**
 * What pulls accepted of a revision: "all" when they name every patch (pulledAfter); otherwise the patches a
 * later pull names as a commit of the patch's author (namesAuthor), by the same rules, as a numbered partial
 * notice would (Greg's shortlog naming 16 of 17 patches).
 */
function pullsApplied(posting: Posting, author: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): "all" | ReadonlySet<string> {
  if (pulledAfter(posting, author, facts, rowById, appliers)) return "all";
  if (isRfcOrBackport(posting, rowById)) return NOTHING_APPLIED;
  return pulledPatches(posting, author, facts, rowById, appliers, true);
}

const NOTHING_APPLIED: ReadonlySet<string> = new Set();

/**
 * The patches a notice names by number. b4's "[k/N] title" list counts out of N: when N is not the
 * revision's patch count (early "(subset)" notices renumbered the applied ones: "[1/2]" for patch 5 of 8)
 * its numbers mean nothing here, and each listed title names the patch bearing it (none when no title matches).
 */
function listedApplied(scope: number[], listed: MessageFacts["appliedListed"], posting: SeriesGroup["revisions"][number]["posting"], rowById: Map<string, AcceptanceRow>): string[] {
  const count = posting.total ?? posting.patches.length;
  if (!listed?.length || listed.every((l) => l.total === count)) return posting.patches.filter((p) => scope.includes(p.number)).map((p) => p.messageId);
  const out: string[] = [];
  const titles = posting.patches.map((p) => titleOf(rowById.get(p.messageId)?.subject ?? ""));
  for (const l of listed) {
    // Maintainers retouch the subsystem prefix ("dt-bindings: spi: x: Add y" applied as "spi: x: Add y"):
    // the words after the last prefix decide when the whole title does not, if only one patch has them.
    let at = matchOnce(titles, normalizeTitle(l.title), normalizeTitle);
    if (at < 0) at = matchOnce(titles, normalizeTitle(afterPrefix(l.title)), (t) => normalizeTitle(afterPrefix(t)));
    const hit = at >= 0 ? posting.patches[at] : undefined;
    if (hit) out.push(hit.messageId);
    else if (l.total === count) out.push(...posting.patches.filter((p) => p.number === l.number).map((p) => p.messageId));
  }
  return out;
}

/** b4 listing every "[k/N]" of the revision's N: the whole series, whether or not its patches reached the list. */
function listsEveryPatch(listed: MessageFacts["appliedListed"], total: number | null): boolean {
  if (!listed?.length || !total || listed.some((l) => l.total !== total || l.number < 1 || l.number > total)) return false;
  return new Set(listed.map((l) => l.number)).size === total;
}

/** The index of the only title whose key is `key` (-1 when none, several, or `key` is empty). */
function matchOnce(titles: string[], key: string, keyOf: (title: string) => string): number {
  if (!key) return -1;
  let at = -1;
  for (let i = 0; i < titles.length; i++) {
    if (keyOf(titles[i]!) !== key) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/** A title without its "subsystem: driver:" prefixes. */
function afterPrefix(title: string): string {
  const k = title.lastIndexOf(": ");
  return k >= 0 ? title.slice(k + 2) : title;
}

/**
 * Maintainers pull a patch within a release cycle or two (a median of 5-7 weeks on two lists measured); a
 * pull naming its title more than a year later merged a resend, or a newer patch reusing a generic title.
 */
const MAX_PULL_LAG_MS = 365 * 24 * 3600 * 1000;

/**
 * Whether every patch of a revision is named by a pull request dated after the revision was posted (within
 * a year), from someone other than its author (or an author who pulls others' patches too), as a commit of
 * the patch's sender when the shortlog names authors. A pull older than the revision merged an earlier
 * version, or another patch that happened to bear the same title (as does a later one by someone else:
 * "i2c: at91: Use devm_platform_get_and_ioremap_resource()"); an RFC, or a stable backport, is never what
 * a mainline pull merged.
 */
function pulledAfter(posting: Posting, author: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): boolean {
  const pulled = pulledPatches(posting, author, facts, rowById, appliers, false);
  return pulled.size > 0 && pulled.size === posting.patches.length && !isRfcOrBackport(posting, rowById);
}

/**
 * The revision's patches a pull request dated after the posting names (pulledAfter's rules, and the claim each
 * shortlog entry makes: claimsOf); `named`: only mentions naming the patch's author (namesAuthor).
 */
function pulledPatches(posting: Posting, author: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers, named: boolean): Set<string> {
  const out = new Set<string>();
  const posted = posting.date?.getTime();
  if (!appliers.pulls.size || !posting.patches.length || posted === undefined || !Number.isFinite(posted)) return out;
  const later = appliers.keepLaterClaims ? NO_MENTIONS : claimedLaterElsewhere(posting, facts, rowById, appliers);
  for (const p of posting.patches) {
    const mentions = mentionsOf(p.messageId, facts, rowById, appliers);
    if (!mentions.length) continue;
    const sender = senderOf(p.messageId, facts, rowById);
    const fits = (m: PullMention) => mentionFits(m, posted, author, sender, appliers.people) && (!named || namesAuthor(m, sender, author)) && (!appliers.claims || (isClaimed(appliers.claims.get(m), p.messageId, facts) && !later.has(m)));
    if (mentions.some(fits)) out.add(p.messageId);
  }
  return out;
}

/**
 * "[PATCH AUTOSEL 5.1 26/59]", "[PATCH stable 5.10]", "[PATCH 6.12.y]": a stable-tree word (a bare release,
 * "[PATCH 6.17 REGRESSION FIX]", "[PATCH for 5.17]", is a mainline fix for that release).
 */
const STABLE_PREFIX_RE = /^(?:autosel|stable|v?\d\.\d{1,2}(?:\.\d{1,3})?(?:\.y|-stable))$/;

/**
 * A backport for a stable tree: a mainline pull naming its title merged the original patch, which the
 * backport copies (with the original's title), not the backport.
 */
function isStableBackport(subject: ReturnType<typeof parseSubject>): boolean {
  return !!subject.stableTree || subject.prefixes.some((p) => STABLE_PREFIX_RE.test(p));
}
