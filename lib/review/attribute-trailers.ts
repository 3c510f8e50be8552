// Trailer attribution per patch of every revision: present (in the posting), collected (given in a reply
// to the patch, anywhere below it, to the cover letter, to a sibling under a lead-in naming this patch, or
// to any patch of the posting under a lead-in naming the whole series: "For these five patches:" on 1/5),
// dropped (on the previous revision's matched patch, missing now) and identity-mismatch (the trailer names
// someone other than the reply's sender, as b4 flags: a different address alone is not enough, see
// isSameIdentity). A reply's tag naming one who signed the patch off (or sent it) is no review of it.
import { parseSubject } from "../mail/parse-subject";
import { oneEditApart } from "../text/one-edit-apart";
import { isNakTrailerKind, isReviewTrailerKind, reviewTrailerKey } from "../mail/parse-trailers";
import { extractReplyTrailers, isRemindedTrailer, relayedFromOf } from "../mail/split-patch-body";
import { coversWholeSeries, isExampleTrailer, isForUnansweredPatches, namesAreaPart, namesSubsystemAlone, patchesOfSubsystems, totalCountedBySubjects, trailerScope, trailerSubsystems } from "../mail/trailer-scope";
import type { Address, Trailer } from "../mail/types";

export type TrailerStatus = "present" | "collected" | "dropped" | "identity-mismatch";

/** A trailer in the `show --json` shape of CONTRACT.md (plus `value` for utility trailers). */
export interface AttributedTrailer {
  kind: string;
  /** Given on the cover letter for one patch only ("[PATCH k/N]" heading or "For patch k:" in the reply). */
  patch?: number;
  /** Given on the cover letter for these patches only ("For patches 1-4:", "patches 1, 2, 4 are"). */
  patches?: number[];
  name: string;
  email: string;
  comment: string | null;
  value: string;
  source: "patch" | "reply" | "cover-reply";
  messageId: string;
  status: TrailerStatus;
}

export interface TrailerPatchInput {
  messageId: string;
  /** Trailers of the patch as posted (`splitPatchBody(body).trailers`). */
  trailers: Trailer[];
  /** The matched patch one revision back, or null. */
  previousMessageId: string | null;
  /** k of "[PATCH k/N]"; when absent, the patch's position in `patches` (1-based) stands for it. */
  number?: number;
  /** The patch's subject ("[PATCH v3 2/6] mmc: sdhci-acpi: ..."): a cover reply's tag "for the mmc patch"
   * goes to the patches whose subject prefix names that subsystem. Without it such a tag goes to all. */
  subject?: string;
  /** The patch mail's sender, if known: his own tags in replies are no review of it (nor are its signers'). */
  from?: Address | null;
}

export interface TrailerReplyInput {
  messageId: string;
  from: Address | null;
  /** Decoded body; its unquoted trailers are read with `extractReplyTrailers`. */
  body?: string;
  /** The reply's own trailers when already extracted (ingest stores them): then `body` is not read. */
  trailers?: Trailer[];
  inReplyTo: string | null;
  /** When it was sent (ms since the epoch), if known: a tag given after the next revision went out is not dropped by it. */
  date?: number | null;
  /**
   * Its subject, if known: a reply in the cover's thread whose subject names patch k of the posting ("Re: [PATCH v2
   * 4/5] ...") is about patch k, though it answers another copy of it (a patch sent twice: the stray copy is no patch
   * of the posting, and the reply would climb to the cover and give its tag to every patch).
   */
  subject?: string;
}

export interface TrailerRevisionInput {
  version: number;
  /** When the revision was posted (ms since the epoch), if known. */
  date?: number | null;
  cover: { messageId: string } | null;
  patches: TrailerPatchInput[];
  /** Every reply in the revision's threads, at any depth. */
  replies: TrailerReplyInput[];
}

const MAX_CHAIN = 10_000;

