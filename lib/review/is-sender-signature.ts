// A reply signed with the sender's own name as From: gives it: "NeilBrown", "steved." (the login),
// "/jeff", "josh", "greg k-h", "- Ted". A one-word remark ("Agreed.", "NAK", "Ditto") names no one, so
// matching the line against the sender is what tells a signature from a remark.
import type { Address } from "../mail/types";

const MAX_LINE = 40;
// Marks around a signed name: "-", "--", "—", "/", "//", "~" before; "." or "!" after.
const MARKS_RE = /^[-\u2013\u2014/~\s]*|[.!\s]*$/g;
const WORD_SPLIT_RE = /[\s,]+/;
// Mailbox parts that name no one ("linux.dev@", "kernel-test@").
const MAILBOX_WORDS = new Set("dev devel info mail linux kernel test admin root patch patches git noreply lists list bot quic oss".split(" "));
// After a name word: an initial ("J.") or initials joined by "-" or "." ("k-h").
const INITIALS_TAIL_RE = /^\p{L}\.?$|^\p{L}(?:[-.]\p{L}){1,2}\.?$/u;

/** The sender's name words, name without spaces, mailbox and mailbox stem, lower case (at least two letters each). */
function identityTokens(sender: Address): Set<string> {
  const tokens = new Set<string>();
  const name = (sender.name ?? "").toLowerCase().replace(/\(.*?\)|\bvia b4 relay\b|["']/g, " ");
  const words = name.split(/[\s,]+/).map((w) => w.replace(/\.$/, "")).filter((w) => w.length >= 2 && /^[\p{L}-]+$/u.test(w));
  for (const w of words) tokens.add(w);
  if (words.length > 1) tokens.add(words.join(""));
  const local = (sender.email ?? "").toLowerCase().split("@")[0]?.split("+")[0] ?? "";
  if (local.length >= 2) {
    tokens.add(local);
    // "quic_jjohnson", "ann.writer": the parts of the mailbox too.
    for (const p of local.split(/[._-]/)) if (p.length >= 3 && !MAILBOX_WORDS.has(p)) tokens.add(p);
  }
  return tokens;
}

/** Initials of the sender's name words ("J. Bruce Fields" -> "jbf", "bf"; "Steve Dickson" -> "sd"). */
function initials(sender: Address): string[] {
  const words = (sender.name ?? "").toLowerCase().split(/[\s,]+/).filter((w) => /^\p{L}/u.test(w));
  const all = words.map((w) => w.charAt(0)).join("");
  const full = words.filter((w) => w.replace(/\.$/, "").length > 1).map((w) => w.charAt(0)).join("");
  return [all, full].filter((s) => s.length >= 2);
}

/**
 * Whether `line` is the sender's signature: their first or last name, full name (with or without the space),
 * mailbox ("steved", "neilb") or initials, maybe behind "-", "/" or "~" and before a ".", in any case
 * ("greg k-h": a name word then short initials). False without a sender or for anything longer.
 */
export function isSenderSignature(line: string, sender: Address | null | undefined): boolean {
  if (!sender) return false;
  const raw = line.replace(/\u00a0/g, " ").trim();
  if (raw.length === 0 || raw.length > MAX_LINE || /[?:;()<>@]/.test(raw)) return false;
  const t = raw.replace(MARKS_RE, "").toLowerCase();
  if (t.length < 2) return false;
  const tokens = identityTokens(sender);
  if (tokens.has(t.replace(/\s+/g, ""))) return true;
  const words = t.split(WORD_SPLIT_RE).filter(Boolean);
  if (words.length > 3) return false;
  // "greg k-h", "Jeff J.": a name word first, then name words or initials.
  if (words.length > 1 && tokens.has(words[0]!) && words.slice(1).every((w) => tokens.has(w) || INITIALS_TAIL_RE.test(w))) return true;
  return words.length === 1 && initials(sender).includes(t);
}
