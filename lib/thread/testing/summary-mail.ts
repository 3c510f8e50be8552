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

type Mail = (id: string, subject: string, at: number, opts?: SummaryMailOptions) => MessageSummary;

/**
 * A covered posting written with a test's `mail`: a `[<tag> 0/N] title` cover and one patch per title, each
 * threaded below the cover, a second apart, touching `files[k]` (by default a file of its own).
 */
export function coveredPosting(mail: Mail, stem: string, tag: string, title: string, at: number, titles: string[], files: string[] = titles.map((_, k) => `drivers/x/f${k}.c`)): MessageSummary[] {
  const n = titles.length;
  return [
    mail(`${stem}-0`, `[${tag} 0/${n}] ${title}`, at),
    ...titles.map((t, k) => mail(`${stem}-${k + 1}`, `[${tag} ${k + 1}/${n}] ${t}`, at + (k + 1) * 1000, { parent: `${stem}-0`, files: [files[k]!] })),
  ];
}

/** Each series as its revisions' "key vN n<patches>" ("?" after an inferred version), series in sorted order. */
export function seriesShape(a: { series: { revisions: { posting: { key: string; version: number; versionInferred: boolean; patches: unknown[] } }[] }[] }): string[][] {
  return a.series.map((g) => g.revisions.map((r) => `${r.posting.key} v${r.posting.version}${r.posting.versionInferred ? "?" : ""} n${r.posting.patches.length}`)).sort();
}
