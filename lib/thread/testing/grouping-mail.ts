// Test-only: the hand-written MessageSummary of the grouping-cases tests. Minutes from 2024-01-01 give the date;
// `diff` is the patch-id (a mail without one is a cover or a reply), `files` what it touches.
import type { MessageSummary } from "../types";

export const DAY = 24 * 60;
export const at = (m: number): Date => new Date(Date.UTC(2024, 0, 1) + m * 60_000);
export const person = (email: string) => ({ name: email.split("@")[0]!, email });

export interface GroupingMailOptions {
  from?: string;
  parent?: string;
  diff?: string;
  files?: string[];
  /** The patch's commit author, when another than the sender. */
  author?: string;
  changeId?: string;
  links?: string[];
}

export function mail(id: string, subject: string, minute: number, o: GroupingMailOptions = {}): MessageSummary {
  return {
    messageId: id,
    subject,
    from: person(o.from ?? "alice@example.org"),
    date: at(minute),
    inReplyTo: o.parent ? [o.parent] : [],
    references: o.parent ? [o.parent] : [],
    hasDiff: o.diff !== undefined,
    ...(o.diff !== undefined ? { diffFingerprint: { files: o.files ?? ["drivers/frob/core.c"], patchId: o.diff } } : {}),
    ...(o.author ? { author: person(o.author) } : {}),
    ...(o.changeId ? { changeId: o.changeId } : {}),
    ...(o.links ? { bodyLinks: o.links } : {}),
  };
}
