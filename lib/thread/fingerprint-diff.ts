import { hash } from "node:crypto";
import { computePatchId } from "./compute-patch-id";
import type { DiffFingerprint } from "./types";
import { isSpace } from "../text/is-space";

/** Changed-line hashes kept per patch: enough to compare versions, small enough for 60,000 summaries. */
const MAX_KEPT_LINES = 4000;
/** As `changedDiffLines`: a patch-id reads at most this many changed lines. */
const MAX_LINES = 20_000;

const HUNK_RE = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;
const GIT_FILE_RE = /^diff --git a\/\S+ b\/(\S+)$/gm;

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/** A path without the "../" and "./" steps a diff made from a subdirectory starts with. */
function fromTop(path: string): string {
  return path.startsWith(".") ? path.replace(/^(?:\.\.?\/)+/, "") : path;
}

/** `n.toString(36)` for a uint32, without the runtime's generic radix conversion (slow, per changed line). */
function base36(n: number): string {
  let out = "";
  do {
    const q = Math.floor(n / 36);
    out = DIGITS[n - q * 36]! + out;
    n = q;
  } while (n > 0);
  return out;
}


/** Bytes fed to SHA-1 for the patch-id, reused across calls (one worker runs one diff at a time). */
let scratch = Buffer.allocUnsafe(1 << 16);

function ensure(len: number): Buffer {
  if (len <= scratch.length) return scratch;
  const bigger = Buffer.allocUnsafe(Math.max(len, scratch.length * 2));
  scratch.copy(bigger);
  scratch = bigger;
  return bigger;
}

/**
 * The compact `DiffFingerprint` of a diff (files, patch-id, short hashes of its changed lines).
 * One pass over the text giving what `changedDiffLines` + `patchIdOfLines` give, without a line array.
 */
export function fingerprintDiff(diffText: string): DiffFingerprint {
  const fileSet = new Set<string>();
  const changedLines: string[] = [];
  // The patch-id input (see patchIdOfLines) is written as bytes while the text is plain ASCII, the
  // case of nearly every kernel diff; otherwise the patch-id is computed the long way at the end.
  let ascii = true;
  let len = 0;
  let count = 0;
  let file = "";
  let lastFile: string | null = null;
  // Lines left in the current hunk, from its @@ header; -1/-1 when outside a hunk (see changedDiffLines).
  let oldLeft = -1;
  let newLeft = -1;
  const n = diffText.length;
  for (let start = 0; start <= n; ) {
    if (count >= MAX_LINES) break;
    const nl = diffText.indexOf("\n", start);
    const lineEnd = nl < 0 ? n : nl;
    const next = lineEnd + 1;
    const end = lineEnd > start && diffText.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    if (oldLeft > 0 || newLeft > 0) {
      const sign = end > start ? diffText.charCodeAt(start) : -1;
      if (sign === 92 /* \ */) {
        start = next;
        continue;
      }
      if (sign === 43 /* + */ && newLeft > 0) newLeft--;
      else if (sign === 45 /* - */ && oldLeft > 0) oldLeft--;
      else if ((sign === 32 || sign === -1) && oldLeft > 0 && newLeft > 0) {
        oldLeft--;
        newLeft--;
        start = next;
        continue;
      } else {
        oldLeft = newLeft = -1;
        start = next;
        continue;
      }
      count++;
      if (file !== "") fileSet.add(file);
      if (ascii && file !== lastFile) {
        const buf = ensure(len + file.length + 2);
        buf[len++] = 0;
        for (let i = 0; i < file.length; i++) {
          const c = file.charCodeAt(i);
          if (c >= 0x80) ascii = false;
          buf[len++] = c;
        }
        buf[len++] = 0;
        lastFile = file;
      }
      // The changed line without whitespace (`sign + rest.replace(/\s+/g, "")`): its FNV-1a and its bytes.
      const buf = ensure(len + end - start + 1);
      let h = Math.imul(0x811c9dc5 ^ sign, 0x01000193);
      let kept = 1;
      let w = len;
      buf[w++] = sign;
      for (let i = start + 1; i < end; i++) {
        const c = diffText.charCodeAt(i);
        if (c > 32 && c < 0x7f) {
          h = Math.imul(h ^ c, 0x01000193);
          kept++;
          buf[w++] = c;
          continue;
        }
        if (isSpace(c)) continue;
        h = Math.imul(h ^ c, 0x01000193);
        kept++;
        if (c >= 0x80) ascii = false;
        else buf[w++] = c;
      }
      buf[w++] = 10;
      // Once the text is not ASCII the bytes are not used (the patch-id is computed the long way).
      if (ascii) len = w;
      // Bare "+"/"-" lines (blank lines) say nothing about which change this is.
      if (kept > 1 && changedLines.length < MAX_KEPT_LINES) changedLines.push(base36(h >>> 0));
      start = next;
      continue;
    }
    const c0 = diffText.charCodeAt(start);
    if (c0 === 100 /* d */ || c0 === 43 /* + */ || c0 === 45 /* - */ || c0 === 64 /* @ */) {
      const line = diffText.slice(start, end);
      if (line.startsWith("diff --git ")) {
        const m = / b\/(.+)$/.exec(line);
        file = m?.[1] ?? line.slice(11);
      } else if (line.startsWith("+++ ")) {
        const p = line.slice(4).trim();
        if (p !== "/dev/null") file = p.replace(/^b\//, "").replace(/\t.*$/, "");
      } else if (line.startsWith("--- ")) {
        const p = line.slice(4).trim();
        if (p !== "/dev/null" && !file) file = p.replace(/^a\//, "").replace(/\t.*$/, "");
      } else {
        const hunk = HUNK_RE.exec(line);
        if (hunk) {
          oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
          newLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
        }
      }
    }
    start = next;
  }
  if (diffText.includes("diff --git a/")) for (const m of diffText.matchAll(GIT_FILE_RE)) if (m[1]) fileSet.add(m[1]);
  // A diff made from a subdirectory names its files "a/../drivers/hid/hid-core.c": the same file as
  // "drivers/hid/hid-core.c" in the next version made from the top (input: a HIDIOCREVOKE v1 and its v2).
  const files = [...new Set([...fileSet].map(fromTop))].sort();
  let patchId = "";
  if (count > 0) patchId = ascii ? hash("sha1", scratch.subarray(0, len), "hex") : computePatchId(diffText);
  // A huge diff's buffer is not kept for the worker's lifetime.
  if (scratch.length > 1 << 20) scratch = Buffer.allocUnsafe(1 << 16);
  return { files, patchId, changedLines };
}
