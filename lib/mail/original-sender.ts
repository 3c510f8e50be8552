// Mailing lists that mitigate DMARC (mailman's "from_is_list") and kernel.org's b4 web relay send mail
// under their own address: `From: "Ann Roe via Linux-erofs" <linux-erofs@lists.ozlabs.org>` or
// `From: "Ann Roe via B4 Relay" <devnull+ann.example.org@kernel.org>`. Taken at face value, every such
// sender becomes one person (the list), so reviewers' replies look like the author's own. The real
// address then sits in X-Original-From (b4) or Reply-To (mailman, b4).
import { boundedAddress } from "./bounded-address";
import type { Address } from "./types";

// "Name via Something": the separator mailman and the b4 relay put between the sender and themselves.
// Greedy: the relay appends its part last, so the last " via " is the one it added.
const VIA_NAME = /^(.*\S)\s+via\s+(\S.*)$/i;
const MAX_RAW = 1000;

/**
 * The person who wrote the mail when `from` is a list or relay address standing in for them: a display
 * name ending in " via <list>" plus exactly one other mailbox in X-Original-From, else Reply-To. Any other
 * `from` is returned unchanged: Reply-To alone is never trusted (people point it at the list).
 */
export function originalSender(from: Address, headers: ReadonlyMap<string, readonly string[]>): Address {
  const via = VIA_NAME.exec(from.name);
  if (!via) return from;
  const listAddresses = [listPostAddress(headers.get("list-post")?.[0]), listIdAddress(headers.get("list-id")?.[0])];
  for (const key of ["x-original-from", "reply-to"]) {
    const values = headers.get(key);
    if (!values || values.length !== 1) continue;
    const original = singleMailbox(values[0]!);
    if (!original) continue;
    // The list's own address (or the relay's) in Reply-To says nothing about the sender.
    if (original.email === from.email || listAddresses.includes(original.email)) continue;
    return boundedAddress(via[1]!, original.email);
  }
  return from;
}

/** The address of a `List-Post: <mailto:list@host>` value, lower-cased, or null. */
function listPostAddress(value: string | undefined): string | null {
  const m = value ? /<mailto:([^<>?\s]+@[^<>?\s]+)/i.exec(value) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** The list's address a `List-Id: Name <list.host>` names (vger, ozlabs: the first dot is the "@"), or null. */
function listIdAddress(value: string | undefined): string | null {
  const m = value ? /<([^<>@\s.]+)\.([^<>@\s]+\.[^<>@\s]+)>\s*$/.exec(value) : null;
  return m ? `${m[1]}@${m[2]}`.toLowerCase() : null;
}

/**
 * The email of a header naming exactly one mailbox (`Name <a@b>`, `<a@b>`, `a@b`, `a@b (Name)`; names may
 * be encoded words or quoted), or null for lists, groups and anything unclear. Only the address is read:
 * the name comes from From, which the mail parser has decoded already.
 */
function singleMailbox(value: string): Address | null {
  if (value.length > MAX_RAW) return null;
  // Quoted names and comments may hold commas, "@" and brackets: drop them before counting mailboxes.
  const bare = value.replace(/"(?:[^"\\]|\\.)*"/g, " ").replace(/\([^()]*\)/g, " ").trim();
  if (/[",;:()\\]/.test(bare)) return null;
  const angle = /^[^<>]*<([^<>\s@]+@[^<>\s@]+)>$/.exec(bare);
  const email = angle ? angle[1]! : /^[^<>\s@]+@[^<>\s@]+$/.test(bare) ? bare : null;
  return email ? boundedAddress("", email) : null;
}
