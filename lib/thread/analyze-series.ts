import { parseSubject } from "../mail/parse-subject";
import { groupSeries } from "./group-series";
import { linkRevisions, type RevisionChainLink } from "./link-revisions";
import { matchPatches, type PatchInfo } from "./match-patches";
import { mergeIdentities, type Identity } from "./merge-identities";
import { threadMessages } from "./thread-messages";
import { normalizeTitle, TITLE_VERSION_RE } from "./title-similarity";
import type {
  MessageRole,
  MessageSummary,
  ParsedSubject,
  PatchMatch,
  Posting,
  SeriesGroup,
  SummaryWithSubject,
  Thread,
} from "./types";

export interface SeriesAnalysis {
  threads: Thread[];
  postings: Posting[];
  series: SeriesGroup[];
  roleOf: Map<string, MessageRole>;
  /** Posting index (into `postings`) of every cover, patch and comment. */
  postingOf: Map<string, number>;
  identities: Identity[];
}

const NOT_A_SUBJECT: ParsedSubject = {
  title: "",
  isReply: false,
  isForward: false,
  isPatch: false,
  isReport: false,
  isPull: false,
  isRfc: false,
  isResend: false,
  prefixes: [],
  version: 1,
  versionInferred: true,
  versionRaw: null,
  number: null,
  total: null,
};

function parsedOf(subject: string, cache: Map<string, ParsedSubject>): ParsedSubject {
  // Replies repeat their patch's subject: parse each distinct subject once.
  let parsedSubject = cache.get(subject);
  if (!parsedSubject) {
    try {
      parsedSubject = parseSubject(subject);
    } catch {
      // Hostile subjects must not sink the whole analysis: treat the mail as a plain one.
      parsedSubject = { ...NOT_A_SUBJECT, title: subject };
    }
    cache.set(subject, parsedSubject);
  }
  return parsedSubject;
}

function withSubject(m: MessageSummary, cache: Map<string, ParsedSubject>): SummaryWithSubject {
  let parsedSubject = parsedOf(typeof m.subject === "string" ? m.subject : "", cache);
  // A mail whose subject names no title ("[PATCH][SMB3 client]") takes the attached patch file's.
  if (parsedSubject.title.trim() === "" && typeof m.attachedSubject === "string" && m.attachedSubject !== "") {
    const attached = parsedOf(m.attachedSubject, cache).title;
    if (attached) parsedSubject = { ...parsedSubject, title: attached };
  }
  // `[REGRESSION][PATCH] x` carrying a diff and starting a thread is the fix itself, posted under the report's
  // tag; sent inside a thread it is someone's report quoting the patch it is about.
  const root = (m.inReplyTo ?? []).length === 0 && (m.references ?? []).length === 0;
  if (parsedSubject.isReport && m.hasDiff && root && !parsedSubject.isReply && !parsedSubject.isForward &&
    parsedSubject.prefixes.some((t) => /^(?:patch|rfc)$/.test(t))) parsedSubject = { ...parsedSubject, isReport: false, isPatch: true };
  return { ...m, inReplyTo: m.inReplyTo ?? [], references: m.references ?? [], parsedSubject };
}

/** Earlier postings a patch unmatched in the latest one is looked up in (bounds the work on long chains). */
const MAX_REACH_BACK = 12;
/** Title similarity a predecessor found past the latest posting needs (match-patches scores only an equal title this high). */
const SURE_MATCH = 0.9;

/**
 * Patches of `to` with no predecessor in the latest earlier posting get one from the latest posting before it
 * that has a matching patch: after a one-patch respin or a stray repost, vN+1's other patches follow vN's.
 * Such predecessors name their posting (`fromKey`, `fromVersion`). Mutates `matches`.
 */
