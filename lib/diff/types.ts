/** One line of a hunk with its numbers: old number for removed/context, new for added/context. */
export interface DiffLine {
  type: "add" | "del" | "context";
  /** The line without its `+`/`-`/` ` prefix. */
  text: string;
  oldLine: number | null;
  newLine: number | null;
  /** Set when the line was followed by `\ No newline at end of file`. */
  noNewline?: boolean;
}

export interface Hunk {
  /** Position of the hunk within its file, from 0. */
  index: number;
  /** The `@@ -a,b +c,d @@ ctx` line as written. */
  header: string;
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** The text after the second `@@` (git's function context), or "". */
  headerContext: string;
  lines: DiffLine[];
}

export interface FileDiff {
  oldPath: string | null;
  newPath: string | null;
  /** The path to show: new path, or old path for deletions. */
  path: string;
  status: "modified" | "added" | "deleted" | "renamed" | "copied";
  binary: boolean;
  oldMode: string | null;
  newMode: string | null;
  /** `similarity index N%` of a rename/copy, when given. */
  similarity?: number | null;
  added: number;
  removed: number;
  hunks: Hunk[];
}

/** A semantic label on a hunk (first family: lock conversions). Shape fixed by CONTRACT.md. */
export interface HunkLabel {
  rule: string;
  from?: string;
  to?: string;
  handling?: "goto" | "return" | "break" | "propagate" | "ignored" | string;
  errno?: string | null;
  label?: string | null;
  [extra: string]: unknown;
}

/** A predicted reviewer nit, pointing at a line (new-file number for added lines). */
export interface HunkNit {
  rule: string;
  line: number | null;
  message: string;
  [extra: string]: unknown;
}

/** A hunk as `show --json` prints it. */
export interface AnnotatedHunk {
  index: number;
  header: string;
  function: string | null;
  labels: HunkLabel[];
  nits: HunkNit[];
}

export interface AnnotatedFile {
  path: string;
  added: number;
  removed: number;
  hunks: AnnotatedHunk[];
}
