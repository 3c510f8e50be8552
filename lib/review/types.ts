import type { Address, ChangelogEntry, Trailer } from "../mail/types";
import type { AnnotatedFile, FileDiff } from "../diff/types";

/** One quoted line of a reply: its `>` depth (1 = quoting the parent) and its text without the markers. */
export interface QuotedLine {
  depth: number;
  text: string;
}

/** One reviewer remark: an own-text block with the quoted lines just above (and below) it. */
export interface ExtractedComment {
  /** The reviewer's own words, greetings/sign-offs/trailers removed. */
  text: string;
  /** The quoted lines directly above the text (nearest last). */
  quotedAbove: QuotedLine[];
  /** The quoted lines directly below the text, for remarks written above what they discuss. */
  quotedBelow: QuotedLine[];
  /** Position among the reply's comments, from 0. */
  index: number;
}

/** What `extractComments` returns besides the comments themselves. */
export interface ExtractedReply {
  comments: ExtractedComment[];
  /** Trailers in the reviewer's own text (quoted trailers never count). */
  trailers: Trailer[];
}

export interface Anchor {
  path: string;
  /** Index of the hunk within its file, from 0. */
  hunk: number;
  function: string | null;
  /** New-file line for added/context lines, old-file line for removed ones. */
  line: number | null;
}

export type CommentKind = "nit" | "question" | "objection" | "ack" | "praise" | "other";
export type ResponseKind = "will-fix" | "explained" | "disagreed" | "thanks" | "none";
export type ResolutionStatus = "open" | "addressed" | "unaddressed" | "explained" | "obsolete";

export interface CommentResponse {
  messageId: string | null;
  kind: ResponseKind;
  text: string;
}

export interface Resolution {
  status: ResolutionStatus;
  /** The version the comment was checked against, or null while open. */
  inVersion: number | null;
  /** One readable sentence summing up the evidence. */
  evidence: string;
  /** false for remarks that ask for nothing (praise, ack, other): their status is informational. */
  actionable: boolean;
  details: ResolutionEvidence;
}

export interface ResolutionEvidence {
  oldHunks: string[];
  newHunks: string[];
  /** Detector rules that fired in the old function and no longer fire in the new one. */
  nitsCleared: string[];
  /** Detector rules still firing in the new function. */
  nitsRemaining: string[];
  authorWords: string | null;
  changelog: string | null;
}

/** A comment in the `show --json` shape of CONTRACT.md. */
export interface ContractComment {
  messageId: string;
  author: { name: string; email: string };
  anchor: Anchor | null;
  text: string;
  kind: CommentKind;
  response: CommentResponse;
  resolution: Resolution;
}

/** One reply mail in a patch's thread. `body` is decoded text (quoted-printable already undone). */
export interface ThreadReply {
  messageId: string;
  from: Address | null;
  date: string | null;
  body: string;
  /** Parent message-id (first In-Reply-To). */
  inReplyTo: string | null;
}

/** A patch as posted, with its parsed diff (and, when available, the annotated view of it). */
export interface PatchInput {
  messageId: string;
  author: Address | null;
  version: number;
  /** Its k of "[PATCH k/N]" (1 for a lone patch, 0 for a cover letter): what a numbered applied notice is matched against. */
  number?: number;
  /** N of the posting's "[PATCH k/N]" (null or absent when unnumbered): "applied these two" is the series when N is 2. */
  total?: number | null;
  /** The full patch mail body (commit message + diff). */
  body: string;
  /** The unified diff of the patch. */
  diffText: string;
  files?: FileDiff[];
  annotated?: AnnotatedFile[];
}

/** A changelog line of the next revision ("- moved X, per Liam R. Howlett"), as `parseChangelog` (lib/mail) reads it. */
export type ChangelogLine = Pick<ChangelogEntry, "text" | "credits">;
