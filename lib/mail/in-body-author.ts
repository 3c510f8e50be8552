// git format-patch puts the commit's author in the body when someone else sends the patch: a maintainer
// reposting a contributor's patch, a colleague sending a series. The first lines of the body are then
// `From: Author <address>` (and sometimes `Date:` and `Subject:`), before the commit message.
import type { Address } from "./types";

const FROM_LINE = /^From:[ \t]*(.*)$/;
/** The "From <sha> Mon Sep 17 00:00:00 2001" line opening a `git format-patch` file. */
export const FORMAT_PATCH_FROM_RE = /^From [0-9a-f]{7,40} /;
const NAME_ADDR = /^"?([^"<>]*?)"?\s*<([^<>\s@]+@[^<>\s@]+)>$/;
const BARE_ADDR = /^<?([^<>\s@]+@[^<>\s@]+)>?$/;

/** The patch author an in-body `From:` line names at the top of a patch mail's body, or null. */
export function inBodyAuthor(body: string): Address | null {
  // Only the body's first non-blank line counts: a `From:` further down is quoted or pasted mail.
  let start = body.search(/\S/);
  if (start < 0) return null;
  let end = body.indexOf("\n", start);
  let line = (end < 0 ? body.slice(start) : body.slice(start, end)).trimEnd();
  // A whole `git format-patch` file as the body: its "From <sha> Mon Sep 17 ..." line comes first.
  if (end >= 0 && FORMAT_PATCH_FROM_RE.test(line)) {
    start = end + 1;
    end = body.indexOf("\n", start);
    line = (end < 0 ? body.slice(start) : body.slice(start, end)).trimEnd();
  }
  const from = FROM_LINE.exec(line);
  if (!from || line.length > 320) return null;
  const value = from[1]!.trim();
  const named = NAME_ADDR.exec(value);
  if (named) return { name: named[1]!.trim(), email: named[2]!.toLowerCase() };
  const bare = BARE_ADDR.exec(value);
  return bare ? { name: "", email: bare[1]!.toLowerCase() } : null;
}
