/** The series-list filter as read from the query string. */
export interface ListFilter {
  /** Free text, matched case-insensitively against title, author and id ("" = no filter). */
  q: string;
  /** A series state such as "under-review", or null for every state. */
  state: string | null;
}

export const MAX_QUERY_LENGTH = 200;

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));

/** Reads `q` and `state` from search params; anything malformed degrades to "no filter", never throws. */
export function parseListFilter(params: SearchParams): ListFilter {
  const q = first(params.q)
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  const rawState = first(params.state).trim().toLowerCase();
  const state = /^[a-z][a-z-]{0,39}$/.test(rawState) && rawState !== "all" ? rawState : null;
  return { q, state };
}
