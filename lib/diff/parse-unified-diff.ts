// The one adapter around npm parse-diff. parse-diff trusts the `@@` counts (an overstated count swallows
// the next file) and has no notion of renames, copies or binary files, so we split files and hunks
// ourselves, check every hunk against its header, and only ask parse-diff for the path/mode headers.
import parseDiff from "parse-diff";
import type { DiffLine, FileDiff, Hunk } from "./types";

const HUNK_RE = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)$/;
const NO_NEWLINE = "\\ No newline at end of file";

/** Parse a unified (git) diff. Never throws: malformed parts are skipped or repaired and described in `errors`. */
export function parseUnifiedDiff(diffText: string): { files: FileDiff[]; errors: string[] } {
  const errors: string[] = [];
  const files: FileDiff[] = [];
  if (typeof diffText !== "string" || diffText.length === 0) return { files, errors };
  const lines = (diffText.includes("\r") ? diffText.replace(/\r\n?/g, "\n") : diffText).split("\n");
  let i = 0;
  while (i < lines.length) {
    const start = findFileStart(lines, i);
    if (start < 0) break;
    const { file, next } = parseFile(lines, start, errors);
    if (file) files.push(file);
    i = Math.max(next, start + 1);
  }
  return { files, errors };
}

/** Index of the next file header (`diff --git`, or a bare `---`/`+++`/`@@` triple), or -1. */
function findFileStart(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (isFileStart(lines, i)) return i;
  }
  return -1;
}

function isFileStart(lines: string[], i: number): boolean {
  const l = lines[i] ?? "";
  if (l.startsWith("diff --git ") || l.startsWith("diff -")) return true;
  return isBareFileStart(lines, i);
}

function isBareFileStart(lines: string[], i: number): boolean {
  return (
    (lines[i] ?? "").startsWith("--- ") &&
    (lines[i + 1] ?? "").startsWith("+++ ") &&
    HUNK_RE.test(lines[i + 2] ?? "")
  );
}

interface Header {
  oldPath: string | null;
  newPath: string | null;
  status: FileDiff["status"];
  binary: boolean;
  oldMode: string | null;
  newMode: string | null;
  similarity: number | null;
}

function parseFile(lines: string[], start: number, errors: string[]): { file: FileDiff | null; next: number } {
  // Header block: from the file start up to the first hunk or the next file.
  let i = start + 1;
  const headerLines = [lines[start] ?? ""];
  const bare = !(lines[start] ?? "").startsWith("diff ");
  while (i < lines.length) {
    const l = lines[i] ?? "";
    if (HUNK_RE.test(l)) break;
    if (!bare && isFileStart(lines, i) && !l.startsWith("--- ")) break;
    if (bare && l.startsWith("+++ ")) {
      headerLines.push(l);
      i++;
      break;
    }
    if (!bare && l.startsWith("--- ") && !(lines[i + 1] ?? "").startsWith("+++ ")) break;
    if (!isHeaderLine(l)) break;
    headerLines.push(l);
    i++;
  }
  const header = readHeader(headerLines);
  const hunks: Hunk[] = [];
  while (i < lines.length && HUNK_RE.test(lines[i] ?? "")) {
    const r = parseHunk(lines, i, hunks.length, header, errors);
    hunks.push(r.hunk);
    i = r.next;
  }
  if (!header.oldPath && !header.newPath) {
    errors.push(`file header at line ${start + 1} names no path; skipped`);
    return { file: null, next: i };
  }
  let added = 0;
  let removed = 0;
  for (const h of hunks) {
    for (const l of h.lines) {
      if (l.type === "add") added++;
      else if (l.type === "del") removed++;
    }
  }
  const path = header.newPath ?? header.oldPath ?? "";
  return {
    file: {
      oldPath: header.oldPath,
      newPath: header.newPath,
      path,
      status: header.status,
      binary: header.binary,
      oldMode: header.oldMode,
      newMode: header.newMode,
      similarity: header.similarity,
      added,
      removed,
      hunks,
    },
    next: i,
  };
}

const HEADER_LINE_RE =
  /^(diff |index |--- |\+\+\+ |old mode |new mode |deleted file mode |new file mode |similarity index |dissimilarity index |rename from |rename to |copy from |copy to |Binary files |GIT binary patch)/;

function isHeaderLine(l: string): boolean {
  return HEADER_LINE_RE.test(l);
}

