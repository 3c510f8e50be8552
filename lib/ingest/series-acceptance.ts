// Whether a series' latest revision was accepted, in full or in part: maintainers' applied notices on its
// mails (whole series, the patch answered, b4's "[k/N] title" lists) and pull requests sent after it that
// name its patches' titles; and the series state that follows (lib/thread's deriveSeriesState).
import { parseSubject } from "../mail/parse-subject";
import { sameAuthorName } from "../review/pull-request-shortlog";
import { deriveSeriesState } from "../thread";
import { normalizeTitle } from "../thread/title-similarity";
import type { SeriesGroup } from "../thread/types";
import type { MessageFacts } from "./analyze-mail";
import { patchAbove, type PatchReview, type SummaryLike } from "./derive-review";

/** What these rules read of a stored message. */
export interface AcceptanceRow extends SummaryLike {
  subject: string;
}

const NONE: never[] = [];

/**
 * Whether a notice the series' author wrote counts. Authors say "applied" of their own work too ("Applied,
 * will be in v3", a suggestion applied locally), so only an author who applies others' patches counts,
 * or a notice naming the tree it went to: a maintainer applying his own series (to his for-next) says where.
 */
function authorNoticeCounts(from: string, facts: MessageFacts | undefined, appliers: Appliers): boolean {
  return appliers.people.has(from) || facts?.appliedTree === true;
}

/** A subject's title, as series and patch rows store it and pull requests are matched by. */
export function titleOf(subject: string): string {
  return parseSubject(subject).title;
}

/**
 * The series state from its revisions: replies mean under review; an open objection asks for changes;
 * a maintainer's applied notice on the latest revision, or a later pull request naming all its patches,
 * accepts it (a state a person set still wins).
 */
export function deriveState(group: SeriesGroup, review: Map<string, PatchReview> | undefined, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): string {
  const last = group.revisions.length - 1;
  const revisions = group.revisions.map(({ posting }, i) => {
    // Only the latest revision's state shows (earlier ones are superseded): the others are not looked at.
    const applied = i === last ? latestApplied(group, facts, rowById, appliers) : NOTHING_APPLIED;
    const objected = posting.patches.some((p) => review?.get(p.messageId)?.openObjection === true);
    return {
      hasReplies: posting.replyIds.length > 0,
      hasObjection: objected,
      applied: applied === "all",
      // Part applied: done unless an objection is still open on a patch that was not.
      partlyApplied: applied !== "all" && applied.size > 0 && !posting.patches.some((p) => !applied.has(p.messageId) && review?.get(p.messageId)?.openObjection === true),
    };
  });
  return deriveSeriesState({ revisions }).series;
}

/**
 * Whether the latest revision was applied; when it re-sends exactly the diffs of the revision before it (a
 * RESEND or repost of the same version, every patch matched by patch-id), a notice on that one counts: the
 * maintainer applied the same code, often answering the first sending after the repost went out.
 */
function latestApplied(group: SeriesGroup, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): "all" | ReadonlySet<string> {
  const author = authorOf(group);
  const last = group.revisions.length - 1;
  let k = last;
  const applied = revisionApplied(group.revisions[k]!.posting, author, facts, rowById, appliers);
  // A cover alone re-sent under the same version hides nothing either. (Some of the patches re-sent alone, a
  // RESEND after the notice, may say the applied patch never reached the tree: only a later notice counts.)
  for (; applied !== "all" && k > 0 && (isIdenticalRepost(group, k) || isCoverRepost(group, k)); k--) {
    if (revisionApplied(group.revisions[k - 1]!.posting, author, facts, rowById, appliers) === "all") return "all";
  }
  if (applied === "all") return applied;
  // A notice on an earlier revision sent after the latest was posted, when the latest only repeats that
  // revision's patches (or is a cover alone of the same version): the maintainer took the earlier sending.
  const latestDate = group.revisions[last]!.posting.date?.getTime();
  if (latestDate === undefined || !Number.isFinite(latestDate)) return applied;
  for (let j = last; j > 0 && repeatsPrevious(group, j); j--) {
    // Only a revision whose every patch reached the list: of a series cross-posted in part, a notice on
    // its cover ("Both patches applied" of 24) may be about patches never seen here.
    const earlier = group.revisions[j - 1]!.posting;
    if (earlier.complete && revisionApplied(earlier, author, facts, rowById, appliers, latestDate) === "all") return "all";
  }
  return applied;
}

