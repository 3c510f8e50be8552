import { createHash } from "node:crypto";

/** Longer ids are fuzz or garbage (fuzz/msgid-len); real ones stay far below this. */
const MAX_ID_LEN = 250;
/** A References header longer than this many ids is abuse; the root and the newest matter for threading. */
const MAX_REFS = 200;

function clean(id: string): string | null {
  // Whitespace, control characters and brackets never belong inside an id.
  const s = id.replace(/[\s\u0000-\u001f\u007f<>]+/g, "");
  if (s.length === 0) return null;
  if (s.length <= MAX_ID_LEN) return s;
  // Keep over-long ids unique and stable: a prefix plus a hash of the whole id.
  const hash = createHash("sha256").update(s).digest("hex").slice(0, 16);
  return `${s.slice(0, MAX_ID_LEN - 17)}-${hash}`;
}

/** Every message-id in a header value (`<a@b> <c@d>`), without brackets, cleaned, in order. */
export function normalizeMessageIds(value: string | null | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  let i = 0;
  let sawBracket = false;
  while (i < value.length) {
    const open = value.indexOf("<", i);
    if (open < 0) break;
    const close = value.indexOf(">", open + 1);
    if (close < 0) break;
    sawBracket = true;
    const id = clean(value.slice(open + 1, close));
    if (id) out.push(id);
    i = close + 1;
  }
  if (!sawBracket) {
    // Broken mailers write bare ids; take whitespace-separated tokens that look like ids.
    for (const tok of value.split(/[\s,]+/)) {
      if (!tok.includes("@")) continue;
      const id = clean(tok);
      if (id) out.push(id);
    }
  }
  const seen = new Set<string>();
  const unique = out.filter((id) => (seen.has(id) ? false : (seen.add(id), true)));
  return unique.length > MAX_REFS ? [unique[0]!, ...unique.slice(unique.length - MAX_REFS + 1)] : unique;
}

/** The one message-id of a Message-ID header, without brackets; null when none is readable. */
export function normalizeMessageId(value: string | null | undefined): string | null {
  if (!value) return null;
  const ids = normalizeMessageIds(value);
  if (ids[0]) return ids[0];
  // A header with no brackets and no "@" is still the sender's id for this mail: keep it, cleaned.
  const first = value.trim().split(/\s+/)[0] ?? "";
  return clean(first);
}

/** Deterministic id for a mail without one: `sha256-16hex@patchdeck.invalid` over its bytes. */
export function synthesizeMessageId(bytes: Uint8Array): string {
  return `${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}@patchdeck.invalid`;
}
