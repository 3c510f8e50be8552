// Review tracking: remarks anchored to the quoted diff, their kinds, the author's answers, their fate in
// the next revision, trailer attribution and whose turn it is. Pure functions over plain data.
export { extractComments, splitQuote } from "./extract-comments";
export { anchorComment, normalizeCode } from "./anchor-comment";
export { enclosingFunction } from "./enclosing-function";
export { classifyComment, matchCommentRule, COMMENT_RULES } from "./classify-comment";
export { classifyResponse, RESPONSE_RULES } from "./classify-response";
export { matchResponses } from "./match-responses";
export { resolveComment, creditedLines, functionHunks, type ResolveInput, type RevisionCode } from "./resolve-comment";
export { reviewPatchThread, type ReviewThreadInput } from "./review-patch-thread";
export { attributeTrailers, type AttributedTrailer, type TrailerPatchInput, type TrailerReplyInput, type TrailerRevisionInput, type TrailerStatus } from "./attribute-trailers";
export { whoseTurn, type TurnEvent, type WhoseTurn, type WhoseTurnOptions } from "./whose-turn";
export type * from "./types";