/**
 * Revision `k` brings nothing new over revision `k - 1`: each of its patches carries one of `k - 1`'s by
 * patch-id or, under a new version its subject names, by the very same title (match-patches scores only an equal title 0.9 or
 * more): a partial re-roll, a re-roll the maintainer passed over; or, with no patches at all, it is a cover
 * re-sent under the same version.
 */
function repeatsPrevious(group: SeriesGroup, k: number): boolean {
  const cur = group.revisions[k]!.posting;
  const prev = group.revisions[k - 1]!.posting;
  if (cur.patches.length === 0) return isCoverRepost(group, k);
  if (cur.patches.length > prev.patches.length) return false;
  const matches = group.patchMatches.find((m) => m.toKey === cur.key && m.fromKey === prev.key);
  if (!matches) return false;
  const prevIds = new Set(prev.patches.map((p) => p.messageId));
  // Under the same version (or one only inferred) a title says less: a repost that changed the diff
  // corrects a broken sending.
  const byTitle = cur.version !== prev.version && !cur.versionInferred;
  return cur.patches.every((p) => {
    const found = matches.matches.find((m) => m.messageId === p.messageId)?.predecessors ?? NONE;
    return found.some((x) => prevIds.has(x.messageId) && (x.by === "patch-id" || (byTitle && x.by === "title" && x.similarity >= 0.9)));
  });
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
  const matches = group.patchMatches.find((m) => m.toKey === cur.key && m.fromKey === prev.key);
  if (!matches) return false;
  const carried = new Set<string>();
  for (const p of cur.patches) {
    const by = matches.matches.find((m) => m.messageId === p.messageId)?.predecessors.find((x) => x.by === "patch-id");
    if (!by) return false;
    carried.add(by.messageId);
  }
  return carried.size === prev.patches.length;
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
}

/**
 * People who announced someone else's patches applied, or pulled them: maintainers. Their notice (or pull)
 * on a series of their own counts too (netfilter's maintainers apply their own patches: "Patch applied.");
 * anyone else's does not.
 */
export function appliersOf(groups: SeriesGroup[], facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>): Appliers {
  const people = new Set<string>();
  const pulls = pullsOf(facts, rowById);
  for (const group of groups) {
    const author = authorOf(group);
    for (const { posting } of group.revisions) {
      for (const id of posting.replyIds) {
        const from = facts.get(id)?.applied ? rowById.get(id)?.fromEmail.toLowerCase() : undefined;
        if (from && from !== author) people.add(from);
      }
      if (!pulls.size) continue;
      for (const p of posting.patches) {
        for (const mention of pulls.get(patchTitleKey(p.messageId, rowById)) ?? NONE) if (mention.from !== author) people.add(mention.from);
      }
    }
  }
  return { people, pulls, claims: claimsOf(groups, rowById, facts, people, pulls) };
}

/**
 * A shortlog entry stands for one commit: of the series' latest revisions that pulls would accept whole
 * (each patch named after it was posted, by its author's name), it accepts the patch posted last before
 * the pull, so three patches by one author bearing one generic title ("Fix repeated words in comments") are
 * not all accepted by the one entry that merged one of them; another posting changing one of its files (an
 * earlier version, a resend, the patch sent alone first) is that commit too. A revision the pulls would not accept anyway
 * takes no entry from the one they do.
 */