function reachBack(earlier: readonly Posting[], to: Posting, matches: PatchMatch[], infos: (p: Posting) => PatchInfo[]): void {
  let reached = 0;
  for (let k = earlier.length - 1; k >= 0 && reached < MAX_REACH_BACK; k--) {
    const from = earlier[k]!;
    if (from.patches.length === 0) continue;
    reached++;
    const open = matches.filter((m) => m.predecessors.length === 0);
    if (open.length === 0) return;
    const ids = new Set(open.map((m) => m.messageId));
    const found = matchPatches(infos(from), infos(to).filter((x) => ids.has(x.messageId)));
    for (const f of found) {
      // Past the latest posting only a sure match counts: the same change, or the same title (a diff alone
      // also ties a split or reworked patch to the wrong one there).
      const sure = f.predecessors.filter((p) => p.by === "patch-id" || (p.by === "title" && p.similarity >= SURE_MATCH));
      if (sure.length === 0) continue;
      const m = open.find((x) => x.messageId === f.messageId)!;
      m.predecessors = sure.map((p) => ({ ...p, fromKey: from.key, fromVersion: from.version }));
    }
  }
}

/** Every patch of `p` carries the title of a patch of `before` (some of its patches sent again). */
function somePatchesOf(p: Posting, before: Posting, messages: ReadonlyMap<string, SummaryWithSubject>): boolean {
  const titles = new Set(before.patches.map((x) => normalizeTitle(messages.get(x.messageId)?.parsedSubject.title ?? "")));
  return p.patches.every((x) => {
    const t = normalizeTitle(messages.get(x.messageId)?.parsedSubject.title ?? "");
    return t !== "" && titles.has(t);
  });
}

/**
 * A posting whose subject names no version but whose title ends in " vN" ("cleanup the RAID5 XOR library v2")
 * where an earlier revision of the same author carries the title without it, and N is the version the chain
 * gave it: the vN is the version, not part of the title ("PMIC arbiter v8" alone stays a title). Null otherwise.
 */
function titleVersion(p: Posting, earlier: readonly Posting[]): Posting | null {
  if (!p.versionInferred) return null;
  const m = TITLE_VERSION_RE.exec(p.title);
  if (!m || Number(m[2]) !== p.version) return null;
  const stem = normalizeTitle(m[1]!);
  if (!earlier.some((q) => q.authorEmail === p.authorEmail && normalizeTitle(q.title) === stem)) return null;
  return { ...p, title: m[1]!, versionInferred: false };
}

/**
 * The index of the author's explicit `v1` that follows one or more unnumbered rounds of theirs (`[PATCH net-next]`
 * then `[PATCH net-next v1]`, `[RFC PATCH]` then `[PATCH v1]`): they counted those earlier rounds v0. Read as
 * v1 as well, the series showed two v1s and a remark on the first read "addressed in v1". -1 when the chain
 * has no such shape: the earlier rounds must all be unnumbered and not relabelled by the chain, and the v1 a plain
 * one (not `v1.1`, a partial update within the round, nor a resend of the round), relabelled only as the latest round.
 */
function countedFromZero(chain: readonly RevisionChainLink[], postings: readonly Posting[], messages: ReadonlyMap<string, SummaryWithSubject>): number {
  if (chain.length < 2) return -1;
  for (let k = 0; k < chain.length; k++) {
    const c = chain[k]!;
    const p = postings[c.posting]!;
    // The v1 as the latest round may come renumbered past the unnumbered round (`[PATCH RFC 0/3]` then `[PATCH v1
    // 0/3]` read v1?, v2?): once its v2 follows it is read as the subject says, so it is read so now too.
    const renumberedLatest = c.relabelledVersion !== undefined && !p.versionInferred && k === chain.length - 1;
    if ((c.relabelledVersion !== undefined && !renumberedLatest) || p.version !== 1) return -1;
    if (p.versionInferred) continue;
    if (k === 0 || c.partial === true) return -1;
    const first = messages.get(p.coverId ?? p.patches[0]?.messageId ?? "")?.parsedSubject;
    return first !== undefined && first.versionRaw === "1" && !first.isResend ? k : -1;
  }
  return -1;
}

/**
 * The whole lib/thread pass, run once per ingest over every stored summary: threads, postings
 * (cover + patches of one sending), and series (postings linked v1..vN, with the evidence of each
 * link and patch matches between consecutive revisions, a patch unmatched there looked up further back by
 * `reachBack`); a title's trailing " vN" is read as the version where `titleVersion` allows, and unnumbered rounds
 * before the author's explicit v1 as v0 (`countedFromZero`). Pure; duplicate
 * message-ids keep the first.
 */
