// Mailing-list software appends its own footer to every mail it relays: Mailman (lists.infradead.org,
// freedesktop, sourceforge, xenproject, osuosl, linaro...) adds "_____ / <list> mailing list / <address> /
// <listinfo URL>", Google Groups adds "You received this message because you are subscribed to ...".
// None of it is the sender's: left in the body it became the last paragraph of every reply's own text (a
// "comment" reading "linux-arm-kernel mailing list ..." on 92,000 linux-arm-kernel mails) and made replies
// that only give a trailer look like replies with remarks. Only a footer at the very end is removed, and only
// when every line of it has the footer's shape: an Outlook "_____" line above a quoted original stays.

/** A footer's separator: Mailman's row of underscores (47 of them; shortened by some relays). */
const SEPARATOR_RE = /^_{10,}\s*$/;
/** "linux-arm-kernel mailing list", "Linaro-mm-sig mailing list -- linaro-mm-sig@lists.linaro.org". */
const LIST_NAME_RE = /\bmailing list\b/i;
/**
 * Where to leave the list: a listinfo page, a -leave / -request / +unsubscribe address. A link a corporate mail
 * gateway rewrote (Proofpoint's "urldefense.proofpoint.com/v2/url?u=http-3A__lists.infradead.org_mailman_listinfo_...")
 * has "_" for its slashes: a footer quoted from such a mail stayed as the reply's last remark.
 */
const LEAVE_RE = /[/_]listinfo\b|[/_]mailman[/_]|[-+](?:leave|request|unsubscribe)@|\bunsubscribe\b/i;
/** A line of a Mailman footer: the list's name, its address, or a link. */
const MAILMAN_LINE_RE = /\bmailing list\b|^\S+@\S+$|^<?https?:\/\/\S+>?$|\bunsubscribe\b/i;

/** Google Groups' opening line (its opening is specific enough; the lines after it wrap anywhere). */
const GOOGLE_OPENING_RE = /^You received this message because you are subscribed to the Google(?: Groups?\b|$)/i;

const FOOTER_HINT_RE = /mailing list|Google Group/i;
/** Characters at the body's end searched for that hint: a footer (and trailing blank lines) fit well inside. */
const HINT_TAIL = 2048;

/** Footer lines past which no search is made: a footer is short. */
const MAX_FOOTER_LINES = 8;

/** The body without the list footers at its end (several lists may each have added one). */
export function stripListFooter(body: string): string {
  // Cheap test first, on the tail only (a footer is short): nearly all mail has none.
  if (!FOOTER_HINT_RE.test(body.length > HINT_TAIL ? body.slice(-HINT_TAIL) : body)) return body;
  let lines = body.split("\n");
  let stripped = false;
  for (;;) {
    const start = footerStart(lines, lastTextLine(lines));
    if (start === null) break;
    lines = lines.slice(0, start);
    stripped = true;
  }
  if (!stripped) return body;
  const kept = lines.slice(0, lastTextLine(lines) + 1).join("\n");
  return kept ? `${kept}\n` : "";
}

/** Index of the last line with text, -1 when none. */
function lastTextLine(lines: readonly string[]): number {
  let i = lines.length - 1;
  while (i >= 0 && lines[i]!.trim() === "") i--;
  return i;
}

/** Where the footer ending at line `end` starts, or null when the body does not end with one. */
function footerStart(lines: readonly string[], end: number): number | null {
  for (let i = end; i >= 0 && end - i < MAX_FOOTER_LINES; i--) {
    const line = lines[i]!.trim();
    if (SEPARATOR_RE.test(line) && isMailmanFooter(lines.slice(i + 1, end + 1))) return i;
    if (GOOGLE_OPENING_RE.test(line) && isGoogleFooter(lines.slice(i + 1, end + 1))) {
      // Google Groups opens its footer with a signature separator of its own.
      return i > 0 && lines[i - 1]!.trimEnd() === "--" ? i - 1 : i;
    }
  }
  return null;
}

function isMailmanFooter(after: readonly string[]): boolean {
  const text = after.map((l) => l.trim()).filter((l) => l !== "");
  return text.length > 0 && text.some((l) => LIST_NAME_RE.test(l)) && text.some((l) => LEAVE_RE.test(l)) && text.every((l) => MAILMAN_LINE_RE.test(l));
}

/** The lines after Google's opening line name the group's address or page. */
function isGoogleFooter(after: readonly string[]): boolean {
  return after.some((l) => /googlegroups\.com|groups\.google\.com/i.test(l));
}
