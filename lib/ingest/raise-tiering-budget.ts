// How much bytecode a function runs before V8 considers optimising it. derive's review pass runs the review
// rules over tens of thousands of mails whose shapes keep changing (replies, patches, quotes): with V8's
// budget its hot functions are optimised early and thrown away again ("wrong map", "insufficient type
// feedback") many times, in every review worker (a fresh isolate each). A budget ~9x V8's lets type feedback
// settle first: derive of linux-s390 took 54.2-57.3 s of user CPU against 58.4-61.1 s with V8's budget
// (four alternating runs each, review cache cleared; 1.2 MB gave the same as 600 KB). Storing is not helped (its
// parse loop is long and uniform: 60.2-61.3 against 59.0-59.4 s), so the budget is raised for derive only.
// The flag is process-wide and read as functions run, so it is set here and put back afterwards.
import { setFlagsFromString } from "node:v8";

const DERIVE_INTERRUPT_BUDGET = 600_000;
/** V8's own default in Node 20 (V8 11.3): `node --v8-options | grep -A1 interrupt-budget`. */
const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;

/** Raises V8's tiering budget for derive; returns the function that puts V8's default back. */
export function raiseTieringBudget(): () => void {
  // A budget the user chose on the command line is left alone.
  if (process.execArgv.some((a) => a.startsWith("--interrupt-budget"))) return () => {};
  try {
    setFlagsFromString(`--interrupt-budget=${DERIVE_INTERRUPT_BUDGET}`);
  } catch {
    return () => {}; // not available in this runtime: only a missed saving
  }
  return () => setFlagsFromString(`--interrupt-budget=${V8_DEFAULT_INTERRUPT_BUDGET}`);
}
