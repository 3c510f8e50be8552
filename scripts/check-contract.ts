// `npm run check-contract`: checks the selected store (DATABASE_URL, as every command) against CONTRACT.md's shape
// (lib/db/queries/check-store-contract.ts). For a new archive: ingest it, then run this before trusting scripts on
// it. Prints each kind of problem once with its count and a first example; exits 1 when there are any.
import { openStore } from "../lib/db/open-store";
import { checkStoreContract } from "../lib/db/queries/check-store-contract";

const store = await openStore();
let checked;
try {
  checked = await checkStoreContract(store);
} finally {
  await store.close();
}
const kinds = new Map<string, { count: number; example: string }>();
for (const { where, problem } of checked.problems) {
  // One kind per path shape: "revisions[3].patches[0]" and "revisions[1].patches[2]" are the same field.
  const kind = problem.replace(/\[\d+\]/g, "[]").replace(/, got .*$/, "");
  const seen = kinds.get(kind);
  if (seen) seen.count++;
  else kinds.set(kind, { count: 1, example: `${where}: ${problem}` });
}
const total = checked.problems.length;
console.log(`checked the series list and ${checked.series} series: ${total} problem${total === 1 ? "" : "s"}`);
for (const [kind, { count, example }] of [...kinds].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`${String(count).padStart(7)}  ${kind}\n         e.g. ${example}`);
}
process.exit(total ? 1 : 0);
