/** The series-list filter as read from the query string. */
export interface ListFilter {
  /** Free text, matched case-insensitively against title, author and id ("" = no filter). */
  q: string;
  /** A series state such as "under-review", or null for every state. */
  state: string | null;
  /** Only series waiting on this side, or null for any. */
  turn: TurnFilter | null;
}

export type TurnFilter = "author" | "reviewers";

export const TURN_FILTERS: readonly TurnFilter[] = ["author", "reviewers"];

export const MAX_QUERY_LENGTH = 200;

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));

/** Reads `q`, `state` and `turn` from search params; anything malformed degrades to "no filter", never throws. */
export function parseListFilter(params: SearchParams): ListFilter {
  const q = first(params.q)
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  const rawState = first(params.state).trim().toLowerCase();
  const state = /^[a-z][a-z-]{0,39}$/.test(rawState) && rawState !== "all" ? rawState : null;
  const rawTurn = first(params.turn).trim().toLowerCase();
  const turn = TURN_FILTERS.find((t) => t === rawTurn) ?? null;
  return { q, state, turn };
}