export function analyzeSeries(summaries: readonly MessageSummary[]): SeriesAnalysis {
  const messages = new Map<string, SummaryWithSubject>();
  const subjects = new Map<string, ParsedSubject>();
  for (const s of summaries) {
    if (s && s.messageId && !messages.has(s.messageId)) messages.set(s.messageId, withSubject(s, subjects));
  }
  const list = [...messages.values()];

  const threadSet = threadMessages(list);
  const { postings, roleOf, postingOf } = groupSeries(list, threadSet);
  const { identities, identityOf } = mergeIdentities(
    list.map((m) => ({ messageId: m.messageId, from: m.from, to: m.to, parentId: m.inReplyTo[0] ?? null, author: m.author })),
  );
  const chains = linkRevisions({
    postings,
    messages,
    postingOf,
    parentOf: threadSet.parentOf,
    identityOf: (e) => identityOf.get(e) ?? e,
  });

  const patchInfos = (p: Posting): PatchInfo[] =>
    p.patches.map((x) => {
      const m = messages.get(x.messageId);
      return { messageId: x.messageId, number: x.number, title: m?.parsedSubject.title ?? "", fingerprint: m?.diffFingerprint };
    });

  const series: SeriesGroup[] = chains.map((chain) => {
    const firstV1 = countedFromZero(chain, postings, messages);
    const revisions = chain.map((c, k) => {
      const own = postings[c.posting]!;
      const relabelled = k < firstV1 ? 0 : k === firstV1 ? undefined : c.relabelledVersion;
      // A renumbered revision gets its own copy: `postings` keeps what the subjects said.
      let posting = relabelled === undefined ? own : { ...own, version: relabelled, versionInferred: true };
      const titled = titleVersion(posting, chain.slice(0, k).map((x) => postings[x.posting]!));
      if (titled) posting = titled;
      const author = identityOf.get(posting.authorEmail) ?? posting.authorEmail;
      const hasReplies = posting.replyIds.some((id) => {
        const email = messages.get(id)?.from?.email?.toLowerCase() ?? "";
        return (identityOf.get(email) ?? email) !== author;
      });
      return { posting, hasReplies, linkEvidence: c.evidence, ...(c.partial ? { partial: true } : {}) };
    });
    const patchMatches = [];
    let withPatches = 0;
    for (let i = 1; i < revisions.length; i++) {
      // Reposts of a cover alone carry no patches: match against the latest revision that has some.
      if (revisions[i - 1]!.posting.patches.length > 0) withPatches = i - 1;
      const from = revisions[withPatches]!.posting;
      const to = revisions[i]!.posting;
      const matches = matchPatches(patchInfos(from), patchInfos(to));
      // Past a cover-only revision the predecessors come from an earlier one: they name it, as reached-back ones do.
      if (withPatches !== i - 1) for (const m of matches) m.predecessors = m.predecessors.map((x) => ({ ...x, fromKey: from.key, fromVersion: from.version }));
      reachBack(revisions.slice(0, withPatches).map((r) => r.posting), to, matches, patchInfos);
      patchMatches.push({
        fromVersion: from.version,
        toVersion: to.version,
        fromKey: from.key,
        toKey: to.key,
        matches,
      });
    }
    // A lone patch re-sent inside the thread of the posting before it (a partial re-roll, or one patch
    // sent again seconds later) does not rename the series after that patch. Nor do a few of its patches sent
    // again at its version, with no cover, each under its own title there (`[patch V1.1 02/38]` and `11/38`, each
    // answering its patch of the 38): the series is still the whole posting's.
    const lonePatch = (k: number): boolean => {
      const r = revisions[k]!;
      const before = revisions[k - 1]?.posting;
      if (r.partial === true) return true;
      if (before === undefined || r.posting.coverId !== null || r.posting.version !== before.version) return false;
      if (r.posting.patches.length === 1) return r.linkEvidence.some((e) => e.kind === "in-reply-to");
      return r.posting.patches.length < before.patches.length && somePatchesOf(r.posting, before, messages);
    };
    let head = revisions.length - 1;
    while (head > 0 && lonePatch(head)) head--;
    const latest = revisions[head]!.posting;
    return { key: revisions[0]!.posting.key, title: latest.title, author: latest.author, revisions, patchMatches };
  });

  return { threads: threadSet.threads, postings, series, roleOf, postingOf, identities };
}
