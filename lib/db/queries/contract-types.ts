// The JSON shapes of CONTRACT.md (`series --json`, `show --json`, /api/series). Changing a name here is a
// contract change: bump SCHEMA_VERSION and say so in the README.
import type { ConversionSummary } from "../../diff/conversion-status";
import type { AnnotatedFile } from "../../diff/types";
import type { WhoseTurn } from "../../review/whose-turn";

export type { ConversionSummary, WhoseTurn };

export const SCHEMA_VERSION = 1;

export interface PersonJson {
  name: string;
  email: string;
}

export interface SeriesListItem {
  id: string;
  title: string;
  author: PersonJson;
  state: string;
  latestVersion: number;
  revisionCount: number;
  patchCount: number;
  /** Newest message date in the series (ISO 8601 UTC). */
  lastActivity: string | null;
  /** First posting date (ISO 8601 UTC). */
  date: string | null;
  /** Acked-by / Reviewed-by / Tested-by counts on the latest revision. */
  trailerCounts: { acked: number; reviewed: number; tested: number };
  commentCount: number;
  /** Who is waiting on whom, as of the request (reviewers after a posting, the author after a review). */
  whoseTurn: WhoseTurn;
}

export interface TrailerJson {
  kind: string;
  name: string;
  email: string;
  comment: string | null;
  source: "patch" | "reply" | "cover-reply";
  messageId: string;
  status: "present" | "collected" | "dropped" | "identity-mismatch";
}

export interface CommentJson {
  messageId: string;
  author: PersonJson;
  anchor: { path: string; hunk: number; function: string | null; line: number | null } | null;
  text: string;
  kind: "nit" | "question" | "objection" | "ack" | "praise" | "other";
  /** The author's answer; `{ messageId: null, kind: "none", text: "" }` when they never answered it. */
  response: { messageId: string | null; kind: "will-fix" | "explained" | "disagreed" | "thanks" | "none"; text: string } | null;
  resolution: { status: "open" | "addressed" | "unaddressed" | "explained" | "obsolete"; inVersion: number | null; evidence: string } | null;
  [extra: string]: unknown;
}

export interface PatchJson {
  number: number;
  total: number;
  messageId: string;
  subject: string;
  title: string;
  previous: { version: number; number: number; messageId: string; similarity?: number; by?: "patch-id" | "title" | "diff" } | null;
  trailers: TrailerJson[];
  files: AnnotatedFile[];
  comments: CommentJson[];
}

export interface RevisionJson {
  version: number;
  /** The version, or "version.k" for the k-th posting when a version was posted more than once (revisionTags). */
  tag: string;
  versionInferred: boolean;
  date: string | null;
  cover: { messageId: string; subject: string } | null;
  changelog: { text: string; credits: string[] }[];
  linkEvidence?: unknown;
  /** Per file: converted call sites by function, plain calls left, cover-letter exclusions. */
  conversionStatus: ConversionSummary | null;
  /** Remarks on the cover letter: general comments on the whole revision. */
  comments: CommentJson[];
  patches: PatchJson[];
}

/** One patch followed across revisions (through `previous`), with who acked/reviewed/tested each version. */
export interface ArtRow {
  title: string;
  /** Per revision (keyed by its tag: "3", or "2.1"/"2.2"): the patch number there and the people per trailer kind. */
  cells: Record<string, { number: number; acked: string[]; reviewed: string[]; tested: string[] }>;
}

export interface SeriesJson {
  id: string;
  title: string;
  author: PersonJson;
  state: string;
  whoseTurn: WhoseTurn;
  /** A/R/T matrix: rows = patches matched across revisions, columns = versions. */
  artMatrix: ArtRow[];
  revisions: RevisionJson[];
}

export interface ShowJson {
  schemaVersion: number;
  series: SeriesJson;
}

export interface SeriesListJson {
  schemaVersion: number;
  series: SeriesListItem[];
}
