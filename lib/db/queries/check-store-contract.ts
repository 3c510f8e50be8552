// CONTRACT.md's shape checked over a whole store: `series --json` and every series' `show --json`, read through
// the loaders the CLI and the API use, each document through JSON text as scripts read it (a Date or undefined
// would pass as an object here and fail there). For `npm run check-contract` and the ingest tests.
import type { Store } from "../store-types";
import { checkSeriesListJson, checkShowJson } from "./check-contract-shape";
import { loadSeriesDetail } from "./load-series-detail";
import { loadSeriesList } from "./load-series-list";

export interface StoreContractProblem {
  /** The document: "series --json" or "show <id> --json". */
  where: string;
  /** The problem, with its JSON path (check-contract-shape.ts). */
  problem: string;
}

/** Every problem of the store's documents, and how many series were shown. */
export async function checkStoreContract(store: Store): Promise<{ series: number; problems: StoreContractProblem[] }> {
  const list = JSON.parse(JSON.stringify(await loadSeriesList(store)));
  const problems: StoreContractProblem[] = checkSeriesListJson(list).map((problem) => ({ where: "series --json", problem }));
  const ids = Array.isArray(list.series) ? (list.series as { id: string }[]).map((s) => s.id) : [];
  for (const id of ids) {
    const show = JSON.parse(JSON.stringify(await loadSeriesDetail(id, store)));
    for (const problem of checkShowJson(show)) problems.push({ where: `show ${id} --json`, problem });
  }
  return { series: ids.length, problems };
}
