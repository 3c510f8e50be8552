// A patch sent by someone who does not use git send-email arrives as a `git format-patch` file attached
// to the mail or pasted into its body below a note ("Three patches from X attached"). That file's own
// headers name the commit's author and title; the mail's headers name only the sender and, often, a
// subject with no title at all ("[PATCH][SMB3 client]").
import type { Address, Trailer } from "./types";

/** The "From <sha> Mon Sep 17 00:00:00 2001" line opening a `git format-patch` file. */
export const FORMAT_PATCH_FROM_RE = /^From [0-9a-f]{7,40} /;

export interface AttachedPatchHeaders {
  /** The file's `From:` (the commit author), or null. */
  author: Address | null;
  /** The file's `Subject:` as written (`[PATCH 1/3] cifs: x`), unfolded, or null. */
  subject: string | null;
}

const NAME_ADDR = /^"?([^"<>]*?)"?\s*<([^<>\s@]+@[^<>\s@]+)>$/;
const BARE_ADDR = /^<?([^<>\s@]+@[^<>\s@]+)>?$/;
/** Header lines read after the "From <sha>" line; the block ends at the first other line. */
const HEADER_RE = /^(From|Date|Subject):[ \t]*(.*)$/i;
const MAX_HEADER_LINES = 20;
const MAX_VALUE = 400;

/**
 * The headers of the first `git format-patch` file in `texts` (the body, then each patch attachment): the
 * lines after an unquoted "From <sha> Mon Sep 17 00:00:00 2001" line. Empty when none is found.
 */
export function attachedPatchHeaders(texts: readonly string[]): AttachedPatchHeaders {
  for (const text of texts) {
    if (typeof text !== "string") continue;
    const found = headersOf(text);
    if (found) return found;
  }
  return { author: null, subject: null };
}

function headersOf(text: string): AttachedPatchHeaders | null {
  // Only lines starting "From " can open a file: found by indexOf, not by splitting a whole diff into lines.
  for (let at = text.startsWith("From ") ? 0 : text.indexOf("\nFrom "); at >= 0; at = text.indexOf("\nFrom ", at + 1)) {
    const start = text[at] === "\n" ? at + 1 : at;
    const end = lineEnd(text, start);
    if (!FORMAT_PATCH_FROM_RE.test(text.slice(start, end))) continue;
    return readBlock(text, end + 1);
  }
  return null;
}

function lineEnd(text: string, start: number): number {
  const nl = text.indexOf("\n", start);
  return nl < 0 ? text.length : nl;
}

function readBlock(text: string, from: number): AttachedPatchHeaders {
  const out: AttachedPatchHeaders = { author: null, subject: null };
  let last: "From" | "Date" | "Subject" | null = null;
  for (let pos = from, n = 0; pos < text.length && n < MAX_HEADER_LINES; n++) {
    const end = lineEnd(text, pos);
    const line = text.slice(pos, end).replace(/\r$/, "");
    pos = end + 1;
    // A folded Subject goes on over lines opening with white space.
    if (last === "Subject" && /^[ \t]+\S/.test(line) && out.subject !== null) {
      out.subject = `${out.subject} ${line.trim()}`.slice(0, MAX_VALUE);
      continue;
    }
    const m = HEADER_RE.exec(line);
    if (!m) break;
    const key = (m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase()) as "From" | "Date" | "Subject";
    const value = m[2]!.trim().slice(0, MAX_VALUE);
    last = key;
    if (key === "From") out.author = parseFromValue(value);
    else if (key === "Subject") out.subject = value || null;
  }
  return out;
}

/** `Name <a@b>`, `"Name" <a@b>` or a bare `a@b` as written in a `From:` line; null for anything else. */
export function parseFromValue(value: string): Address | null {
  const named = NAME_ADDR.exec(value);
  if (named) return { name: named[1]!.trim(), email: named[2]!.toLowerCase() };
  const bare = BARE_ADDR.exec(value);
  return bare ? { name: "", email: bare[1]!.toLowerCase() } : null;
}

/**
 * The name a patch's own `Signed-off-by:` gives `email` (the sender whose `From:` header carries no display
 * name signs with it), or "" when no sign-off names that address with a name.
 */
export function signerName(trailers: readonly Trailer[], email: string): string {
  const want = email.toLowerCase();
  for (const t of trailers) {
    if (t.kind !== "Signed-off-by" || !t.person) continue;
    if (t.person.email.toLowerCase() === want && t.person.name.trim() !== "") return t.person.name.trim();
  }
  return "";
}