/** Trailers of every patch, keyed by the patch's message-id. Revisions are taken in version order. */
export function attributeTrailers(revisions: TrailerRevisionInput[]): Record<string, AttributedTrailer[]> {
  const out: Record<string, AttributedTrailer[]> = {};
  const ordered = [...revisions].sort((a, b) => a.version - b.version);
  const replyDate = new Map<string, number>();
  for (const rev of ordered) for (const r of rev.replies) if (typeof r.date === "number") replyDate.set(r.messageId, r.date);
  let previousCoverTrailers: AttributedTrailer[] = [];
  // Cover tags whose lead-in named a part no patch's subject showed: given to every patch, as the part is unknown here.
  const unplacedParts = new WeakSet<AttributedTrailer>();
  for (const rev of ordered) {
    const byTarget = replyTrailersByTarget(rev, unplacedParts);
    const senderOf = new Map<string, Address | null>(rev.replies.map((r) => [r.messageId, r.from]));
    const coverTrailers = rev.cover ? (byTarget.get(rev.cover.messageId) ?? []) : previousCoverTrailers;
    const lists = new Map<string, { list: AttributedTrailer[]; have: Set<string>; signers: Address[]; previous: AttributedTrailer[] | undefined }>();
    rev.patches.forEach((patch, index) => {
      const number = patch.number ?? index + 1;
      const present = patch.trailers.map((t) => fromTrailer(t, "patch", patch.messageId, "present"));
      const list: AttributedTrailer[] = [...present];
      const have = new Set(present.map(key));
      const forThis = coverTrailers.filter((t) => t.patches === undefined || t.patches.includes(number));
      const signers = signersOf(patch);
      const previous = patch.previousMessageId ? out[patch.previousMessageId] : undefined;
      for (const given of [...(byTarget.get(patch.messageId) ?? []), ...forThis]) {
        // "v1 was acked by some more after I stopped looking … while preparing v2:" (linux-mmc), "You forgot:
        // Reviewed-by: Mika …" (the maintainer, linux-i2c): one passing on a tag the previous version got is no
        // mismatch: that person gave it.
        const t = given.status === "identity-mismatch" && isRelayedCarry(given, senderOf.get(given.messageId) ?? null, previous) ? { ...given, status: "collected" as const } : given;
        if (have.has(key(t))) continue; // restated trailers are neither new nor flagged (b4)
        // A reply's tag naming someone who signed the patch off (its author, a co-developer, the maintainer
        // who carried it) is no review of it: the series author's own Reviewed-by, given to someone else's
        // patch pasted in the thread, landed on his nine patches.
        if (signers.some((s) => isSameIdentity(s, { name: t.name, email: t.email }))) continue;
        // A flagged trailer must not hide a valid one with the same kind and address.
        if (t.status !== "identity-mismatch") have.add(key(t));
        list.push(t);
      }
      // A tag relayed in another's name beside the same tag its giver sent (in whichever order they came) is no mismatch.
      // So is one its giver sent in a compound form ("Reviewed-by" and "Tested-by" shown as the right form of his own
      // "Reviewed-and-tested-by", linux-tegra).
      const givenByThemselves = (t: AttributedTrailer): boolean =>
        list.some((o) => o.status !== "identity-mismatch" && o.status !== "dropped" && coversEveryWord(o.kind, t.kind) && isSameIdentity({ name: o.name, email: o.email }, { name: t.name, email: t.email }));
      for (let i = list.length - 1; i >= 0; i--) if (list[i]!.status === "identity-mismatch" && (have.has(key(list[i]!)) || givenByThemselves(list[i]!))) list.splice(i, 1);
      lists.set(patch.messageId, { list, have, signers, previous });
    });
    // A trailer of the previous version is dropped when no successor of that patch carries it: when a
    // patch was split, the piece that kept the trailer (usually the one with the old title) answers for it.
    // So does a piece matched to no earlier patch that carries the trailer in its own block: a patch new in
    // this version can only have been reviewed before as part of another one (a scoped review, such as
    // "Reviewed-by: X # powerpc", follows the powerpc part split out of a bigger patch).
    const carriedFrom = new Map<string, Set<string>>();
    const carriedByNewPieces = new Set<string>();
    // A tag the cover letter got with a comment naming its part, carried by the next version on the patches that
    // part concerns only ("Acked-by: Palmer # riscv" on the v3 cover, on v4's treewide patch alone: linux-mips):
    // moved, not dropped. A plain series-wide tag missing from some patches is dropped there (perhaps on purpose,
    // as a patch changed: still what the reviewer wants to know).
    const presentInRevision = new Set<string>();
    for (const patch of rev.patches) for (const t of lists.get(patch.messageId)!.list) if (t.status === "present") presentInRevision.add(key(t));
    for (const patch of rev.patches) {
      if (!patch.previousMessageId) {
        for (const t of lists.get(patch.messageId)!.list) if (t.status === "present") carriedByNewPieces.add(key(t));
        continue;
      }
      const set = carriedFrom.get(patch.previousMessageId) ?? new Set<string>();
      for (const k of lists.get(patch.messageId)!.have) set.add(k);
      carriedFrom.set(patch.previousMessageId, set);
    }
    for (const patch of rev.patches) {
      const { list, have, signers, previous } = lists.get(patch.messageId)!;
      const carried = patch.previousMessageId ? carriedFrom.get(patch.previousMessageId) : undefined;
      for (const t of previous ?? []) {
        if (t.status === "identity-mismatch" || t.status === "dropped" || have.has(key(t)) || carried?.has(key(t)) || carriedByNewPieces.has(key(t))) continue;
        // So is one whose lead-in named its part ("For the nvme-tcp bits,": linux-nvme, a 33-patch series whose nvme changes
        // ride in "net: add …" and "tcp: add …" patches) when no subject showed which patches those are: the author knows.
        if (t.source === "cover-reply" && t.patches === undefined && (namesPart(t) || unplacedParts.has(t)) && presentInRevision.has(key(t))) continue;
        if (!canBeDropped(t)) continue;
        // The reviewer signs this version off ("Reviewed-by" on v1, "Signed-off-by" on v2 of a patch he took
        // over or co-developed, linux-mmc): his review is in his sign-off.
        const who = { name: t.name, email: t.email };
        if (signers.some((s) => isSameIdentity(s, who))) continue;
        // His Acked-by is now a Reviewed-by (or the other way round), his Tested-by inside a
        // "Reported-and-tested-by": the same person's word on the patch is carried, in another form.
        if (list.some((o) => o.status !== "dropped" && o.status !== "identity-mismatch" && coversKind(o.kind, t.kind) && isSameIdentity({ name: o.name, email: o.email }, who))) continue;
        // The same person's tag under a new address ("Signed-off-by: Daniel Vetter" at intel.com, then at
        // ffwll.ch) was carried, not dropped: 111 of 957 "dropped" tags on linux-s390 were such moves.
        if (list.some((o) => isCarriedUnderNewAddress(o, t))) continue;
        // Given on the earlier revision after this one was posted (a late review of v3 while v4 is out):
        // this revision could not carry it; the next one may.
        const given = t.source === "patch" ? undefined : replyDate.get(t.messageId);
        if (given !== undefined && typeof rev.date === "number" && given > rev.date) continue;
        have.add(key(t));
        list.push({ ...t, status: "dropped" });
      }
      out[patch.messageId] = list;
    }
    // A partial re-roll without its own cover keeps the series-wide trailers given on the last cover
    // (not those for one patch number: the re-roll numbers its patches anew).
    if (rev.cover) previousCoverTrailers = coverTrailers.filter((t) => t.patches === undefined);
  }
  return out;
}

