// Everything patchdeck derives from ONE message without looking at any other: headers, kind, trailers,
// changelog notes, the annotated diff. Runs in the mail workers (pure CPU, no I/O), so the main thread
// only writes. Cross-message work (threads, series, review anchoring) happens later in `deriveAll`.
import { createHash } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import { annotatePatch } from "../diff/annotate-patch";
import { parseExclusions, type Exclusion } from "../diff/conversion-status";
import type { AnnotatedFile } from "../diff/types";
import { parseChangelog } from "../mail/parse-changelog";
import { parseMessage } from "../mail/parse-message";
import { appliedNoticeListing, type AppliedArea, type AppliedScope, type ListedPatch } from "../review/is-applied-notice";
import { isTreeAppliedNotice } from "../review/applied-subject";
import { pullRequestShortlog, type PulledCommit } from "../review/pull-request-shortlog";
import { isVersionOnlyTag, parseSubject, untaggedTitleVersion } from "../mail/parse-subject";
import { bodyLines, extractReplyTrailers, splitPatchBody } from "../mail/split-patch-body";
import { inBodyAuthor } from "../mail/in-body-author";
import { attachedPatchHeaders } from "../mail/attached-patch-headers";
import type { Address, MailMessage, Trailer } from "../mail/types";
import { buildMessageSummary } from "../thread/build-message-summary";
import { fingerprintDiff } from "../thread/fingerprint-diff";
import type { DiffFingerprint } from "../thread/types";
import { hasOwnComments } from "../review/extract-comments";
import { isNotificationBot } from "../review/is-notification-bot";

export type MessageKind = "patch" | "cover" | "reply" | "other";

/** What `deriveAll` and the pages need from a message, stored as `Message.facts` (JSON). */
export interface MessageFacts {
  kind: MessageKind;
  /** Own trailers: a patch's trailer block, or the trailers a reply gives in its own (unquoted) text. */
  trailers: Trailer[];
  /** "Changes in v3" lines from a cover letter or a patch's `---` notes. */
  changelog: { version: number | null; text: string; credits: string[] }[];
  /** b4's change-id, from a cover or patch (`change-id: 20260209-foo-1a2b3c`). */
  changeId: string | null;
  /** Message-ids the body cites (lore links, `<id>` references): evidence for linking revisions. */
  bodyLinks: string[];
  patch: PatchFacts | null;
  /** A reply with own text next to quoted lines: review derivation reads its body again. */
  hasComments: boolean;
  /** A reply announcing that what it answers (or its whole series) was applied; absent otherwise. */
  applied?: AppliedScope;
  /**
   * b4's "[k/N] title" lines under the applied notice, when it lists them: `applied` holds their k, which
   * early "(subset)" notices renumbered, so derive matches titles when N is not the revision's count.
   */
  appliedListed?: ListedPatch[];
  /** The notice names the tree or branch it went to, or b4's list gives the commits: even an author's own counts. */
  appliedTree?: boolean;
  /**
   * The notice names the patches it took, or left out, by their area rather than by number ("Applied
   * drivers/perf patch to …", "Applied, L2CAP changes were excluded"); derive matches it to titles and files.
   */
  appliedArea?: AppliedArea;
  /**
   * A pull request's shortlog (git request-pull) or a "following patches have been added" list: the
   * commits it says are in a tree (titles normalised by lib/thread normalizeTitle, authors when named);
   * absent otherwise.
   */
  pulled?: PulledCommit[];
  /** A cover letter's "left untouched: f() because ..." list (lib/diff conversion status). */
  exclusions?: Exclusion[];
  /** The To addresses: evidence that two addresses are one person (a reply sent to the other). */
  to: string[];
  /** For a mail without a diff whose subject names no version: the version its changelog implies. */
  coverVersionHint?: number | null;
  /**
   * For a patch whose subject gives no title ("[PATCH][SMB3 client]"): the Subject of the `git format-patch`
   * file it carries (attached or pasted), which titles the posting. Absent otherwise.
   */
  attachedSubject?: string;
}

export interface PatchFacts {
  patchId: string;
  /** Files, changed-line hashes and patch-id: what lib/thread matches patches across versions by. */
  fingerprint: DiffFingerprint;
  /** The annotated diff as `show --json` prints it (labels, nits, enclosing functions). */
  files: AnnotatedFile[];
  diffErrors: string[];
  /** The commit's author named by an in-body `From:` line (someone else sent the patch); absent otherwise. */
  author?: Address;
}

