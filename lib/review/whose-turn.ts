// Whose turn it is on a series, from the dated events of its latest revision: a new revision hands the
// turn to the reviewers, a reviewer's remark to the author, the author's answer back to the reviewers.
import type { Address } from "../mail/types";
import { isByAuthor } from "./attribute-trailers";
import { isNotificationBot } from "./is-notification-bot";

export type TurnEvent =
  | { type: "revision"; version: number; date: string; messageId: string }
  | { type: "reply"; from: Address | null; date: string; messageId: string; /** true when it carries Acked-by/Reviewed-by */ ack?: boolean };

export interface WhoseTurn {
  waitingOn: "author" | "reviewers" | "nobody";
  /** ISO date since which the waiting side has been silent, or null. */
  since: string | null;
  days: number | null;
  /** true when the wait exceeds `pingAfterDays`: time to ping. */
  ping: boolean;
  /** The event that handed over the turn. */
  lastEvent: { type: "revision" | "review" | "author-reply"; messageId: string; by: string } | null;
  reason: string;
}

export interface WhoseTurnOptions {
  /** Days of silence after which a ping is due (default 7). */
  pingAfterDays?: number;
  /** "Now", as an ISO date; the function is pure, so the caller supplies the clock. */
  now: string;
  /** A series that is merged or withdrawn waits on nobody. */
  closed?: boolean;
}

const DAY_MS = 86_400_000;

/** Who is waiting on whom for one series, given its events (any order) and the author's address. */
export function whoseTurn(author: Address | null, events: TurnEvent[], options: WhoseTurnOptions): WhoseTurn {
  const pingAfter = options.pingAfterDays ?? 7;
  const nowMs = Date.parse(options.now);
  const valid = events.filter((e) => Number.isFinite(Date.parse(e.date)));
  const sorted = [...valid].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const latestRevision = [...sorted].reverse().find((e) => e.type === "revision");
  if (options.closed || !latestRevision) {
    return { waitingOn: "nobody", since: null, days: null, ping: false, lastEvent: null, reason: options.closed ? "series closed" : "no revision posted" };
  }
  const authorEmail = author?.email.toLowerCase() ?? "";
  let waitingOn: WhoseTurn["waitingOn"] = "reviewers";
  let handover: TurnEvent = latestRevision;
  let lastType: "revision" | "review" | "author-reply" = "revision";
  let reason = `v${latestRevision.type === "revision" ? latestRevision.version : "?"} posted: reviewers' turn`;
  for (const e of sorted) {
    if (Date.parse(e.date) < Date.parse(latestRevision.date) || e.type !== "reply") continue;
    // A status or CI bot's report ("CI test results", "applied", "pulled") asks nothing of either side.
    if (isNotificationBot(e.from ?? null)) continue;
    const byAuthor = isByAuthor(author, e.from ?? null);
    if (byAuthor && waitingOn === "author") {
      waitingOn = "reviewers";
      handover = e;
      lastType = "author-reply";
      reason = "the author answered: reviewers' turn";
    } else if (!byAuthor && !e.ack && waitingOn === "reviewers") {
      waitingOn = "author";
      handover = e;
      lastType = "review";
      reason = `${e.from?.name || e.from?.email || "a reviewer"} commented: author's turn`;
    }
  }
  const sinceMs = Date.parse(handover.date);
  const days = Number.isFinite(nowMs) ? Math.max(0, Math.floor((nowMs - sinceMs) / DAY_MS)) : null;
  const by = handover.type === "reply" ? handover.from?.email ?? "" : authorEmail;
  return {
    waitingOn,
    since: new Date(sinceMs).toISOString(),
    days,
    ping: days !== null && days >= pingAfter,
    lastEvent: { type: lastType, messageId: handover.messageId, by },
    reason: days !== null && days >= pingAfter ? `${reason}; silent for ${days} days: ping` : reason,
  };
}