/** Who signed a patch off (its Signed-off-by and Co-developed-by lines) and its sender, as far as known. */
function signersOf(patch: TrailerPatchInput): Address[] {
  const out: Address[] = [];
  for (const t of patch.trailers) {
    const k = t.kind.toLowerCase();
    if ((k === "signed-off-by" || k === "co-developed-by") && t.person && t.person.email !== "") out.push(t.person);
  }
  if (patch.from && patch.from.email !== "") out.push(patch.from);
  return out;
}

/**
 * Whether a tag naming someone else, given in a reply, passes on a tag of that kind the person gave the previous
 * version's matched patch (shown there, not dropped): the author carrying what he forgot, or the maintainer
 * reminding him ("you forgot: Acked-by: Peter …", linux-i2c: 11 of 22 mismatches), not a tag given in another's
 * name.
 */
function isRelayedCarry(t: AttributedTrailer, sender: Address | null, earlier: AttributedTrailer[] | undefined): boolean {
  if (!sender || !earlier) return false;
  const who = { name: t.name, email: t.email };
  // A "dropped" row there is a tag given one version further back ("he had given a Reviewed-by for v13", linux-iio).
  return earlier.some((e) => e.status !== "identity-mismatch" && e.kind.toLowerCase() === t.kind.toLowerCase() && isSameIdentity({ name: e.name, email: e.email }, who));
}

/** The review words of a tag's kind: "Reported-and-tested-by" tests, "Reviewed-by" and "Acked-by" approve. */
function reviewWords(kind: string): { approves: boolean; tests: boolean } {
  const k = reviewTrailerKey(kind).toLowerCase();
  return { approves: /(?:^|-)ack|rev[a-z]*w/.test(k), tests: /test/.test(k) };
}

/** Whether a tag of kind `held` carries the word of one of kind `lost`: an ack for a review, a test for a test. */
function coversKind(held: string, lost: string): boolean {
  if (!isReviewTrailerKind(held) || isNakTrailerKind(held)) return false;
  const [h, l] = [reviewWords(held), reviewWords(lost)];
  return (l.approves && h.approves) || (l.tests && h.tests && !l.approves);
}

/**
 * Whether a tag of kind `held` says all a tag of kind `given` says: "Reviewed-and-tested-by" both its "Reviewed-by" and
 * its "Tested-by", a "Reviewed-by" not a "Reviewed-and-tested-by" (a maintainer adding "tested" on the giver's word).
 */
function coversEveryWord(held: string, given: string): boolean {
  if (!isReviewTrailerKind(held) || isNakTrailerKind(held)) return false;
  const [h, g] = [reviewWords(held), reviewWords(given)];
  return (g.approves || g.tests) && (!g.approves || h.approves) && (!g.tests || h.tests);
}

function isCarriedUnderNewAddress(current: AttributedTrailer, earlier: AttributedTrailer): boolean {
  if (current.status === "dropped" || current.status === "identity-mismatch") return false;
  if (current.kind.toLowerCase() !== earlier.kind.toLowerCase()) return false;
  return isSameIdentity({ name: current.name, email: current.email }, { name: earlier.name, email: earlier.email });
}

/**
 * Whether losing the trailer between versions is reported "dropped": only review trailers, the tags other
 * people give a patch and expect the next version to carry (Reviewed-by, Acked-by, Tested-by, their
 * compounds such as Reviewed-and-tested-by, and misspellings read as them; see isReviewTrailerKind), not a
 * NAK. The author's own lines are his to rewrite as the series changes: the sign-off chain (Signed-off-by,
 * Co-developed-by: 245 of 794 "dropped" tags on linux-kbuild, mostly co-developers regrouped between
 * versions of one series), credits (Suggested-by, Reported-by, Originally-by, Assisted-by "Claude Sonnet
 * 4.5" reworded as "Cursor:claude-sonnet-4-5"), and Cc, To, Link or Change-Id.
 */
function canBeDropped(t: AttributedTrailer): boolean {
  return isReviewTrailerKind(t.kind) && !isNakTrailerKind(t.kind);
}

function key(t: AttributedTrailer): string {
  return `${t.kind.toLowerCase()}|${t.email || t.value.toLowerCase()}`;
}

