import { localPart } from "../mail/local-part";
import type { Address } from "../mail/types";

/** One mail, as far as identities care. */
export interface IdentityObservation {
  messageId: string;
  from: Address | null;
  /** Primary recipients' addresses. */
  to?: string[];
  /** The mail this one answers (In-Reply-To), when known. */
  parentId?: string | null;
  /** Addresses the author gives in the mail's own unquoted text (trailers, "new address: ..."). */
  citedEmails?: string[];
  /** The commit author a patch's in-body `From:` line names (`MessageSummary.author`). */
  author?: Address | null;
}

export interface IdentityEvidence {
  /**
   * same-local-part: a@x and a@y; answered-mail-to: A answered a reply sent to B's mail; cites: A's mail names B;
   * in-body-from: A sent a patch whose in-body `From:` line gives B under A's own name; sends-for: A, an
   * address without a full name, sends B's patches (in-body `From:`) and B answers their reviewers.
   */
  kind: "same-local-part" | "answered-mail-to" | "cites" | "in-body-from" | "sends-for";
  detail: string;
}

export interface Identity {
  /** The first address seen (stable key). */
  key: string;
  name: string;
  /** Every address, in first-seen order. */
  emails: string[];
  evidence: IdentityEvidence[];
}

export interface IdentitySet {
  identities: Identity[];
  /** Identity key of every address. */
  identityOf: Map<string, string>;
}

/** "Lorenzo Stoakes (Oracle)", "\"Stoakes, Lorenzo\"" and "lorenzo  stoakes" all become "lorenzo stoakes". */
export function normalizePersonName(name: string): string {
  let n = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  n = n.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").replace(/["']/g, "");
  const comma = /^\s*([^,]+),\s*([^,]+)\s*$/.exec(n);
  if (comma) n = `${comma[2]} ${comma[1]}`;
  return n.toLowerCase().replace(/[^\p{L}\p{N}.\- ]+/gu, " ").replace(/\s+/g, " ").trim();
}

/**
 * Merges the addresses of one person. Two addresses merge only when they were used under the same
 * display name (two words at least) AND a fact links them: the same local part, one carrying on the
 * other's side of an exchange (answering a reply addressed to the other), one's mail citing the other, or
 * one sending a patch whose in-body `From:` gives the other under the sender's name. Different names never
 * merge (a maintainer's RESEND of someone's patch neither); a bare shared name ("John Smith" at two
 * unrelated domains) does not either, nor a commit author's name an address signs one relayed patch with
 * while it mostly signs with another. One exception to the shared name: an address that never gives a full
 * name is someone's sending address when most patches it sends with an in-body `From:` are one person's
 * and that person answers those patches' reviewers (`sendsFor`).
 */
