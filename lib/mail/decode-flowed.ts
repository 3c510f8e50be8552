// RFC 3676 format=flowed text, unfolded: a line ending in a space continues on the next line of the same
// quote depth (the space stays, or goes with DelSp=yes), a space-stuffed line loses its first space, and
// the signature separator "-- " never joins the line after it. Written to read exactly as mailparser's
// decoder does (parse-message.test.ts compares both on every corpus mail; linux-s390's 6,700 flowed mails
// were compared too), so parseMessage can read flowed bodies without streaming them through mailparser.

/** Unfolds a flowed body (already transfer-decoded). Lines end in LF or CRLF; the result has LF only. */
export function decodeFlowed(text: string, delSp: boolean): string {
  const out: string[] = [];
  // The paragraph being built: its quote prefix as written (">> "), its depth and its text so far.
  let prefix = "";
  let depth = 0;
  let para = "";
  let first = true;
  for (const line of text.split(/\r?\n/)) {
    let lineDepth = 0;
    while (line.charCodeAt(lineDepth) === 62 /* > */) lineDepth++;
    const prefixLength = lineDepth > 0 && line.charCodeAt(lineDepth) === 32 ? lineDepth + 1 : lineDepth;
    const content = line.slice(prefixLength);
    const continues = !first && lineDepth === depth && para.endsWith(" ") && para !== "-- ";
    if (continues) {
      if (delSp) para = para.slice(0, -1) + content;
      // Without DelSp a leading space of an unquoted continuation is stuffing; a quoted line's stuffing
      // space is part of its prefix already.
      else para += lineDepth > 0 ? content : content.startsWith(" ") ? content.slice(1) : content;
      continue;
    }
    if (!first) out.push(prefix + para);
    first = false;
    prefix = line.slice(0, prefixLength);
    depth = lineDepth;
    para = content;
  }
  if (para || prefix) out.push(prefix + para);
  return unstuff(out.join("\n"));
}

/** Drops one space at the start of every line (space-stuffing); a line starts after LF or CR. */
function unstuff(text: string): string {
  let result = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const atLineStart = i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
    if (atLineStart && text.charCodeAt(i) === 32) {
      result += text.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? text : result + text.slice(from);
}
