/** A person as written in a header or a trailer. `email` is lower-cased; `name` may be "". */
export interface Address {
  name: string;
  email: string;
}

/** The fields of one mail that every later stage needs. Produced only by `parseMessage`. */
export interface MailMessage {
  /** Message-ID without angle brackets. Synthesised (and flagged) when the header is missing. */
  messageId: string;
  messageIdSynthesized: boolean;
  from: Address | null;
  to: Address[];
  cc: Address[];
  /** Subject, unfolded and RFC 2047-decoded, as written (prefixes kept). */
  subject: string;
  /** The Date header in UTC; when missing or invalid, a fallback (see `dateSource`), never "now". */
  date: Date | null;
  dateSource: "header" | "received" | "none";
  /** In-Reply-To message-ids (without <>), first one is the parent. */
  inReplyTo: string[];
  /** References, oldest first, without <>. */
  references: string[];
  /** List-Id value without <>, or null. */
  listId: string | null;
  /** The readable text body: text/plain preferred, HTML converted to text (never rendered). */
  body: string;
  /** Text attachments that hold a patch (`0019`-style mails with the diff attached). */
  patchAttachments: string[];
  /** Extra headers later stages read (X-Mailer, X-Patchwork-*, Change-Id-ish headers...). */
  headers: Record<string, string>;
}

/** A trailer line such as `Reviewed-by: Name <addr> # scope`. */
export interface Trailer {
  /** Canonical capitalisation: `Reviewed-by`, `Acked-by`, `Signed-off-by`, `Fixes`, `Link`... */
  kind: string;
  /** The raw value after the colon, joined when wrapped, HTML junk removed. */
  value: string;
  /** For person trailers, the parsed person; null for utility trailers (Fixes, Link, Closes). */
  person: Address | null;
  /** Text after `#` or in `[...]` after the address (`powerpc`), or null. */
  comment: string | null;
  /** In a reply to a cover letter: the one patch number the trailer is for (a "[PATCH k/N] title" heading
   * or a one-number lead-in above it); absent when it is for the whole series or for several patches.
   * Facts stored before `patches` existed carry only this: read both through `trailerScope`. */
  patch?: number;
  /** In a reply to a cover letter: the patch numbers the trailer is for ("For patches 1-4:" above it),
   * ascending; absent when it is for the whole series. */
  patches?: number[];
}

/** A patch mail's body split into its parts (`splitPatchBody`). */
export interface PatchParts {
  /** The commit message without its trailers. */
  commitMessage: string;
  trailers: Trailer[];
  /** Text between `---` and the diff/diffstat (changelog notes such as "Changes in v3"). */
  notes: string;
  /** The diffstat lines, as written. */
  diffstat: string;
  /** The unified diff text (from the first `diff --git`/`--- a/` line), or "" when none. */
  diff: string;
}

/** What the prefixes of a subject say (`parseSubject`). */
export interface ParsedSubject {
  /** The subject without Re:/Fwd:/[...] prefixes and a trailing `(v2)`, whitespace normalised, case kept. */
  title: string;
  isReply: boolean;
  isForward: boolean;
  /** Lower-cased words inside the brackets, without version and n/N: `["patch", "net-next"]`. */
  prefixes: string[];
  /** A bracket says PATCH, RFC or (GIT) PULL, or holds an n/N counter (`[net,v2,1/2]`). */
  isPatch: boolean;
  isPull: boolean;
  isRfc: boolean;
  isResend: boolean;
  /** Integer version (the major part of `v5.1`); 1 when the subject names none. */
  version: number;
  versionInferred: boolean;
  /** The version as written (`"5.1"`, `"2"`), or null when none was written. */
  versionRaw: string | null;
  number: number | null;
  total: number | null;
  /** The stable tree a backport targets (`[PATCH v5.4.y]` -> "5.4.y"); absent for other patches. */
  stableTree?: string;
  /**
   * A report about a patch, not a patch: a build robot's `[tree:branch n/N]` without PATCH/RFC, or a mail
   * led by a `[REGRESSION]`/`[BUG]`-like tag. Its n/N (if any) is the reported patch's, so it is dropped.
   */
  isReport: boolean;
}

/** One change listed in a cover letter or `---` notes (`parseChangelog`). */
export interface ChangelogEntry {
  /** The version that made the change: N for "Changes in vN"/"vM -> vN", M+1 for "Changes since vM". */
  version: number | null;
  text: string;
  /** People who asked for the change: "per X", "suggested by X", "(X)" at the end, `Suggested-by:`. */
  credits: string[];
}