function fromTrailer(t: Trailer, source: AttributedTrailer["source"], messageId: string, status: TrailerStatus): AttributedTrailer {
  return {
    // "Reviwed-by" is read as the Reviewed-by it means: shown so, and not "dropped" when v2 spells it right.
    kind: reviewTrailerKey(t.kind),
    name: t.person?.name ?? "",
    email: t.person?.email ?? "",
    comment: t.comment,
    value: t.value,
    source,
    messageId,
    status,
  };
}

// Each reply's trailers go to the patch (or cover) at the top of its chain of parents.
function replyTrailersByTarget(rev: TrailerRevisionInput, unplacedParts: WeakSet<AttributedTrailer>): Map<string, AttributedTrailer[]> {
  const roots = new Set<string>(rev.patches.map((p) => p.messageId));
  const coverId = rev.cover?.messageId ?? null;
  if (coverId) roots.add(coverId);
  const parent = new Map<string, string | null>(rev.replies.map((r) => [r.messageId, r.inReplyTo]));
  const numberOf = new Map<string, number>(rev.patches.map((p, i) => [p.messageId, p.number ?? i + 1]));
  const byNumber = new Map<number, string>();
  for (const [id, n] of numberOf) if (!byNumber.has(n)) byNumber.set(n, id);
  const result = new Map<string, AttributedTrailer[]>();
  // Who answered each patch (any depth below it), worked out once, for a cover tag "for the remaining patches".
  let answerers: Map<string, Address[]> | null = null;
  const unansweredBy = (sender: Address | null): number[] | null => {
    if (!answerers) {
      answerers = new Map();
      for (const r of rev.replies) {
        const root = findRoot(r.inReplyTo, roots, parent);
        if (root && root !== coverId && r.from) answerers.set(root, [...(answerers.get(root) ?? []), r.from]);
      }
    }
    const left = rev.patches.flatMap((p, i) => ((answerers!.get(p.messageId) ?? []).some((a) => isSameIdentity(a, sender)) ? [] : [p.number ?? i + 1]));
    // Every patch answered, or none: "the rest" tells nothing of which; the tag stays the series'.
    return left.length > 0 && left.length < rev.patches.length ? left : null;
  };
  const add = (target: string, t: AttributedTrailer): void => {
    const list = result.get(target) ?? [];
    list.push(t);
    result.set(target, list);
  };
  for (const reply of rev.replies) {
    const root = findRoot(reply.inReplyTo, roots, parent);
    if (!root) continue;
    const target = root === coverId ? (patchNamedBySubject(reply.subject, rev.patches, byNumber) ?? root) : root;
    const source = target === coverId ? "cover-reply" : "reply";
    for (const t of reply.trailers ?? extractReplyTrailers(reply.body ?? "")) {
      // Trailers stored by an older ingest may hold a pasted patch's Signed-off-by or a Reported-by. A NAK
      // is an objection, not a tag to collect: shown as "collected" it read as a review, and as "dropped"
      // when the next revision did not carry it.
      if (!isReviewTrailerKind(t.kind) || isNakTrailerKind(t.kind)) continue;
      // Scoped to no patch: offered for a future fix ("If these findings have caused you to resend ...").
      if (t.patches?.length === 0) continue;
      // A colleague relaying Ann's mail ("From: Ann <…>" opening his reply) gives Ann's tag as hers.
      const relayed = relayedFromOf(t);
      // A reminder listing the tags the patch got before ("Missing tags:", Rob Herring's bot) passes on their givers' word.
      const mismatch = !!t.person && t.person.email !== "" && !isSameIdentity(t.person, reply.from) && !(relayed && isSameIdentity(t.person, relayed)) && !isRemindedTrailer(t);
      // "Reviewed-by: M. S. <...>" (linux-iio, a reviewer showing an order of tags): someone else's tag with no "@"
      // in its address is no one's. The sender's own keeps its typo ("<andy.shevchenjko>").
      if (mismatch && !t.person!.email.includes("@")) continue;
      // Someone else's tag shown as an example of its form ("an Acked-by with a comment, e.g.:"): given by
      // no one. The sender's own ("you might want to say something like:") is his tag, as if plainly given.
      if (isExampleTrailer(t) && mismatch) continue;
      const attributed = fromTrailer(t, source, reply.messageId, mismatch ? "identity-mismatch" : "collected");
      // "For the mmc patch, feel free to add:": the patches whose subject prefix is that subsystem's, when
      // any is; else (no subjects, no such patch) the tag stays series-wide, as before.
      // "For arm64:" over a Tested-by names where the series ran, as its "# arm64" comment would (namesPart).
      const subsystems = trailerScope(t) || (namesSubsystemAlone(t) && /test/i.test(t.kind)) ? null : trailerSubsystems(t);
      // "For all the remaining patches:" on the cover: those its sender did not answer one by one (linux-nvme).
      const rest = subsystems && source === "cover-reply" && isForUnansweredPatches(t);
      const scope =
        trailerScope(t) ??
        (rest ? unansweredBy(reply.from) : null) ??
        (subsystems && !rest && source === "cover-reply" ? patchesOfSubsystems(subsystems, rev.patches) : null) ??
        (!subsystems && source === "cover-reply" ? commentScope(t, rev.patches) : null) ??
        (!subsystems && source === "cover-reply" ? kindScope(t, rev.patches) : null);
      if (source === "cover-reply") {
        // Patch numbers mean something on the cover letter, which answers for every patch.
        if (scope) {
          if (scope.length === 1) attributed.patch = scope[0]!;
          attributed.patches = scope;
        } else if (subsystems && namesAreaPart(t)) unplacedParts.add(attributed);
        add(target, attributed);
        continue;
      }
      add(target, attributed);
      // "For these five patches:" / "For the series:" answering 1/5: a tag for every patch of the posting.
      // Only a tag carrying a lead-in mark can: the posting's total (a subject parse) is read for those alone.
      if (!trailerScope(t) && trailerSubsystems(t) && coversWholeSeries(t, postingTotal(rev, target))) {
        for (const p of rev.patches) if (p.messageId !== target) add(p.messageId, { ...attributed });
        continue;
      }
      // A reply to patch k that scopes its tag to patches including k ("For patches 10/16 - 16/16:" under
      // 11/16) gives it to the others too. A scope leaving k out is too unsure to follow: the tag stays on k.
      const own = numberOf.get(target);
      if (!scope || scope.length < 2 || own === undefined || !scope.includes(own)) continue;
      for (const n of scope) {
        const other = byNumber.get(n);
        if (other !== undefined && other !== target) add(other, { ...attributed });
      }
    }
  }
  return result;
}

