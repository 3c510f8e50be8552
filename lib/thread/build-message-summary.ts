import { attachedPatchHeaders } from "../mail/attached-patch-headers";
import { parseChangelog } from "../mail/parse-changelog";
import { parseSubject } from "../mail/parse-subject";
import { extractDiff, hasDiff } from "../mail/split-patch-body";
import type { MailMessage } from "../mail/types";
import { extractBodyLinks } from "./extract-body-links";
import { fingerprintDiff } from "./fingerprint-diff";
import type { MessageSummary } from "./types";

/** b4 writes `change-id: 20221025-test1-e8520c2200a3` at the foot of the cover letter. */
const CHANGE_ID_RE = /^change-id:[ \t]*(\S{1,200})[ \t]*$/im;

/**
 * The compact summary lib/thread needs from one parsed mail (diff fingerprint, change-id, cited ids).
 * `diff`: the mail's diff when the caller already extracted it ("" for none), so it is not found twice.
 */
export function buildMessageSummary(m: MailMessage, diff?: string): MessageSummary {
  if (diff === undefined) {
    const body = m.patchAttachments.length > 0 ? [m.body, ...m.patchAttachments].join("\n") : m.body;
    diff = hasDiff(body) ? extractDiff(body) : "";
  }
  const summary: MessageSummary = {
    messageId: m.messageId,
    subject: m.subject,
    from: m.from,
    date: m.date,
    inReplyTo: m.inReplyTo,
    references: m.references,
    hasDiff: diff !== "",
    changeId: changeIdOf(m.body),
    bodyLinks: extractBodyLinks(m.body),
    to: m.to.map((a) => a.email),
  };
  if (diff !== "") {
    summary.diffFingerprint = fingerprintDiff(diff);
    if (parseSubject(m.subject).title.trim() === "") {
      const attached = attachedPatchHeaders([m.body, ...m.patchAttachments]).subject;
      if (attached) summary.attachedSubject = attached;
    }
  } else summary.coverVersionHint = coverVersionHint(m.subject, m.body);
  return summary;
}

function changeIdOf(body: string): string | null {
  // The case-insensitive multiline regex is slow over a whole body: it runs only when some ":" follows
  // "-id" in any case (`| 32` folds ASCII case), as in every "change-id:".
  for (let i = body.indexOf(":"); i >= 0; i = body.indexOf(":", i + 1)) {
    if (i >= 3 && (body.charCodeAt(i - 1) | 32) === 100 && (body.charCodeAt(i - 2) | 32) === 105 && body.charCodeAt(i - 3) === 45) {
      return CHANGE_ID_RE.exec(body)?.[1] ?? null;
    }
  }
  return null;
}

/**
 * The version a would-be cover letter's changelog implies, when its subject names none: the highest
 * version its changelog headings name ("v2:", "Changes since v1" -> 2). Null for replies and for
 * subjects with a version (the subject wins), or without a changelog.
 */
export function coverVersionHint(subject: string, body: string): number | null {
  const s = parseSubject(subject);
  if (s.isReply || s.isForward || !s.versionInferred) return null;
  let best: number | null = null;
  for (const e of parseChangelog(body)) if (e.version !== null && e.version > 0 && (best === null || e.version > best)) best = e.version;
  return best;
}
