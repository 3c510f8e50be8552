// Test-only: a MessageSummary written by hand for grouping tests. A "[… 0/N]" subject is a cover letter (no
// diff); any other carries a diff of `files` (or the test's default file).
import type { MessageSummary } from "../types";

export interface SummaryMailOptions {
  parent?: string;
  refs?: string[];
  files?: string[];
  /** Key into the test's people (name by login); the address is `<who>@example.org`. */
  who?: string;
  patchId?: string;
  links?: string[];
}

export interface SummaryMailDefaults {
  people: Record<string, string>;
  /** The login of the sender when `who` is not given. */
  who: string;
  file: string;
}

export function summaryMail(id: string, subject: string, date: Date, defaults: SummaryMailDefaults, opts: SummaryMailOptions = {}): MessageSummary {
  const cover = / 0+\/\d+\]/.test(subject);
  const who = opts.who ?? defaults.who;
  return {
    messageId: id,
    subject,
    from: { name: defaults.people[who]!, email: `${who}@example.org` },
    date,
    inReplyTo: opts.parent ? [opts.parent] : [],
    references: opts.refs ?? (opts.parent ? [opts.parent] : []),
    hasDiff: !cover,
    ...(cover ? {} : { diffFingerprint: { files: opts.files ?? [defaults.file], patchId: opts.patchId ?? `pid-${id}` } }),
    changeId: null,
    bodyLinks: opts.links ?? [],
  };
}