function claimsOf(groups: SeriesGroup[], rowById: Map<string, AcceptanceRow>, facts: Map<string, MessageFacts>, people: Set<string>, pulls: Map<string, PullMention[]>): Map<PullMention, Claim> {
  const claims = new Map<PullMention, Claim>();
  if (!pulls.size) return claims;
  const appliers: Appliers = { people, pulls };
  const candidates: { messageId: string; posted: number; author: string; sender: string | undefined; mentions: PullMention[] }[] = [];
  for (const group of groups) {
    const posting = group.revisions[group.revisions.length - 1]?.posting;
    const posted = posting?.date?.getTime();
    if (!posting || posted === undefined || !pulledAfter(posting, authorOf(group), facts, rowById, appliers)) continue;
    for (const p of posting.patches) {
      const mentions = pulls.get(patchTitleKey(p.messageId, rowById));
      if (mentions) candidates.push({ messageId: p.messageId, posted, author: authorOf(group), sender: senderOf(p.messageId, facts, rowById), mentions });
    }
  }
  // Latest postings first: in each pull mail naming its title, each takes a mention no posting has taken yet
  // (a title the shortlog names twice is two mentions), unless one already taken stands for the same change
  // (it changes the same files).
  candidates.sort((a, b) => b.posted - a.posted);
  for (const c of candidates) {
    const byMail = new Map<string, PullMention[]>();
    for (const m of c.mentions) {
      if (!mentionFits(m, c.posted, c.author, c.sender, people)) continue;
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
  return m.date > posted && m.date - posted <= MAX_PULL_LAG_MS && (m.from !== author || people.has(m.from)) && sameAuthorName(m.author, sender);
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
 * `notBefore`: only notices dated after it count, and no pulls.
 */
function revisionApplied(
  posting: SeriesGroup["revisions"][number]["posting"],
  author: string,
  facts: Map<string, MessageFacts>,
  rowById: Map<string, AcceptanceRow>,
  appliers: Appliers,
  notBefore?: number,
): "all" | ReadonlySet<string> {
  const targets = new Set(posting.patches.map((p) => p.messageId));
  if (posting.coverId) targets.add(posting.coverId);
  const applied = new Set<string>();
  for (const id of posting.replyIds) {
    const scope = facts.get(id)?.applied;
    const row = rowById.get(id);
    if (!scope || !row) continue;
    if (notBefore !== undefined && !(row.date && new Date(row.date).getTime() > notBefore)) continue;
    const from = row.fromEmail.toLowerCase();
    if (from === author && !authorNoticeCounts(from, facts.get(id), appliers)) continue;
    const target = patchAbove(id, targets, rowById);
    if (!target) continue;
    if (Array.isArray(scope)) {
      const listed = facts.get(id)?.appliedListed;
      if (listsEveryPatch(listed, posting.total)) return "all";
      for (const p of listedApplied(scope, listed, posting, rowById)) applied.add(p);
      continue;
    }
    if (scope === "series" || target === posting.coverId) return "all";
    applied.add(target);
  }
  if (posting.patches.length > 0 && posting.patches.every((p) => applied.has(p.messageId))) return "all";
  // Pulls are matched by title: the latest revision's own reading already took them.
  if (notBefore !== undefined) return applied;
  return pulledAfter(posting, author, facts, rowById, appliers) ? "all" : applied;
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
function pulledAfter(posting: SeriesGroup["revisions"][number]["posting"], author: string, facts: Map<string, MessageFacts>, rowById: Map<string, AcceptanceRow>, appliers: Appliers): boolean {
  const posted = posting.date?.getTime();
  if (!appliers.pulls.size || !posting.patches.length || posted === undefined || !Number.isFinite(posted)) return false;
  const pulled = posting.patches.every((p) => {
    const mentions = appliers.pulls.get(patchTitleKey(p.messageId, rowById));
    const sender = senderOf(p.messageId, facts, rowById);
    return !!mentions?.some((m) => mentionFits(m, posted, author, sender, appliers.people) && (!appliers.claims || isClaimed(appliers.claims.get(m), p.messageId, facts)));
  });
  return pulled && !isRfcOrBackport(posting, rowById);
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
