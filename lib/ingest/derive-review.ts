// Review tracking for the derived tables: trailers per patch with their status, and reviewer comments
// anchored, classified, answered and resolved. TEMPORARY: filled in when lib/review lands.
import type { CommentJson, TrailerJson } from "../db/queries/contract-types";
import type { Store } from "../db/store-types";
import type { SeriesGroup } from "../thread/types";
import type { MessageFacts } from "./analyze-mail";
import type { RawStore } from "./raw-store";

export interface PatchReview {
  trailers: TrailerJson[];
  comments: CommentJson[];
}

export interface DeriveReviewInput {
  store: Store;
  raw: RawStore;
  series: SeriesGroup[];
  facts: Map<string, MessageFacts>;
  rowById: Map<string, { messageId: string; fromName: string; fromEmail: string; inReplyTo: string | null; date: Date | string | null }>;
}

/** Per series key, per patch message-id: its trailers and comments. */
export async function deriveReview(_input: DeriveReviewInput): Promise<Map<string, Map<string, PatchReview>>> {
  return new Map();
}
