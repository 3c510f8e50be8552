// A small linear HTML-to-text pass for HTML-only mail: we only need readable text for review, never
// markup, and mailparser's html-to-text conversion costs far more than a single scan.

const BLOCK_TAGS = new Set([
  "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "hr",
]);
const SKIP_TAGS = new Set(["script", "style", "head", "title"]);
const TAG_START = /[a-zA-Z/!?]/;
const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'",
};

function decodeEntity(name: string): string | null {
  const named = ENTITIES[name.toLowerCase()];
  if (named !== undefined) return named;
  let code = NaN;
  if (/^#x[0-9a-f]{1,6}$/i.test(name)) code = parseInt(name.slice(2), 16);
  else if (/^#[0-9]{1,7}$/.test(name)) code = parseInt(name.slice(1), 10);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
  return String.fromCodePoint(code);
}

/** Plain text of an HTML document: tags dropped, blocks as line breaks, entities decoded. Linear time. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let last = "";
  const emit = (s: string): void => {
    out.push(s);
    last = s[s.length - 1] ?? last;
  };
  let i = 0;
  let skipUntil: string | null = null;
  let inPre = false;
  const n = html.length;
  while (i < n) {
    const c = html[i]!;
    // As in a browser, "<" opens a tag only before a letter, "/", "!" or "?": "if (a < b)" in an unescaped
    // HTML mail stays text.
    if (c === "<" && TAG_START.test(html[i + 1] ?? "")) {
      if (html.startsWith("<!--", i)) {
        const end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      const end = html.indexOf(">", i + 1);
      if (end < 0) break;
      const inner = html.slice(i + 1, end);
      i = end + 1;
      const closing = inner.startsWith("/");
      const m = /^\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(inner);
      const tag = m ? m[1]!.toLowerCase() : "";
      if (skipUntil) {
        if (closing && tag === skipUntil) skipUntil = null;
        continue;
      }
      if (!closing && SKIP_TAGS.has(tag) && !inner.endsWith("/")) {
        skipUntil = tag;
        continue;
      }
      if (tag === "pre") inPre = !closing;
      if (BLOCK_TAGS.has(tag)) emit("\n");
      continue;
    }
    if (skipUntil) {
      i++;
      continue;
    }
    if (c === "&") {
      // Entity names are short: look for the ";" within ten characters, not to the end of the text (which,
      // repeated for every "&" of a long run, would be quadratic).
      const semi = html.slice(i + 1, i + 11).indexOf(";") + i + 1;
      if (semi > i) {
        const decoded = decodeEntity(html.slice(i + 1, semi));
        if (decoded !== null) {
          emit(decoded);
          i = semi + 1;
          continue;
        }
      }
      emit(c);
      i++;
      continue;
    }
    if (!inPre && (c === "\n" || c === "\r" || c === "\t")) {
      // Source line breaks are not text breaks in HTML outside <pre>.
      if (last !== " " && last !== "\n") emit(" ");
      i++;
      continue;
    }
    emit(c);
    i++;
  }
  return out
    .join("")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
