import { parseSubject } from "../mail/parse-subject";
import { groupSeries } from "./group-series";
import { linkRevisions } from "./link-revisions";
import { matchPatches, type PatchInfo } from "./match-patches";
import { mergeIdentities, type Identity } from "./merge-identities";
import { threadMessages } from "./thread-messages";
import type {
  MessageRole,
  MessageSummary,
  ParsedSubject,
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
  return { ...m, inReplyTo: m.inReplyTo ?? [], references: m.references ?? [], parsedSubject };
}

/**
 * The whole lib/thread pass, run once per ingest over every stored summary: threads, postings
 * (cover + patches of one sending), and series (postings linked v1..vN, with the evidence of each
 * link and patch matches between consecutive revisions). Pure; duplicate message-ids keep the first.
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
    const revisions = chain.map((c) => {
      const own = postings[c.posting]!;
      // A renumbered revision gets its own copy: `postings` keeps what the subjects said.
      const posting = c.relabelledVersion === undefined ? own : { ...own, version: c.relabelledVersion, versionInferred: true };
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
      patchMatches.push({
        fromVersion: from.version,
        toVersion: to.version,
        fromKey: from.key,
        toKey: to.key,
        matches: matchPatches(patchInfos(from), patchInfos(to)),
      });
    }
    // A lone patch re-sent inside the thread of the posting before it (a partial re-roll, or one patch
    // sent again seconds later) does not rename the series after that patch.
    const lonePatch = (k: number): boolean => {
      const r = revisions[k]!;
      const before = revisions[k - 1]?.posting;
      return r.partial === true || (before !== undefined && r.posting.coverId === null && r.posting.patches.length === 1 &&
        r.posting.version === before.version && r.linkEvidence.some((e) => e.kind === "in-reply-to"));
    };
    let head = revisions.length - 1;
    while (head > 0 && lonePatch(head)) head--;
    const latest = revisions[head]!.posting;
    return { key: revisions[0]!.posting.key, title: latest.title, author: latest.author, revisions, patchMatches };
  });

  return { threads: threadSet.threads, postings, series, roleOf, postingOf, identities };
}
