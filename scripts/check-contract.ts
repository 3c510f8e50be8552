// `npm run check-contract`: reads the selected store (DATABASE_URL, as every command) through the loaders the
// CLI and the API use and checks `series --json` and every series' `show --json` against CONTRACT.md's shape
// (lib/db/queries/check-contract-shape.ts). For a new archive: ingest it, then run this before trusting scripts
// on it. Prints each kind of problem once with its count and a first example; exits 1 when there are any.
import { openStore } from "../lib/db/open-store";
import { checkSeriesListJson, checkShowJson } from "../lib/db/queries/check-contract-shape";
import { loadSeriesDetail } from "../lib/db/queries/load-series-detail";
import { loadSeriesList } from "../lib/db/queries/load-series-list";

const store = await openStore();
const kinds = new Map<string, { count: number; example: string }>();
const note = (problem: string, where: string) => {
  // One kind per path shape: "revisions[3].patches[0]" and "revisions[1].patches[2]" are the same field.
  const kind = problem.replace(/\[\d+\]/g, "[]").replace(/, got .*$/, "");
  const seen = kinds.get(kind);
  if (seen) seen.count++;
  else kinds.set(kind, { count: 1, example: `${where}: ${problem}` });
};
let checked = 0;
try {
  // Through JSON text, as scripts read it.
  const list = JSON.parse(JSON.stringify(await loadSeriesList(store)));
  for (const problem of checkSeriesListJson(list)) note(problem, "series --json");
  for (const { id } of list.series as { id: string }[]) {
    const show = JSON.parse(JSON.stringify(await loadSeriesDetail(id, store)));
    for (const problem of checkShowJson(show)) note(problem, `show ${id} --json`);
    checked++;
  }
} finally {
  await store.close();
}
const total = [...kinds.values()].reduce((n, k) => n + k.count, 0);
console.log(`checked the series list and ${checked} series: ${total} problem${total === 1 ? "" : "s"}`);
for (const [kind, { count, example }] of [...kinds].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`${String(count).padStart(7)}  ${kind}\n         e.g. ${example}`);
}
process.exit(total ? 1 : 0);