/**
 * Whether a trailer's person is the mail's sender: the same address, the same mailbox up to a "+tag"
 * (geert+renesas@glider.be for geert@linux-m68k.org), or the same display name once case, accents,
 * "(Affiliation)" and "via B4 Relay" are set aside (umlauts read as "u" or "ue", "ß" as "ss"), or the same
 * first and last name ("Breno Lima"), or one mailbox at a domain and a subdomain of it under a name the
 * other's holds (nayna@linux.vnet.ibm.com "Nayna" for nayna@linux.ibm.com "Nayna Jain").
 */
export function isSameIdentity(person: Address, from: Address | null): boolean {
  if (!from) return false;
  // "Grünbacher" is "Gruenbacher" as well as "Grunbacher": umlauts are read both ways.
  if (sameIdentity(person, from, false)) return true;
  if (/[äöüÄÖÜ]/.test((person.name + from.name).normalize("NFC")) && sameIdentity(person, from, true)) return true;
  // "周琰杰 (Zhou Yanjie)" for "Zhou Yanjie" (linux-mips): the name in parentheses is the same person's in
  // Latin letters, not an affiliation.
  const [p2, f2] = [latinName(person), latinName(from)];
  if ((p2 !== person || f2 !== from) && sameIdentity(p2, f2, false)) return true;
  // "Tested-by: Chia-Lin Kao (AceLan) <acelan.kao@…>" from "AceLan Kao <chia-lin.kao@…>" (linux-hwmon): the one word
  // in parentheses after a full name is the first name he goes by.
  const [p3, f3] = [nicknamed(person), nicknamed(from)];
  return (p3 !== person || f3 !== from) && sameIdentity(p3, f3, false);
}

/** "Chia-Lin Kao (AceLan)" as "AceLan Kao": the first name in parentheses taking the first name's place; else itself. */
function nicknamed(a: Address): Address {
  const m = /^\s*(\S+(?:\s+\S+)*?)\s+(\p{Lu}[\p{L}'-]+)\s*\((\p{Lu}[\p{L}'-]{1,20})\)\s*$/u.exec(a.name);
  return m ? { ...a, name: `${m[3]} ${m[2]}` } : a;
}