export interface StoredFields {
  messageId: string;
  messageIdSynthesized: boolean;
  subject: string;
  fromName: string;
  fromEmail: string;
  date: string | null;
  dateSource: string;
  inReplyTo: string | null;
  references: string[];
  listId: string | null;
}

/** `deflated` is null when the raw store needs no copy (a public-inbox blob is pointed at instead). */
export type AnalyzedMail =
  | { ok: true; fields: StoredFields; kind: MessageKind; factsJson: string; deflated: Buffer | null; size: number }
  | { ok: false; reason: string; sha256: string; deflated: Buffer | null; size: number };

/** `compress[i]`: whether message i's bytes must be stored (deflated here, off the main thread). */
export async function analyzeMailBatch(batch: Buffer[], compress?: boolean[]): Promise<AnalyzedMail[]> {
  const out: AnalyzedMail[] = [];
  for (let i = 0; i < batch.length; i++) out.push(await analyzeMail(batch[i]!, compress?.[i] ?? true));
  return out;
}

/** Parses and analyses one message. Never throws: a failure becomes `{ ok: false, reason }` (quarantine). */
export async function analyzeMail(bytes: Buffer, compress = true): Promise<AnalyzedMail> {
  const deflated = compress ? deflateRawSync(bytes, { level: 1 }) : null;
  try {
    const parsed = await parseMessage(bytes);
    if (!parsed.ok) return quarantined(bytes, deflated, parsed.reason);
    const message = parsed.message;
    const facts = messageFacts(message);
    // Serialised here, in the worker: a string crosses to the main thread far cheaper than an object tree,
    // and the store wants the text anyway.
    return { ok: true, fields: storedFields(message), kind: facts.kind, factsJson: JSON.stringify(facts), deflated, size: bytes.length };
  } catch (err) {
    // A bug in our own parsing must not stop an ingest either: the message is kept with the reason.
    return quarantined(bytes, deflated, `internal error: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function quarantined(bytes: Buffer, deflated: Buffer | null, reason: string): AnalyzedMail {
  return { ok: false, reason, sha256: createHash("sha256").update(bytes).digest("hex"), deflated, size: bytes.length };
}

function storedFields(m: MailMessage): StoredFields {
  return {
    messageId: m.messageId,
    messageIdSynthesized: m.messageIdSynthesized,
    subject: m.subject,
    fromName: m.from?.name ?? "",
    fromEmail: m.from?.email ?? "",
    date: m.date ? m.date.toISOString() : null,
    dateSource: m.dateSource,
    inReplyTo: m.inReplyTo[0] ?? null,
    references: m.references,
    listId: m.listId,
  };
}

/** Decides what kind of mail this is and extracts the per-message facts for that kind. */
export function messageFacts(m: MailMessage): MessageFacts {
  const subject = parseSubject(m.subject);
  // A scripted `Applied "<title>" to the spi tree` notice pastes the applied commit: it answers the patch,
  // and the pasted commit's diff, trailers and links are not its own.
  const treeNotice = !subject.isReply && isTreeAppliedNotice(m.subject, m.body);
  // A reply's diff is never read (its fingerprint would be dropped and its version hint is null
  // either way), so its body is not split as a patch and lib/thread is told it has none.
  const parts = subject.isReply || treeNotice ? null : splitPatchBody(m.body);
  let diff = parts ? parts.diff || (m.patchAttachments.length ? m.patchAttachments.join("\n") : "") : "";
  // A pull request naming its commits is one whatever it carries below them: the merge resolution or the
  // whole diff that some maintainers append ("io_uring updates for 6.8-rc1", tip's pulls). Its diff is the
  // pulled commits', not a patch posted for review. ("[GIT PULL][PATCH v5 0/9]" numbers a posting: left alone.)
  const pulledWithDiff = diff && subject.isPull && subject.number === null && !subject.isForward ? pullRequestShortlog(m.subject, m.body) : [];
  if (pulledWithDiff.length) diff = "";
  // What lib/thread reads of a message is decided by lib/thread (one place for change-id, links, ...).
  const summary = buildMessageSummary(m, diff);
  const facts: MessageFacts = {
    kind: "other",
    trailers: [],
    changelog: [],
    changeId: summary.changeId ?? null,
    bodyLinks: (summary.bodyLinks ?? []).filter((id) => id !== m.messageId),
    patch: null,
    hasComments: false,
    to: (summary.to ?? []).filter(Boolean).slice(0, 20),
    coverVersionHint: summary.coverVersionHint ?? null,
  };
  // A mail carrying a diff is a patch, never a list of what was merged (but for a pull request's own diff).
  if (pulledWithDiff.length) facts.pulled = pulledWithDiff;
  else if (!diff) {
    const pulled = pullRequestShortlog(m.subject, m.body);
    if (pulled.length) facts.pulled = pulled;
  }
  if (treeNotice) {
    facts.kind = "reply";
    facts.applied = "answered";
    facts.bodyLinks = [];
    facts.coverVersionHint = null;
    delete facts.pulled;
    return facts;
  }
  // A mail answering another under a cover's or patch's own subject (no "Re:"), opening with the quoted
  // text it answers and carrying no diff: a test report on a series ("[PATCH 00/41] ..."), not a posting.
  if (!parts || (!diff && m.inReplyTo.length > 0 && opensWithQuote(m.body))) {
    facts.kind = "reply";
    // Comments are extracted when the series is derived, against the patch they answer.
    const lines = bodyLines(m.body);
    facts.trailers = extractReplyTrailers(m.body, lines);
    // A notification bot's status mail (pr-tracker-bot) holds no remarks: no patch is reviewed again for it.
    facts.hasComments = !isNotificationBot(m.from) && hasOwnComments(m.body, lines, m.from);
    // "Applied this and patch 3": the answered patch is the one its subject numbers.
    const applied = appliedNoticeListing(m.body, lines, subject.number, subject.total);
    if (applied) facts.applied = applied.scope;
    if (applied?.listed.length) facts.appliedListed = applied.listed;
    if (applied?.tree) facts.appliedTree = true;
    if (applied?.area) facts.appliedArea = applied.area;
    return facts;
  }
  if (diff) {
    facts.kind = "patch";
    facts.trailers = parts.trailers;
    facts.changelog = parseChangelog(parts.notes);
    facts.patch = patchFacts(diff, parts.commitMessage, summary.diffFingerprint ?? fingerprintDiff(diff));
    // The commit's author: an in-body From: line, else the From: of an attached or pasted format-patch file
    // (read only when the mail carries such a file: a stable-queue mail quoting a commit is not one). The
    // files are searched in the order the summary's title came from (body, then attachments), so a mail
    // pasting one patch and attaching another takes title and author from the same file.
    const author = inBodyAuthor(m.body) ?? (m.patchAttachments.length || summary.attachedSubject ? attachedPatchHeaders([m.body, ...m.patchAttachments]).author : null);
    if (author) facts.patch.author = author;
    if (summary.attachedSubject) facts.attachedSubject = summary.attachedSubject;
    return facts;
  }
  if (subject.isPatch || subject.number === 0 || isBareVersionedCover(subject, m.inReplyTo)) {
    facts.kind = "cover";
    facts.changelog = parseChangelog(m.body);
    facts.exclusions = parseExclusions(m.body);
    facts.trailers = parts.trailers;
  } else if (m.inReplyTo.length === 0 || isVersionOnlyTag(subject)) {
    // A thread starter with no tag at all ("Add tpm i2c ptp driver" over "[PATCH v5 k/7]" patches, linux-
    // integrity), or a "[V4] title" mail sent with its patches in answer to the last version (selinux), is
    // made the cover of the patches below it by lib/thread; its changelog is read in case.
    facts.changelog = parseChangelog(m.body);
  }
  return facts;
}

/**
 * A thread starter without a bracket tag whose title ends " vN" ("add a ->free_disk block_device_operation v2"):
 * lib/thread makes it the cover of the untagged patches below it (group-series' bareCoverTitleVersion), so its
 * changelog ("Changes since v1:") is read as a cover's. Christoph Hellwig's covers on linux-mmc and linux-pci.
 */
function isBareVersionedCover(s: ReturnType<typeof parseSubject>, inReplyTo: readonly string[]): boolean {
  return inReplyTo.length === 0 && untaggedTitleVersion(s) !== null;
}

/** Whether the body's first non-blank line is quoted ("> ..."). */
function opensWithQuote(body: string): boolean {
  const start = body.search(/\S/);
  return start >= 0 && body.charCodeAt(start) === 62;
}

function patchFacts(diff: string, commitMessage: string, fingerprint: DiffFingerprint): PatchFacts {
  const annotated = annotatePatch(diff, { commitMessage });
  return { patchId: fingerprint.patchId, fingerprint, files: annotated.files, diffErrors: annotated.errors };
}
