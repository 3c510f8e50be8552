// git format-patch puts the commit's author in the body when someone else sends the patch: a maintainer
// reposting a contributor's patch, a colleague sending a series. The first lines of the body are then
// `From: Author <address>` (and sometimes `Date:` and `Subject:`), before the commit message.
import { FORMAT_PATCH_FROM_RE, parseFromValue } from "./attached-patch-headers";
import type { Address } from "./types";

const FROM_LINE = /^From:[ \t]*(.*)$/;

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
  return parseFromValue(from[1]!.trim());
}
