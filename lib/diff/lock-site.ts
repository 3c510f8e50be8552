// The record a converted lock call site is read into; nit rules consume it.
import type { LockInfo } from "./lock-catalogue";

/** "to-guard": a call that could already fail, now made by a scope guard (`scoped_guard(mutex_intr, …)`). */
export type Direction = "to-variant" | "variant-change" | "to-plain" | "added" | "to-guard";
export type Handling = "return" | "goto" | "propagate" | "break" | "continue" | "ignored" | "assigned" | "logged" | "retry" | "other";

export interface LockSite {
  function: string | null;
  direction: Direction;
  from: string | null;
  to: string;
  /** Info of the call as written now (`to`). */
  info: LockInfo;
  /** Which rule recognised the pair: the catalogue or the kernel's naming conventions. */
  matchedBy: "catalogue" | "naming";
  object: string;
  /** Index into view.rows of the added call, and of the removed call it replaces. */
  row: number;
  removedRow: number | null;
  hunk: number;
  line: number | null;
  handling: Handling;
  errno: string | null;
  label: string | null;
  /** The variable the result is assigned to, if any. */
  resultVar: string | null;
  /** Rows (indexes into view.rows) of the failure branch, excluding the call row. */
  branchRows: number[];
  /** Calls made on the failure path: in the branch and, for a visible goto label, below the label. */
  cleanup: string[];
  /** Index into view.rows of the goto label's line when visible. */
  labelRow: number | null;
  moved: "earlier" | "later" | null;
  movedPast: string[];
  /** Visible code lines the call moved across, and whether unseen lines (between hunks) were crossed. */
  movedLines: number;
  movedAcrossUnseen: boolean;
  returnType: string | null;
  /** The scope guard the call is written as (`scoped_cond_guard(mutex_intr)`), when it is one. */
  guard?: string;
  /** For a sleep-mode argument change (`wait_on_bit(…, TASK_KILLABLE)`): "TASK_UNINTERRUPTIBLE -> TASK_KILLABLE". */
  mode?: string;
}
