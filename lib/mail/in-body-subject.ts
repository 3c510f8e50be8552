// A mail whose Subject header is blank but whose body opens with the patch's own header block (a
// `git format-patch` file pasted as the body): "From <sha> Mon Sep 17 00:00:00 2001", "From: ...",
// "Date: ...", "Subject: [PATCH] spi: ...". The in-body Subject is the mail's title then.
import { FORMAT_PATCH_FROM_RE } from "./attached-patch-headers";

const FIELD_RE = /^(From|Date|Subject):[ \t]*(.*)$/i;
const MAX_BLOCK_LINES = 12;
const MAX_SUBJECT = 998;

/** The Subject of the header block at the very top of `body` (after blank lines), or null when there is none. */
export function inBodySubject(body: string): string | null {
  let start = 0;
  let subject: string | null = null;
  let inBlock = false;
  for (let n = 0; n < MAX_BLOCK_LINES && start <= body.length; n++) {
    const nl = body.indexOf("\n", start);
    const line = (nl < 0 ? body.slice(start) : body.slice(start, nl)).replace(/\r$/, "");
    start = nl < 0 ? body.length + 1 : nl + 1;
    if (line.trim() === "") {
      // The blank line after the Subject ends the block; others are skipped (some mailers put blank
      // lines between the pasted fields: "From: ...", "", "Date: ...").
      if (subject !== null) break;
      continue;
    }
    if (line.length > MAX_SUBJECT) break;
    if (!inBlock && FORMAT_PATCH_FROM_RE.test(line)) {
      inBlock = true;
      continue;
    }
    // A folded Subject goes on in indented lines.
    if (subject !== null && /^[ \t]/.test(line)) {
      subject += " " + line.trim();
      continue;
    }
    const m = FIELD_RE.exec(line);
    if (!m) break;
    inBlock = true;
    if (m[1]!.toLowerCase() === "subject") subject = m[2]!.trim();
    else if (subject !== null) break;
  }
  return subject ? subject.replace(/\s+/g, " ").trim().slice(0, MAX_SUBJECT) || null : null;
}
