// To and Cc of patch mail are long lists of plain `Name <addr>` entries; patchdeck only reads their
// addresses. Plain ASCII lists are read here; anything else (encoded words, groups, escapes, odd
// punctuation) returns null and mailparser decodes the header instead, so nothing unusual is guessed.
import { boundedAddress } from "./bounded-address";
import type { Address } from "./types";

/** Plain `Name <a@b>`, `"Last, First" <a@b>`, `<a@b>`, `a@b` and `a@b (Name)` entries, or null. */
export function parseSimpleAddressList(value: string): Address[] | null {
  if (!/^[\x20-\x7e\t]*$/.test(value) || value.includes("=?") || /[:;\\[\]]/.test(value)) return null;
  const out: Address[] = [];
  for (const entry of splitTopLevel(value) ?? [null]) {
    if (entry === null) return null;
    const text = entry.trim();
    if (!text) continue;
    const address = parseEntry(text);
    if (address === null) return null;
    if (address.email) out.push(address);
  }
  return out;
}

/** Splits at commas outside quotes, angle brackets and comments; null when those do not balance. */
function splitTopLevel(value: string): string[] | null {
  const parts: string[] = [];
  let quoted = false;
  let angle = 0;
  let paren = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === "<") angle++;
    else if (c === ">") angle--;
    else if (c === "(") paren++;
    else if (c === ")") paren--;
    else if (c === "," && angle === 0 && paren === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
    if (angle < 0 || angle > 1 || paren < 0 || paren > 1) return null;
  }
  if (quoted || angle || paren) return null;
  parts.push(value.slice(start));
  return parts;
}

function parseEntry(text: string): Address | null {
  const bracketed = /^("[^"]*"|[^"<>()]*)\s*<([^<>"()\s]*)>$/.exec(text);
  if (bracketed) {
    const rawName = bracketed[1]!.trim();
    const name = rawName.startsWith('"') ? rawName.slice(1, -1) : rawName;
    // A name that is itself an address, or an address without "@", is read by mailparser's own rules.
    if (name.includes("@") || !bracketed[2]!.includes("@")) return null;
    return boundedAddress(name, bracketed[2]!);
  }
  const commented = /^([^\s"<>()]+@[^\s"<>()]+)\s*\(([^()"@]*)\)$/.exec(text);
  if (commented) return boundedAddress(commented[2]!, commented[1]!);
  if (/^[^\s"<>()]+@[^\s"<>()]+$/.test(text)) return boundedAddress("", text);
  return null;
}
