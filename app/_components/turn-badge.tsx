import type { WhoseTurn } from "@/lib/db/queries/contract-types";
import { turnLabel } from "../_lib/turn-label";
import { Badge } from "./badge";

/** "waiting on author · N d", red when a ping is due; the reason (mail-derived, plain text) is the tooltip. */
export function TurnBadge({ turn }: { turn: WhoseTurn | null | undefined }) {
  const label = turnLabel(turn);
  if (!turn || label === null) return null;
  return (
    <span data-testid="turn-badge" data-waiting-on={turn.waitingOn} data-ping={turn.ping ? "true" : "false"}>
      <Badge tone={turn.ping ? "red" : turn.waitingOn === "author" ? "amber" : "blue"} title={turn.reason}>
        {label}
        {turn.ping && <span className="ml-1 font-semibold uppercase">ping</span>}
      </Badge>
    </span>
  );
}