/** The address under the Latin-letter name it gives in parentheses after a name in another script, else itself. */
function latinName(a: Address): Address {
  const m = /\(([^()]*\p{L}[^()]*\s[^()]*\p{L}[^()]*)\)/u.exec(a.name);
  return m && /[^\p{Script=Latin}\s().,'-]/u.test(a.name.replace(m[0], "")) ? { ...a, name: m[1]! } : a;
}

function sameIdentity(person: Address, from: Address, umlautAsE: boolean): boolean {
  const a = person.email.trim().toLowerCase();
  const b = from.email.trim().toLowerCase();
  if (a !== "" && a === b) return true;
  const [localA = "", domainA = ""] = splitAddress(a);
  const [localB = "", domainB = ""] = splitAddress(b);
  const baseA = localA.split("+")[0] ?? "";
  const baseB = localB.split("+")[0] ?? "";
  // A "+tag" is the same mailbox at any of the person's domains; a bare local part ("linux", "dev") is
  // too common to say so across domains.
  if (baseA !== "" && baseA === baseB && (domainA === domainB || localA !== localB)) return true;
  const na = nameTokens(person.name, umlautAsE);
  const nb = nameTokens(from.name, umlautAsE);
  // "Nayna <nayna@linux.vnet.ibm.com>" gives "Nayna Jain <nayna@linux.ibm.com>": one mailbox at a company's
  // domain and at a subdomain of it, under a name the other's holds (or under none, when the mailbox spells
  // the full name: "rick.p.edgecombe@linux.intel.com"). Colleagues share the domain, never the mailbox.
  if (baseA !== "" && baseA === baseB && isSubdomainAlias(domainA, domainB)) {
    const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na];
    if (short.length > 0 && short.every((w) => long.includes(w))) return true;
    const full = long[0] !== undefined && long.length >= 2 ? [long[0], long[long.length - 1]!] : null;
    if (short.length === 0 && full !== null && full.every((w) => w.length >= 3 && baseA.includes(w))) return true;
  }
  // "Reviewed-by: tali.perry@nuvoton.com" from Tali Perry at another address (linux-i2c): a bare address whose
  // mailbox spells the sender's full name is his.
  if (na.length === 0 && nb.length >= 2 && baseA.replace(/[._-]/g, "") === nb.join("")) return true;
  // "Reviewed-by: Serge Hallyn <serge@hallyn.com>" sent as sergeh@kernel.org with no name, "Oleksandr Tyshchenko"
  // from "Oleksandr <olekstysh@gmail.com>" (linux-integrity): a sender with no full name whose mailbox is built from
  // the tag's first and last names is its giver. The first name alone ("Ann <ann@…>" for "Ann Roe") is not enough.
  if (mailboxOfName(baseB, nb, na) || mailboxOfName(baseA, na, nb)) return true;
  // "Reviewed-by: Ann Roe <ann1.roe@corp.example>" from "<ann.roe.x9@corp.example>" with no name (linux-rtc): a sender
  // without a name at the tag's own domain, whose mailbox spells the tag's first and last names as parts of it.
  if (domainA !== "" && domainA === domainB && !FREE_MAIL_RE.test(domainA) && ((nb.length === 0 && mailboxHoldsName(localB, na)) || (na.length === 0 && mailboxHoldsName(localA, nb)))) return true;
  // "Reviewed-by: Barry Song <song.bao.hua@hisilicon>" from song.bao.hua@hisilicon.com (linux-iio): the same
  // mailbox under its domain cut short of the top level, a typo.
  if (localA === localB && localA.length >= 5 && isDomainCutShort(domainA, domainB) && (na.length === 0 || nb.length === 0 || na.some((w) => nb.includes(w)))) return true;
  if (na.length === 0 || nb.length === 0) return false;
  // "Stefan Popa" from "Popa, Stefan Serban" at the same domain, "Ricardo Ribalda" from "Ricardo Ribalda Delgado"
  // at the same mailbox, "Enrico Weigelt" from "Enrico Weigelt, metux IT consult" (linux-iio): every word of a full
  // name in the other, the two at one domain or one mailbox.
  if ((domainA !== "" && domainA === domainB && !FREE_MAIL_RE.test(domainA)) || (baseA.length >= 5 && baseA === baseB) || isSubdomainAlias(domainA, domainB)) {
    const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na];
    if (short.length >= 2 && short.every((w) => long.includes(w))) return true;
  }
  // "xingtong.wu" signs as "Xing Tong Wu": the same letters, split differently.
  if (na.join("") === nb.join("") || [...na].sort().join(" ") === [...nb].sort().join(" ")) return true;
  // "Mat King <mathewk@google.com>" for "Mathew King <mathewk@chromium.org>": the same mailbox at another
  // domain under the same last name (a short first name) is the same person.
  // The mailbox must spell that name ("linux@" at two companies is no one's), or one first name be the other's start.
  const last = na[na.length - 1] ?? "";
  const first = (na[0] ?? "").length <= (nb[0] ?? "").length ? (na[0] ?? "") : (nb[0] ?? "");
  const spellsName = (first.length >= 3 && baseA.startsWith(first)) || (last.length >= 3 && baseA.includes(last));
  // Or the one first name is the other cut short ("Doug Anderson <dianders@google.com>" gives "Douglas Anderson
  // <dianders@chromium.org>", linux-pwm).
  const longFirst = (na[0] ?? "").length > (nb[0] ?? "").length ? (na[0] ?? "") : (nb[0] ?? "");
  const shortFirst = first.length >= 3 && longFirst.startsWith(first);
  if (baseA.length >= 5 && baseA === baseB && na.length >= 2 && nb.length >= 2 && last === nb[nb.length - 1] && (spellsName || shortFirst)) return true;
  // "Acked-by: Shengjiu Wang <shengjiu.wang@gmail.com>" from "S.J. Wang <shengjiu.wang@nxp.com>" (linux-remoteproc): one
  // mailbox spelling a full name at two domains, the other name its initials and the same surname.
  if (baseA.length >= 5 && baseA === baseB && (spellsFullName(baseA, na, nb) || spellsFullName(baseA, nb, na))) return true;
  if (na.length >= 2 && nb.length >= 2 && na[0] === nb[0] && na[na.length - 1] === nb[nb.length - 1]) return true;
  // "Acked-by: Aex Deucher" from Alex Deucher (linux-i2c): his first name mistyped by a letter, the surname the same.
  if (na.length >= 2 && nb.length >= 2 && last.length >= 4 && last === nb[nb.length - 1] && Math.min(na[0]!.length, nb[0]!.length) >= 3 && oneEditApart(na[0]!, nb[0]!)) return true;
  // "Reviewed-by: Dmitry Baryshov <dmitry.baryshov@…>" from "Dmitry Baryshkov <dmitry.baryshkov@…>" (linux-clk): his own tag
  // with the surname mistyped by a letter, in the name and the mailbox alike, at his own domain. Two people at one
  // company may share a first name, not a mailbox one letter from another's under a surname one letter from his.
  const lastB = nb[nb.length - 1] ?? "";
  if (na.length >= 2 && nb.length >= 2 && na[0] === nb[0] && Math.min(last.length, lastB.length) >= 5 && last !== lastB && oneEditApart(last, lastB) && domainA !== "" && domainA === domainB && localA !== localB && oneEditApart(localA, localB)) return true;
  // "Reviewed-by: Karthikeyan Bhargavan <karthik.bhargavan@…>" from "Karthik Bhargavan" (linux-crypto): the same surname
  // under the first name and its short form, at any address.
  if (na.length >= 2 && nb.length >= 2 && last.length >= 4 && last === nb[nb.length - 1] && first.length >= 4 && longFirst !== first && longFirst.startsWith(first)) return true;
  // "Greg KH" for "Greg Kroah-Hartman" (linux-mmc): the same first name, the surname's parts by their initials.
  return na[0] === nb[0] && (na[0] ?? "").length >= 3 && (initialsOf(na, nb) || initialsOf(nb, na));
}

