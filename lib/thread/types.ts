import type { Address, ParsedSubject } from "../mail/types";

export type { ParsedSubject };

/** What a patch's diff looks like, in a form small enough to keep for 60,000 messages. */
export interface DiffFingerprint {
  /** Paths the diff touches (new path, or old path for deletions), sorted, unique. */
  files: string[];
  /** `computePatchId` of the diff: equal ids mean the same change. */
  patchId: string;
  /** Short hashes of the normalised changed lines (`fingerprintDiff`), for similarity between versions. */
  changedLines?: string[];
}

/** The compact per-message record ingest stores and lib/thread reads (never the whole MailMessage). */
export interface MessageSummary {
  messageId: string;
  subject: string;
  from: Address | null;
  date: Date | null;
  /** In-Reply-To ids, first one is the parent. */
  inReplyTo: string[];
  /** References, oldest first. */
  references: string[];
  hasDiff: boolean;
  diffFingerprint?: DiffFingerprint;
  /** b4's `change-id:` trailer (cover letter), or null. */
  changeId?: string | null;
  /** Message-ids cited in the body (lore links, "v2: <msgid>"); see `extractBodyLinks`. */
  bodyLinks?: string[];
  /** Primary (To) recipients' addresses, lower-cased: lets `mergeIdentities` see who answered mail sent to whom. */
  to?: string[];
  /**
   * The version a cover letter's changelog implies ("v2:", "Changes since v1" -> 2; the highest
   * named), for covers whose subject names none; null or absent when there is no changelog.
   */
  coverVersionHint?: number | null;
  /**
   * A patch's commit author when its body opens with an in-body `From:` line (someone else sent it, or the
   * sender's header carries no name); absent otherwise.
   */
  author?: Address | null;
  /**
   * The `Subject:` of a `git format-patch` file attached to (or pasted in) a patch mail, when the mail's own
   * subject gives no title (`[PATCH][SMB3 client]`): the posting's title comes from it. Absent otherwise.
   */
  attachedSubject?: string | null;
}

/** A summary with its subject parsed once. */
export interface SummaryWithSubject extends MessageSummary {
  parsedSubject: ParsedSubject;
}

/** One conversation tree. The root may be a placeholder: a message referenced but not (yet) seen. */
export interface Thread {
  rootId: string;
  rootIsPlaceholder: boolean;
  /** Present messages of the thread, in (date, id) order. */
  memberIds: string[];
  /** Referenced ids with no message, kept so a late arrival attaches where it belongs. */
  placeholderIds: string[];
  /** Parent of every member and placeholder (null for the root). */
  parents: Record<string, string | null>;
}

export interface ThreadSet {
  threads: Thread[];
  /** Parent of every known id (members and placeholders); null for roots. */
  parentOf: Map<string, string | null>;
  /** Index into `threads` for every known id. */
  threadOf: Map<string, number>;
}

/** What a message is within a posting. `other` is a mail that neither is nor answers a patch. */
export type MessageRole = "cover" | "patch" | "comment" | "other";

export interface PostingPatch {
  messageId: string;
  number: number;
  total: number;
}

/** One sending of a series: a cover letter (maybe) and its patches, all of one version. */
export interface Posting {
  /** Cover message-id, or the first patch's message-id. */
  key: string;
  version: number;
  versionInferred: boolean;
  coverId: string | null;
  /** Sorted by number. An unnumbered single patch is number 1 of 1. */
  patches: PostingPatch[];
  /** The commit author's address: the sender's, unless every patch names one other author (in-body `From:`). */
  authorEmail: string;
  /** Named from the in-body `From:` line, or the name the address uses elsewhere, when the sender's header gives none. */
  author: Address | null;
  /** The sender's address, when the posting relays someone else's patches (see `authorEmail`). */
  sentBy?: string;
  /** Cover title, or the first patch's title. */
  title: string;
  /** Cover date, or the earliest patch date (null when no message has a date). */
  date: Date | null;
  /** Total announced by the subjects (null for an unnumbered single patch). */
  total: number | null;
  /** Every patch 1..total arrived (patchwork's `received_all`). */
  complete: boolean;
  /** Replies whose nearest cover/patch ancestor belongs to this posting. */
  replyIds: string[];
}

export interface LinkEvidence {
  kind: "change-id" | "in-reply-to" | "cites" | "title-similarity";
  detail: string;
  /** 0..1, how sure the link is. */
  score: number;
}

export interface PatchPredecessor {
  messageId: string;
  number: number;
  /** 0..1 */
  similarity: number;
  by: "patch-id" | "title" | "diff";
  /** Set when the predecessor is in an earlier posting than the match's `fromKey` (that one had no match). */
  fromKey?: string;
  fromVersion?: number;
}

export interface PatchMatch {
  messageId: string;
  number: number;
  /** Best first; empty for a new patch. */
  predecessors: PatchPredecessor[];
}

export interface RevisionPatchMatches {
  fromVersion: number;
  toVersion: number;
  fromKey: string;
  toKey: string;
  matches: PatchMatch[];
}

export interface SeriesRevision {
  posting: Posting;
  /** Someone other than the author (any of the author's addresses) replied: `deriveSeriesState`'s input. */
  hasReplies: boolean;
  /** Why this revision follows the previous one; empty for the first revision. */
  linkEvidence: LinkEvidence[];
  /**
   * A partial re-roll: one patch re-sent inside another posting's thread (same title as one of its
   * patches). It may share its version with the full posting of that version that follows it.
   */
  partial?: boolean;
}

/** One logical change across its versions. */
export interface SeriesGroup {
  /** The key of the first revision's posting. */
  key: string;
  /** The latest revision's title (a lone patch re-sent inside the previous posting's thread does not count). */
  title: string;
  author: Address | null;
  /**
   * Ordered by version, then date; several postings may share a version: a `partial` revision and the
   * full posting, or reposts (a RESEND, the same vN sent again). Renumbered revisions (`versionInferred`) carry
   * their series version, not the subject's.
   */
  revisions: SeriesRevision[];
  /**
   * Matches of each revision (from the second) against the latest earlier revision that has patches; a patch
   * unmatched there is matched in the latest revision before it that has a matching patch (`fromKey` on its predecessors).
   */
  patchMatches: RevisionPatchMatches[];
}

export type SeriesState = "new" | "under-review" | "changes-requested" | "partially-accepted" | "superseded" | "accepted";
