const URL_RE =
  /https?:\/\/(?:lore\.kernel\.org|lkml\.kernel\.org|patch\.msgid\.link|msgid\.link|inbox\.[a-z0-9.-]+|[a-z0-9.-]*public-inbox[a-z0-9.-]*)\/(?:(?:r|all|[A-Za-z0-9._-]+)\/)?([^\s/<>"')\]]+(?:@|%40)[^\s/<>"')\]]+)/gi;
const BRACKET_RE = /<([^\s<>@"]+@[^\s<>@"]+)>/g;
const MAX_LINKS = 50;
const DEPENDENCY_RE = /^\s*(?:depends-on|based-on|prerequisite-[\w-]+|requires)\s*:/i;
const ID_LINE_RE =
  /^\s*(?:(?:[-*]\s*)?(?:v\d+|link|message-id|previous(?: version)?|in-reply-to|\[\d+\])\s*:?\s*<|<[^<>\s]+>\s*$)/i;

function decode(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * Message-ids the author cites in a body (lore/msgid.link URLs, `<id@host>` on lines such as
 * "v2: <...>" or "Link:"), without brackets, in order, unique. Quoted (`>`) lines are skipped:
 * they cite on someone else's behalf. Addresses (`Name <a@b>`) are not ids and are skipped.
 */
export function extractBodyLinks(body: string): string[] {
  const out = new Set<string>();
  // Every link and id holds an "@" (or %40): only the lines holding one are looked at, found by indexOf
  // rather than by splitting the body (a patch's whole diff would be split into lines for nothing).
  let percent = body.indexOf("%40");
  let from = 0;
  while (out.size < MAX_LINKS && from < body.length) {
    if (percent >= 0 && percent < from) percent = body.indexOf("%40", from);
    const at = body.indexOf("@", from);
    const hit = at < 0 ? percent : percent < 0 ? at : Math.min(at, percent);
    if (hit < 0) break;
    const start = body.lastIndexOf("\n", hit) + 1;
    const newline = body.indexOf("\n", hit);
    const end = newline < 0 ? body.length : newline;
    from = end + 1;
    linksOfLine(body.slice(start, end), out);
  }
  return [...out];
}

function linksOfLine(line: string, out: Set<string>): void {
  if (/^\s*>/.test(line)) return;
  // A dependency is another series, not an earlier version of this one.
  if (DEPENDENCY_RE.test(line)) return;
  for (const m of line.matchAll(URL_RE)) if (m[1]) out.add(decode(m[1]).replace(/[.,;:]+$/, ""));
  // A bare <id@host> counts only after a version/link label or alone on its line; elsewhere it is
  // usually an address ("Reviewed-by: Name <a@b>").
  if (!ID_LINE_RE.test(line)) return;
  for (const m of line.matchAll(BRACKET_RE)) if (m[1] && !/^mailto:/i.test(m[1])) out.add(m[1]);
}
