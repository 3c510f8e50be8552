/** Longest id we accept from a URL: series ids are short, and RFC 5322 caps a header line at 998 octets. */
export const MAX_ROUTE_ID_LENGTH = 512;

// C0 controls, DEL and C1 controls: never part of an id, and a classic way to smuggle text into logs.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Validates a series id or message-id taken from a URL segment. Returns it trimmed and without
 * surrounding angle brackets, or null when it is empty, too long or contains control characters.
 */
export function parseRouteId(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  let value = raw;
  // Segments normally arrive decoded; one still holding escapes (e.g. %3C from a double-encoded link)
  // is decoded once, and a malformed escape is left as written rather than thrown.
  if (/%[0-9a-f]{2}/i.test(value)) {
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep as written
    }
  }
  value = value.trim();
  if (value.startsWith("<") && value.endsWith(">")) value = value.slice(1, -1).trim();
  if (value.length === 0 || value.length > MAX_ROUTE_ID_LENGTH) return null;
  if (CONTROL.test(value)) return null;
  return value;
}