function readHeader(headerLines: string[]): Header {
  const h: Header = {
    oldPath: null,
    newPath: null,
    status: "modified",
    binary: false,
    oldMode: null,
    newMode: null,
    similarity: null,
  };
  // parse-diff reads `diff --git`, `---`/`+++`, modes and new/deleted markers well; the rest is ours.
  const pd = safeParseDiff(headerLines.join("\n"))[0];
  if (pd) {
    h.oldPath = cleanPath(pd.from);
    h.newPath = cleanPath(pd.to);
    h.oldMode = pd.oldMode ?? null;
    h.newMode = pd.newMode ?? null;
    if (pd.new) h.status = "added";
    if (pd.deleted) h.status = "deleted";
  }
  if (!h.oldPath && !h.newPath) {
    // `git diff --no-prefix` (or other prefixes) gives `diff --git x y`, which parse-diff cannot split.
    const m = (headerLines[0] ?? "").match(/^diff --git (\S+) (\S+)$/);
    if (m && h.status !== "deleted") h.newPath = stripPrefix(m[2] ?? "");
    if (m && h.status !== "added") h.oldPath = stripPrefix(m[1] ?? "");
  }
  let renameFrom: string | null = null;
  let renameTo: string | null = null;
  let copy = false;
  for (const l of headerLines) {
    let m: RegExpMatchArray | null;
    if ((m = l.match(/^rename from (.+)$/))) renameFrom = m[1] ?? null;
    else if ((m = l.match(/^rename to (.+)$/))) renameTo = m[1] ?? null;
    else if ((m = l.match(/^copy from (.+)$/))) {
      renameFrom = m[1] ?? null;
      copy = true;
    } else if ((m = l.match(/^copy to (.+)$/))) {
      renameTo = m[1] ?? null;
      copy = true;
    } else if ((m = l.match(/^similarity index (\d+)%/))) h.similarity = Number(m[1]);
    else if (/^(Binary files |GIT binary patch)/.test(l)) h.binary = true;
    else if ((m = l.match(/^new file mode (\d+)/))) {
      h.status = "added";
      h.newMode = m[1] ?? null;
    } else if ((m = l.match(/^deleted file mode (\d+)/))) {
      h.status = "deleted";
      h.oldMode = m[1] ?? null;
    }
  }
  if (renameFrom || renameTo) {
    h.status = copy ? "copied" : "renamed";
    if (renameFrom) h.oldPath = renameFrom;
    if (renameTo) h.newPath = renameTo;
  }
  if (h.status === "added") h.oldPath = null;
  if (h.status === "deleted") h.newPath = null;
  // A mode-only `index abc..def 100644` line makes parse-diff set both modes; only real changes count.
  const explicitMode = headerLines.some((l) => /^(old|new) mode /.test(l));
  if (!explicitMode && h.status === "modified") {
    h.oldMode = h.oldMode ?? h.newMode;
    h.newMode = h.oldMode;
  }
  return h;
}

function safeParseDiff(text: string): ReturnType<typeof parseDiff> {
  try {
    return parseDiff(text);
  } catch {
    return [];
  }
}