export function mergeIdentities(observations: readonly IdentityObservation[]): IdentitySet {
  const names = new Map<string, Map<string, number>>(); // email -> normalised name -> count
  const display = new Map<string, string>();
  const order: string[] = [];
  const byMessage = new Map<string, IdentityObservation>();
  const see = (email: string, name: string): string => {
    if (!names.has(email)) {
      names.set(email, new Map());
      order.push(email);
    }
    const norm = normalizePersonName(name);
    if (norm.split(" ").length >= 2) {
      const m = names.get(email)!;
      m.set(norm, (m.get(norm) ?? 0) + 1);
      if (!display.has(email)) display.set(email, name);
    }
    return norm;
  };
  const authorOf = (o: IdentityObservation): string => addressOf(o.author);
  // How often each address signs with each name, to tell a name the address lends for one relayed patch.
  const headerNames = new Map<string, Map<string, number>>();
  for (const o of observations) {
    const email = typeof o.from?.email === "string" ? o.from.email.toLowerCase() : "";
    const norm = normalizePersonName(o.from?.name ?? "");
    if (!email || !norm.includes(" ")) continue;
    let m = headerNames.get(email);
    if (!m) headerNames.set(email, (m = new Map()));
    m.set(norm, (m.get(norm) ?? 0) + 1);
  }
  /** The name each address signs with most (first seen on a tie). */
  const mainName = new Map<string, string>();
  for (const [email, counts] of headerNames) {
    let best = "";
    let most = 0;
    for (const [n, c] of counts) if (c > most) [best, most] = [n, c];
    mainName.set(email, best);
  }
  const mainNames = new Set(mainName.values());
  /**
   * A header name that is not the sender's but another person's, lent to the sender's address for one
   * relayed patch: the name of the patch's in-body author at another address, or some other address's own
   * name used once, while the sending address mostly signs with another (a relay rewriting `From:` to
   * `Chenyuan Yang <mazziesaccount@...>`).
   */
  const borrowed = (o: IdentityObservation, email: string, norm: string): boolean => {
    const main = mainName.get(email) ?? "";
    // A name sharing a word with the address's own is a variant of it ("Ricardo Ribalda [Delgado]",
    // "Dong Aisheng"), not someone else's.
    if (!norm.includes(" ") || main === "" || main.split(" ").some((w) => norm.split(" ").includes(w))) return false;
    const counts = headerNames.get(email)!;
    const own = counts.get(norm) ?? 0;
    const mostly = (counts.get(main) ?? 0) > own;
    const author = authorOf(o);
    if (author && author !== email && normalizePersonName(o.author?.name ?? "") === norm) return mostly;
    return own === 1 && (counts.get(main) ?? 0) >= 3 && mainNames.has(norm);
  };
  /** Senders' in-body `From:` addresses under the sender's own name: the same person's other address. */
  const inBody: { a: string; b: string; messageId: string }[] = [];
  for (const o of observations) {
    if (o.messageId && !byMessage.has(o.messageId)) byMessage.set(o.messageId, o);
    const email = typeof o.from?.email === "string" ? o.from.email.toLowerCase() : "";
    if (!email) continue;
    if (borrowed(o, email, normalizePersonName(o.from?.name ?? ""))) {
      see(email, "");
      continue;
    }
    const norm = see(email, o.from?.name ?? "");
    const author = authorOf(o);
    // Only under the very name the sender signs with: a maintainer relaying someone's patch names
    // another person, who stays apart (and unseen, unless they mail themselves).
    // An in-body address whose own mail signs only with names sharing no word with the sender's is someone
    // else's, miswritten (linux-bluetooth: "From: Aditya Garg <redecorating@...>", the address of Orlando
    // Chamberlain, whose patch Aditya re-sent); "Von Dentz, Luiz" is a variant of "Luiz Augusto von Dentz".
    const authorNames = author ? headerNames.get(author) : undefined;
    const words = norm.split(" ");
    const othersAddress = authorNames !== undefined && authorNames.size > 0 && ![...authorNames.keys()].some((n) => n.split(" ").some((w) => words.includes(w)));
    if (author && author !== email && norm.includes(" ") && !othersAddress && normalizePersonName(o.author?.name ?? "") === norm) {
      see(author, o.author?.name ?? "");
      inBody.push({ a: email, b: author, messageId: o.messageId });
    }
  }
  const shareName = (a: string, b: string): boolean => {
    const na = names.get(a);
    const nb = names.get(b);
    if (!na || !nb) return false;
    for (const n of na.keys()) if (nb.has(n)) return true;
    return false;
  };

  const parent = new Map<string, string>(order.map((e) => [e, e]));
  const rank = new Map<string, number>(order.map((e, i) => [e, i]));
  const find = (e: string): string => {
    let r = e;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let c = e;
    while (c !== r) {
      const next = parent.get(c)!;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  const evidence: { a: string; b: string; ev: IdentityEvidence }[] = [];
  const link = (a: string, b: string, ev: IdentityEvidence, nameless = false): void => {
    if (a === b || !parent.has(a) || !parent.has(b) || (!nameless && !shareName(a, b))) return;
    evidence.push({ a, b, ev });
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    // The earlier-seen address stays the key.
    if (rank.get(ra)! <= rank.get(rb)!) parent.set(rb, ra);
    else parent.set(ra, rb);
  };

  // Same name and same local part: index by (name, local part) to stay linear.
  const byNameLocal = new Map<string, string>();
  for (const email of order) {
    for (const n of names.get(email)!.keys()) {
      const k = `${n}\u0001${localPart(email)}`;
      const first = byNameLocal.get(k);
      if (first === undefined) byNameLocal.set(k, email);
      else link(first, email, { kind: "same-local-part", detail: `${first} and ${email} share "${localPart(email)}"` });
    }
  }
  for (const { a, b, messageId } of inBody) {
    link(b, a, { kind: "in-body-from", detail: `${messageId} from ${a} gives ${b} as its commit author` });
  }
  for (const { sender, author, name, messageId } of sendsFor(observations, names, byMessage)) {
    if (!display.has(sender)) display.set(sender, name);
    link(author, sender, { kind: "sends-for", detail: `${sender} sends ${author}'s patches; ${messageId} from ${author} answers their review` }, true);
  }
  for (const o of observations) {
    const email = typeof o.from?.email === "string" ? o.from.email.toLowerCase() : "";
    if (!email) continue;
    // B wrote, someone answered B (To: B), and A carries on B's side of that exchange.
    const answered = o.parentId ? byMessage.get(o.parentId) : undefined;
    const grand = answered?.parentId ? byMessage.get(answered.parentId) : undefined;
    const b = typeof grand?.from?.email === "string" ? grand.from.email.toLowerCase() : "";
    const to = (answered?.to ?? []).map((x) => x.toLowerCase());
    if (b && b !== email && to.includes(b) && !to.includes(email)) {
      link(b, email, { kind: "answered-mail-to", detail: `${o.messageId} from ${email} answers ${answered!.messageId}, a reply to ${b}` });
    }
    for (const cited of o.citedEmails ?? []) {
      const c = cited.toLowerCase();
      if (c !== email) link(c, email, { kind: "cites", detail: `${o.messageId} from ${email} cites ${c}` });
    }
  }

  const identities = new Map<string, Identity>();
  const identityOf = new Map<string, string>();
  for (const email of order) {
    const root = find(email);
    let id = identities.get(root);
    if (!id) {
      id = { key: root, name: display.get(root) ?? display.get(email) ?? "", emails: [], evidence: [] };
      identities.set(root, id);
    }
    // A key address without a name of its own (a bare sending address) takes the first name its person has.
    if (!id.name) id.name = display.get(email) ?? "";
    id.emails.push(email);
    identityOf.set(email, root);
  }
  for (const { a, ev } of evidence) {
    const id = identities.get(find(a));
    if (id && !id.evidence.some((x) => x.detail === ev.detail)) id.evidence.push(ev);
  }
  return { identities: [...identities.values()], identityOf };
}

/** An address as identities key it (lower-cased, trimmed), or "" when there is none. */
function addressOf(a: Address | null | undefined): string {
  return typeof a?.email === "string" && a.email.includes("@") ? a.email.trim().toLowerCase() : "";
}

/** Steps up a reply chain to the patch a reply answers: threads are attacker-controlled, so bounded. */
const MAX_ANSWER_DEPTH = 64;

/**
 * Bare sending addresses and whose they are. `git send-email` from an address without a name (linux-hyperv:
 * `From: mhkelley58@gmail.com`) puts the commit author in an in-body `From:` line (`Michael Kelley
 * <mhklinux@outlook.com>`), and the author answers the reviews from that address. S is B's when S never
 * gives a full name (`names`: the full names each address used), more than half of the patches S sends
 * with an in-body `From:` give B under a full name (a maintainer relaying others' patches names many; a
 * shared company account, several), and B answers, below such a patch, a mail from neither S nor B: B
 * carries on the sender's side of the review. A copy of someone's patch sent to try `git send-email`,
 * which that person answers directly, is none.
 */
function sendsFor(
  observations: readonly IdentityObservation[],
  names: ReadonlyMap<string, ReadonlyMap<string, number>>,
  byMessage: ReadonlyMap<string, IdentityObservation>,
): { sender: string; author: string; name: string; messageId: string }[] {
  const bare = (email: string): boolean => (names.get(email)?.size ?? 0) === 0;
  /** Per bare sender: patches with a foreign in-body author, and per author how many, under which name. */
  const relayed = new Map<string, { total: number; authors: Map<string, { count: number; name: string }> }>();
  /** Bare senders' patches by Message-ID: sender and commit author. */
  const patchOf = new Map<string, { sender: string; author: string }>();
  for (const o of observations) {
    const sender = addressOf(o.from);
    const author = addressOf(o.author);
    if (!sender || !author || author === sender || !bare(sender)) continue;
    let r = relayed.get(sender);
    if (!r) relayed.set(sender, (r = { total: 0, authors: new Map() }));
    r.total++;
    const name = o.author?.name?.trim() ?? "";
    if (normalizePersonName(name).split(" ").length < 2) continue;
    const a = r.authors.get(author);
    if (a) a.count++;
    else r.authors.set(author, { count: 1, name });
    if (o.messageId) patchOf.set(o.messageId, { sender, author });
  }
  const authors = new Set([...patchOf.values()].map((p) => p.author));
  const answers = new Map<string, string>(); // sender \u0001 author -> first answering Message-ID
  for (const o of observations) {
    const author = addressOf(o.from);
    if (!authors.has(author) || !o.parentId) continue;
    const answered = byMessage.get(o.parentId);
    const reviewer = addressOf(answered?.from);
    if (!answered || !reviewer || reviewer === author) continue;
    let id: string | null | undefined = answered.parentId;
    for (let steps = 0; id && steps < MAX_ANSWER_DEPTH; steps++) {
      const p = patchOf.get(id);
      if (p && p.author === author && p.sender !== reviewer) {
        const k = `${p.sender}\u0001${author}`;
        if (!answers.has(k)) answers.set(k, o.messageId);
        break;
      }
      id = byMessage.get(id)?.parentId;
    }
  }
  const out: { sender: string; author: string; name: string; messageId: string }[] = [];
  for (const [sender, r] of relayed) {
    for (const [author, a] of r.authors) {
      const messageId = answers.get(`${sender}\u0001${author}`);
      if (messageId !== undefined && a.count * 2 > r.total) out.push({ sender, author, name: a.name, messageId });
    }
  }
  return out;
}
