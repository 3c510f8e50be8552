import { createHash } from "node:crypto";

/** A changed line of a unified diff, normalised: sign kept, all whitespace removed. */
export interface ChangedLine {
  file: string;
  line: string;
}

const MAX_LINES = 20_000;

/**
 * The changed (`+`/`-`) lines of a unified diff with the file each belongs to. Headers, hunk
 * line numbers, context lines and whitespace are dropped, so re-based or re-indented copies of one
 * change give the same list.
 */
export function changedDiffLines(diffText: string): ChangedLine[] {
  const out: ChangedLine[] = [];
  let file = "";
  // Lines left in the current hunk, from its @@ header; -1/-1 when outside a hunk. Counting (rather
  // than guessing from the first character) keeps a "-- " signature out of the change.
  let oldLeft = -1;
  let newLeft = -1;
  for (const raw of diffText.split("\n")) {
    if (out.length >= MAX_LINES) break;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (oldLeft > 0 || newLeft > 0) {
      const sign = line[0];
      if (sign === "\\") continue;
      if (sign === "+" && newLeft > 0) newLeft--;
      else if (sign === "-" && oldLeft > 0) oldLeft--;
      else if ((sign === " " || line === "") && oldLeft > 0 && newLeft > 0) {
        oldLeft--;
        newLeft--;
        continue;
      } else {
        oldLeft = newLeft = -1; // counts were wrong: the hunk ended early
        continue;
      }
      out.push({ file, line: sign + line.slice(1).replace(/\s+/g, "") });
      continue;
    }
    if (line.startsWith("diff --git ")) {
      const m = / b\/(.+)$/.exec(line);
      file = m?.[1] ?? line.slice(11);
      continue;
    }
    if (line.startsWith("+++ ")) {
      const p = line.slice(4).trim();
      if (p !== "/dev/null") file = p.replace(/^b\//, "").replace(/\t.*$/, "");
      continue;
    }
    if (line.startsWith("--- ")) {
      const p = line.slice(4).trim();
      if (p !== "/dev/null" && !file) file = p.replace(/^a\//, "").replace(/\t.*$/, "");
      continue;
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
      newLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
    }
  }
  return out;
}

/**
 * A stable id for a change (like `git patch-id`): SHA-1 over the files and changed lines with
 * whitespace and line numbers removed. Empty string when the text holds no changed line.
 */
export function computePatchId(diffText: string): string {
  return patchIdOfLines(changedDiffLines(diffText));
}

/** `computePatchId` for lines already extracted with `changedDiffLines`. */
export function patchIdOfLines(lines: readonly ChangedLine[]): string {
  if (lines.length === 0) return "";
  const h = createHash("sha1");
  let file: string | null = null;
  for (const l of lines) {
    if (l.file !== file) {
      h.update(`\u0000${l.file}\u0000`);
      file = l.file;
    }
    h.update(l.line);
    h.update("\n");
  }
  return h.digest("hex");
}