/**
 * Whether a mailbox `local` whose owner gives at most a one-word name (`own`, then the first name of `named`) is
 * made of the start of `named`'s first name (3 letters at least) and the start of its last ("olekstysh" for
 * Oleksandr Tyshchenko, "sergeh" for Serge Hallyn).
 */
function mailboxOfName(local: string, own: string[], named: string[]): boolean {
  if (own.length > 1 || named.length < 2) return false;
  const first = named[0]!;
  const last = named[named.length - 1]!;
  if (own.length === 1 && own[0] !== first) return false;
  const box = local.replace(/[._-]/g, "");
  if (!/^[a-z]+$/.test(box) || first.length < 3) return false;
  for (let i = 3; i <= first.length; i++) {
    if (!box.startsWith(first.slice(0, i))) break;
    const rest = box.slice(i);
    if (rest !== "" && last.startsWith(rest)) return true;
  }
  return false;
}

/** Whether a mailbox's parts ("ann.roe.x9", digits dropped) hold a full name's first and last names. */
function mailboxHoldsName(local: string, name: string[]): boolean {
  if (name.length < 2) return false;
  const parts = local.split(/[._-]+/).map((p) => p.replace(/\d+/g, ""));
  const [first, last] = [name[0]!, name[name.length - 1]!];
  return first.length >= 2 && last.length >= 2 && parts.includes(first) && parts.includes(last);
}

/** Whether a mailbox is `full`'s first and last names ("shengjiu.wang"), and `other` ends with that last name. */
function spellsFullName(local: string, full: string[], other: string[]): boolean {
  if (full.length < 2 || other.length === 0) return false;
  const last = full[full.length - 1]!;
  return last.length >= 2 && other[other.length - 1] === last && local.replace(/[._-]/g, "") === full[0]! + last;
}

/** Whether `short` is a first name and then the initials of `long`'s two or more surname parts ("greg kh"). */
function initialsOf(short: string[], long: string[]): boolean {
  if (short.length !== 2 || long.length < 3) return false;
  return short[1] === long.slice(1).map((w) => w[0]).join("");
}

/**
 * Whether a mail from `from` is by the patch or series author: the same address, or the author writing from
 * a second one (work and personal) under the same full name. A one-word name is too common to say so.
 */
export function isByAuthor(author: Address | null, from: Address | null): boolean {
  if (!author || !from) return false;
  const email = author.email.trim().toLowerCase();
  if (email !== "" && email === from.email.trim().toLowerCase()) return true;
  return /\S\s+\S/.test(from.name.trim()) && isSameIdentity(author, from);
}

/**
 * Whether one domain is the other with subdomain labels added or removed, under the same registered domain:
 * linux.vnet.ibm.com / linux.ibm.com, linux.intel.com / intel.com. Not siblings (de.ibm.com / linux.ibm.com)
 * nor the same domain.
 */
function isSubdomainAlias(a: string, b: string): boolean {
  if (a === "" || b === "" || a === b) return false;
  const la = a.split("."), lb = b.split(".");
  const [short, long] = la.length <= lb.length ? [la, lb] : [lb, la];
  if (short.length < 2 || short.length === long.length) return false;
  // The registered domain ("ibm.com"; "co.uk" names none) ends both.
  const tail = /^(?:co|com|ac|org|net|gov|edu|ne|or)$/.test(short[short.length - 2]!) ? 3 : 2;
  if (short.length < tail || short.slice(-tail).join(".") !== long.slice(-tail).join(".")) return false;
  // The shorter's labels in order within the longer's: "linux.ibm.com" in "linux.vnet.ibm.com".
  let i = 0;
  for (const label of long) if (i < short.length && label === short[i]) i++;
  return i === short.length;
}

/** Mail providers anyone signs up with: sharing one says nothing of who two people are. */
const FREE_MAIL_RE = /^(?:g(?:oogle)?mail|outlook|hotmail|live|yahoo|ymail|aol|icloud|me|mail|gmx|web|proton(?:mail)?|pm|qq|163|126|yeah|sina|foxmail|yandex|zoho|fastmail|posteo|mailbox)\.[a-z.]{2,6}$/;

