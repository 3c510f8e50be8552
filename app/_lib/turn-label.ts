import type { WhoseTurn } from "@/lib/db/queries/contract-types";

/** "waiting on author · 12 d" for a series someone is waiting on; null when it waits on nobody. */
export function turnLabel(turn: WhoseTurn | null | undefined): string | null {
  if (!turn || (turn.waitingOn !== "author" && turn.waitingOn !== "reviewers")) return null;
  const days = typeof turn.days === "number" && Number.isFinite(turn.days) ? ` · ${Math.max(0, Math.floor(turn.days))} d` : "";
  return `waiting on ${turn.waitingOn}${days}`;
}