function stripPrefix(p: string): string {
  return p.replace(/^[abciwo12]\//, "");
}

function cleanPath(p: string | undefined): string | null {
  if (!p || p === "/dev/null") return null;
  return p;
}

function parseHunk(
  lines: string[],
  at: number,
  index: number,
  header: Header,
  errors: string[],
): { hunk: Hunk; next: number } {
  const headerText = lines[at] ?? "";
  const m = headerText.match(HUNK_RE);
  const oldStart = Number(m?.[1] ?? 0);
  const oldCount = m?.[2] === undefined ? 1 : Number(m[2]);
  const newStart = Number(m?.[3] ?? 0);
  const newCount = m?.[4] === undefined ? 1 : Number(m[4]);
  const where = `${header.newPath ?? header.oldPath ?? "?"} hunk ${index} (${headerText.slice(0, 40)})`;
  const out: DiffLine[] = [];
  let oldLeft = oldCount;
  let newLeft = newCount;
  let oldNo = oldStart;
  let newNo = newStart;
  let mangled = 0;
  let i = at + 1;
  while (i < lines.length && (oldLeft > 0 || newLeft > 0)) {
    const l = lines[i] ?? "";
    if (l === NO_NEWLINE) {
      markNoNewline(out);
      i++;
      continue;
    }
    const c = l[0];
    // A new file or hunk header inside the counted body means the header overstated its counts.
    if ((c === "@" && HUNK_RE.test(l)) || (c === "d" && l.startsWith("diff --git ")) || (c === "-" && isBareFileStart(lines, i))) break;
    if (c === "+") {
      out.push({ type: "add", text: l.slice(1), oldLine: null, newLine: newNo++ });
      newLeft--;
    } else if (c === "-") {
      if (l === "-- " && oldLeft > 0 && looksLikeSignature(lines, i)) break;
      out.push({ type: "del", text: l.slice(1), oldLine: oldNo++, newLine: null });
      oldLeft--;
    } else if (c === " " || l === "") {
      // Mailers strip the lone space of blank context lines: an empty line is context "".
      out.push({ type: "context", text: l.slice(1), oldLine: oldNo++, newLine: newNo++ });
      oldLeft--;
      newLeft--;
    } else if (c === "\t") {
      // A context line whose leading space a mailer ate: the tab-indented code survives.
      out.push({ type: "context", text: l, oldLine: oldNo++, newLine: newNo++ });
      oldLeft--;
      newLeft--;
      mangled++;
    } else {
      break;
    }
    i++;
  }
  if (oldLeft !== 0 || newLeft !== 0) {
    errors.push(
      `${where}: header says -${oldCount} +${newCount} but the body has -${oldCount - oldLeft} +${newCount - newLeft}; counts repaired`,
    );
  }
  // Consume a trailing no-newline marker that follows the last counted line.
  if ((lines[i] ?? "") === NO_NEWLINE) {
    markNoNewline(out);
    i++;
  }
  if (mangled > 0) errors.push(`${where}: ${mangled} context line(s) had lost their leading space; read as context`);
  // Lines that look like more hunk body before the next header mean the counts were understated:
  // keep them when the hunk is cleanly followed by a header, the signature or the end.
  const extra = countStrayBody(lines, i);
  if (extra > 0) {
    const after = lines[i + extra];
    const clean = after === undefined || after === "" || after === "-- " || HUNK_RE.test(after) || isFileStart(lines, i + extra);
    if (clean) {
      for (let k = 0; k < extra; k++) {
        const l = lines[i + k] ?? "";
        if (l[0] === "+") out.push({ type: "add", text: l.slice(1), oldLine: null, newLine: newNo++ });
        else if (l[0] === "-") out.push({ type: "del", text: l.slice(1), oldLine: oldNo++, newLine: null });
        else out.push({ type: "context", text: l.slice(1), oldLine: oldNo++, newLine: newNo++ });
      }
      i += extra;
      if ((lines[i] ?? "") === NO_NEWLINE) {
        markNoNewline(out);
        i++;
      }
      errors.push(`${where}: header says -${oldCount} +${newCount} but ${extra} more diff line(s) follow; counts repaired`);
    } else {
      errors.push(`${where}: ${extra} line(s) after the counted body look like diff lines; ignored`);
    }
  }
  let oldSeen = 0;
  let newSeen = 0;
  for (const l of out) {
    if (l.type !== "add") oldSeen++;
    if (l.type !== "del") newSeen++;
  }
  const hunk: Hunk = {
    index,
    header: headerText,
    oldStart,
    oldLines: oldSeen,
    newStart,
    newLines: newSeen,
    headerContext: (m?.[5] ?? "").trim(),
    lines: out,
  };
  return { hunk, next: i };
}

function markNoNewline(out: DiffLine[]): void {
  const last = out[out.length - 1];
  if (last) last.noNewline = true;
}

function looksLikeSignature(lines: string[], i: number): boolean {
  // `-- ` followed by a version line / end is the mail signature, not a removed "- " line.
  const next = lines[i + 1];
  return next === undefined || /^\d+\.\d+/.test(next) || next === "";
}

function countStrayBody(lines: string[], from: number): number {
  let n = 0;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] ?? "";
    if (HUNK_RE.test(l) || isFileStart(lines, i)) return n;
    if (l === "-- " || l === "--") return n;
    const c = l.charCodeAt(0);
    if (c === 43 || c === 32 || c === 45) {
      n++;
      continue;
    }
    return n;
  }
  return n;
}
