// Reads a message's header block the way mailparser's splitter does (bytes as latin1, folded lines joined),
// without decoding anything. parse-message uses it to hand mailparser only the headers that need decoding:
// mailparser costs ~60 µs a message plus ~2 µs per header line, and lore mail carries ~70 header lines
// (ARC, DKIM, Received...) of which patchdeck reads a dozen.

export interface HeaderField {
  /** Lower-cased, trimmed field name. */
  key: string;
  /** The field as written, continuation lines joined with "\n" (latin1: one char per byte). */
  raw: string;
}

export interface HeaderBlock {
  fields: HeaderField[];
  /** Byte offset where the body starts (after the blank line). */
  bodyStart: number;
  /** The message's line ending, to rebuild a header block mailparser reads like the original. */
  eol: "\n" | "\r\n";
}

/** A field name: printable ASCII except the colon (RFC 5322 ftext). */
const FIELD_LINE = /^[\x21-\x39\x3b-\x7e]+:/;

/**
 * The header block of `bytes`, or null when it is not plain `Name: value` lines ended by an empty line
 * (no blank line, a continuation first, junk between fields, mixed line ends): such mail goes to
 * mailparser whole, so odd input keeps mailparser's reading of it.
 */
export function readHeaderBlock(bytes: Buffer): HeaderBlock | null {
  const lf = bytes.indexOf("\n\n");
  const crlf = bytes.indexOf("\r\n\r\n");
  let end: number;
  let bodyStart: number;
  let eol: HeaderBlock["eol"] = "\n";
  if (crlf >= 0 && (lf < 0 || crlf < lf)) {
    end = crlf;
    bodyStart = crlf + 4;
    eol = "\r\n";
  } else if (lf >= 0) {
    // "\r\n\n" would be a mixed ending: mailparser's own splitter decides those.
    if (lf > 0 && bytes[lf - 1] === 0x0d) return null;
    end = lf;
    bodyStart = lf + 2;
  } else {
    return null;
  }
  const text = bytes.toString("latin1", 0, end);
  const lines = text.split(/\r?\n/);
  const fields: HeaderField[] = [];
  for (const line of lines) {
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      const last = fields[fields.length - 1];
      if (!last) return null;
      last.raw += "\n" + line;
      continue;
    }
    if (!FIELD_LINE.test(line)) return null;
    fields.push({ key: line.slice(0, line.indexOf(":")).trim().toLowerCase(), raw: line });
  }
  return fields.length ? { fields, bodyStart, eol } : null;
}

/** The value after the colon, unfolded (line breaks dropped, the folding whitespace kept) and trimmed. */
export function fieldValue(field: HeaderField): string {
  return field.raw.slice(field.raw.indexOf(":") + 1).replace(/\n/g, "").trim();
}