/** Whether one domain is the other's first label alone ("hisilicon" for "hisilicon.com"): an address typed short. */
function isDomainCutShort(a: string, b: string): boolean {
  if (a === "" || b === "" || a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return !short.includes(".") && short.length >= 3 && long.startsWith(`${short}.`) && long.split(".").length === 2;
}

function splitAddress(email: string): [string, string] {
  const at = email.lastIndexOf("@");
  return at < 0 ? [email, ""] : [email.slice(0, at), email.slice(at + 1)];
}

// "Söderlund, Niklas (Renesas)" -> ["soderlund", "niklas"]; a one-letter initial is not a name part.
const UMLAUT_AS_E: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue" };

function nameTokens(name: string, umlautAsE = false): string[] {
  const spelled = umlautAsE ? name.normalize("NFC").replace(/[äöüÄÖÜ]/g, (c) => UMLAUT_AS_E[c] ?? c) : name;
  const plain = spelled
    .replace(/ß/g, "ss") // "Schlameuß" is "Schlameuss" (NFD keeps ß)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, " ")
    .replace(/\s+via\s+.*$/, "")
    // "Russell King - ARM Linux admin" (linux-mips): a role after a spaced dash is no part of the name.
    .replace(/\s+[-\u2013\u2014]\s+.*$/, "");
  return plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
}

/**
 * The patches a cover reply's ack or review is for by its comment naming a subsystem ("Acked-by: Palmer
 * <...> # riscv", "(powerpc)", "# arch/sparc", "# For MMC" on a series touching several architectures: linux-mips):
 * those whose subject prefix is that subsystem's, when some but not all are; else null (every patch). A
 * Tested-by's comment names where it was tested ("# riscv": the whole series, run on riscv), no part.
 */
function commentScope(t: Trailer, patches: TrailerPatchInput[]): number[] | null {
  if (!namesPart(t) || t.comment === null) return null;
  const word = t.comment
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .replace(/^for\s+(?:the\s+)?/i, "")
    .replace(/\s+(?:parts?|patch(?:es)?|bits|changes|side)$/i, "")
    .replace(/^arch\//i, "")
    .toLowerCase();
  if (!/^[a-z][\w.-]{1,30}(?:\/[\w.-]{1,30})?$/.test(word)) return null;
  const scope = patchesOfSubsystems([word], patches);
  return scope && scope.length < patches.length ? scope : null;
}

/**
 * The patches an "Acked-for-MFD-by" (a maintainer's ack for his part of a tree-wide series: linux-iio, Lee Jones on a
 * 606-patch conversion) given on the cover letter is for: those whose subject prefix is that subsystem's, when some
 * but not all are; else null (every patch).
 */
function kindScope(t: Trailer, patches: TrailerPatchInput[]): number[] | null {
  const m = /^acked-for-([a-z][\w.]{1,30})-by$/i.exec(t.kind);
  if (!m) return null;
  const scope = patchesOfSubsystems([m[1]!.toLowerCase()], patches);
  if (scope) return scope.length < patches.length ? scope : null;
  // None of the patches here is that part's, and the posting counts more than the list got ("[PATCH 138/606]"): the
  // ack is for patches sent elsewhere.
  const total = totalCountedBySubjects(patches);
  return total > patches.length && patches.every((p) => p.subject !== undefined) ? [] : null;
}

/** Whether an ack's or review's comment may name the part it is for ("# riscv"); a test's names where it ran. */
function namesPart(t: Pick<Trailer, "kind" | "comment">): boolean {
  return !!t.comment && !/test/i.test(t.kind);
}

/** N of "[PATCH k/N]" in the subject of the patch answered, else how many patches the revision has. */
function postingTotal(rev: TrailerRevisionInput, patchId: string): number {
  const subject = rev.patches.find((p) => p.messageId === patchId)?.subject;
  const total = subject === undefined ? null : parseSubject(subject).total;
  return total ?? rev.patches.length;
}

/**
 * The posting's patch a reply's subject names ("Re: [PATCH v2 4/5] ..." names patch 4 of a v2 of five), or null: a cover's
 * own "0/5", a subject without numbers, or one whose version or count is not the patch's.
 */
function patchNamedBySubject(subject: string | undefined, patches: readonly TrailerPatchInput[], byNumber: Map<number, string>): string | null {
  if (!subject) return null;
  const s = parseSubject(subject);
  if (!s.isReply || s.number === null || s.number < 1 || s.total === null) return null;
  const id = byNumber.get(s.number);
  const own = id ? patches.find((p) => p.messageId === id)?.subject : undefined;
  if (!id || own === undefined) return null;
  const p = parseSubject(own);
  return p.total === s.total && p.version === s.version ? id : null;
}

function findRoot(start: string | null, roots: Set<string>, parent: Map<string, string | null>): string | null {
  let id = start;
  const seen = new Set<string>();
  for (let steps = 0; id && steps < MAX_CHAIN; steps++) {
    if (roots.has(id)) return id;
    if (seen.has(id)) return null;
    seen.add(id);
    id = parent.get(id) ?? null;
  }
  return null;
}
