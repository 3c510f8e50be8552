// Groups the lines of a file's hunks by enclosing function, so rules can read a function's visible
// statements in order across hunks (the seed patch moves locks between hunks of one function).
import { callsIn, codeOf, type CallRef } from "./c-lines";
import { hunkFunction, lineFunctions } from "./function-context";
import type { FileDiff } from "./types";

export interface Row {
  hunk: number;
  /** Index of the line within its hunk. */
  idx: number;
  type: "add" | "del" | "context";
  text: string;
  /** Text with comments removed. */
  code: string;
  /** Calls on the line (computed once: rules read them many times). */
  calls: CallRef[];
  oldLine: number | null;
  newLine: number | null;
  /** True when unseen lines of the file lie between this row and the previous one. */
  gapBefore: boolean;
}

export interface FunctionView {
  name: string | null;
  rows: Row[];
  /** Indexes into `rows` of the rows present in the new file (context and added), in order. */
  newRows: number[];
}

export interface FileView {
  functions: FunctionView[];
  /** The enclosing function of each hunk (by hunk index). */
  hunkFunctions: (string | null)[];
}

/**
 * A row whose code and calls are found when first read: lock sites and rules read those of changed
 * lines (and of context lines only near a lock site), so most context lines are never scanned.
 */
class FileRow implements Row {
  private stripped: string | undefined = undefined;
  private found: CallRef[] | undefined = undefined;
  constructor(
    public hunk: number,
    public idx: number,
    public type: Row["type"],
    public text: string,
    public oldLine: number | null,
    public newLine: number | null,
    public gapBefore: boolean,
  ) {}

  get code(): string {
    // Kernel lines are short; capping keeps hostile megabyte lines from quadratic call scanning.
    if (this.stripped === undefined) this.stripped = codeOf(this.text.length > 1000 ? this.text.slice(0, 1000) : this.text);
    return this.stripped;
  }

  get calls(): CallRef[] {
    if (this.found === undefined) {
      const code = this.code;
      this.found = code.includes("(") ? callsIn(code) : [];
    }
    return this.found;
  }
}

/** Split a file's lines by enclosing function; rows outside any function group per hunk. */
export function buildFileView(file: FileDiff): FileView {
  const byKey = new Map<string, FunctionView>();
  const order: FunctionView[] = [];
  const hunkFunctions: (string | null)[] = [];
  for (const hunk of file.hunks) {
    // A .rst section title or a MAINTAINERS entry is not a function: only C sources have them.
    const fns = lineFunctions(hunk, file.path);
    hunkFunctions.push(hunkFunction(hunk, fns, file.path));
    let lastKey: string | null = null;
    const hunkKey = `#${hunk.index}`;
    hunk.lines.forEach((line, idx) => {
      const fn = fns[idx] ?? null;
      const key = fn ?? hunkKey;
      let view = byKey.get(key);
      if (!view) {
        view = { name: fn, rows: [], newRows: [] };
        byKey.set(key, view);
        order.push(view);
      }
      const prev = view.rows[view.rows.length - 1];
      const gapBefore = prev !== undefined && (prev.hunk !== hunk.index || lastKey !== key);
      if (line.type !== "del") view.newRows.push(view.rows.length);
      view.rows.push(new FileRow(hunk.index, idx, line.type, line.text, line.oldLine, line.newLine, gapBefore));
      lastKey = key;
    });
  }
  return { functions: order, hunkFunctions };
}

/** The row at a position of view.newRows. */
export function rowAt(view: FunctionView, pos: number): Row {
  return view.rows[view.newRows[pos] ?? -1] ?? EMPTY;
}

const EMPTY: Row = { hunk: -1, idx: -1, type: "context", text: "", code: "", calls: [], oldLine: null, newLine: null, gapBefore: true };


/** Indentation width of a line (tabs count 8): kernel style makes it a reliable nesting signal across hunks. */
export function indentOf(text: string): number {
  let w = 0;
  for (const c of text) {
    if (c === "\t") w += 8 - (w % 8);
    else if (c === " ") w++;
    else break;
  }
  return w;
}

const LOOP = /\b(for|while)\s*\(|\bfor_each_\w*\s*\(|\blist_for_each\w*\s*\(|\bdo\s*\{|^\s*do\s*$/;

/**
 * The nearest loop header enclosing the row at `pos` of view.newRows, found by indentation (braces are
 * unreliable when unseen lines lie between hunks), or null.
 */
export function enclosingLoopAt(view: FunctionView, pos: number): { row: Row; pos: number } | null {
  let level = indentOf(rowAt(view, pos).text);
  for (let p = pos - 1; p >= 0 && level > 0; p--) {
    const r = rowAt(view, p);
    if (!r.code.trim() || /^\s*\w+:\s*$/.test(r.code)) continue;
    const ind = indentOf(r.text);
    if (ind >= level) continue;
    if (LOOP.test(r.code)) return { row: r, pos: p };
    level = ind;
  }
  return null;
}
