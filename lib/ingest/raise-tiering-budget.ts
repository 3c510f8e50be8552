// How V8 optimises the bulk work of an ingest or a reanalyze (parsing, messageFacts, the review pass). Mail keeps
// changing shape (replies, patches, quotes, rarer branches of the rules met late), so with V8's defaults the hot
// functions are optimised early, inlined into each other and thrown away again ("wrong map", "insufficient type
// feedback") many times, in every worker (a fresh isolate each): TurboFan was 15-25% of an ingest's CPU.
// - A tiering budget ~9x V8's lets type feedback settle first: derive of linux-s390 took 54.2-57.3 s of user CPU
//   against 58.4-61.1 s with V8's budget (four alternating runs each; 1.2 MB gave the same as 600 KB).
// - Without TurboFan's inlining each optimisation is cheaper and a deopt throws less away. With both, messageFacts
//   over linux-sh's 13,882 messages in one fresh process took 5.6-6.3 s of CPU against 7.1-8.2 s (three runs each);
//   storing linux-s390 (`ingest --no-derive`) took 3.7 s of user CPU less (median of five alternating pairs, every
//   pair lower: 58.6-69.0 s against 61.1-76.3 s). The review pass gains nothing more from the inlining flag
//   (derive alone: 76.7 / 80.8 s against 80.9 / 75.7 s) and loses nothing.
// The flags are process-wide and read as functions are compiled, so they are set before the workers start and put
// back afterwards. `ingest` and `reanalyze` are library functions: two may run at once in one process, so the
// calls are counted and the last one to end restores.
import { setFlagsFromString } from "node:v8";

const BULK_INTERRUPT_BUDGET = 600_000;
/** V8's own default in Node 20 (V8 11.3): `node --v8-options | grep -A1 interrupt-budget`. */
const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;

let depth = 0;
let restoreFlags: string[] = [];

/** Tunes V8 for a bulk run (see above); returns the function that puts V8's defaults back. */
export function raiseTieringBudget(): () => void {
  if (depth++ === 0) restoreFlags = applyBulkFlags();
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    if (--depth === 0) for (const flag of restoreFlags) trySetFlag(flag);
  };
}

/** Sets each flag the user did not choose on the command line; returns the flags that undo what was set. */
function applyBulkFlags(): string[] {
  const chosen = (name: string) => process.execArgv.some((a) => a.replace(/^--no-/, "--").replace(/_/g, "-").startsWith(`--${name}`));
  const undo: string[] = [];
  if (!chosen("interrupt-budget") && trySetFlag(`--interrupt-budget=${BULK_INTERRUPT_BUDGET}`)) undo.push(`--interrupt-budget=${V8_DEFAULT_INTERRUPT_BUDGET}`);
  if (!chosen("turbo-inlining") && trySetFlag("--no-turbo-inlining")) undo.push("--turbo-inlining");
  return undo;
}

function trySetFlag(flag: string): boolean {
  try {
    setFlagsFromString(flag);
    return true;
  } catch {
    return false; // not available in this runtime: only a missed saving
  }
}
