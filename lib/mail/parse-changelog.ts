// Reads version changelogs ("Changes since v2:", "v2 -> v3:", "Changes in v3:") from a cover letter
// or from a patch's `---` notes, one entry per bullet, with the people credited for each change.
import { isKnownTrailerKey, parseTrailerLine } from "./parse-trailers";
import { oneEditApart } from "../text/one-edit-apart";
import type { ChangelogEntry } from "./types";

const MAX_HEADING = 120;
// `v2`, `v2[3]` (a version with its reference number).
const V = String.raw`v(\d{1,3})(?:\s*\[\d{1,2}\])?`;
// "(implicit) v1": the first posting, sent without a version.
const IMPLICIT = String.raw`(?:\((?:implicit|implict)\)\s+)?`;
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
// "Changes" and its common typos: "Chnages", "Chanegs", "Changs", "Chages".
const CHANGES = String.raw`(?:ch(?:an|na)(?:ge|eg)s?|changs|chages)`;
// "Series changes since v2:", "Patchset changes in v3:": what the changes are of, before the noun.
const QUALIFIER = String.raw`(?:(?:main|major|minor|other|series|patchset|patch)\s+)?`;
// `prior`: the heading compares with "the last version": a change written after a blank line under it is
// this version's, as under a heading naming v2 or later.
// `weak`: the heading may as well introduce what the series does ("Changes include:" over a v1-style summary):
// its section counts only when no heading in the text names a version and the text names an earlier posting.
// `rfc`: the heading compares with the RFC ("Changes since RFC:"), which came before every numbered posting: its
// section is older than any numbered section beside it (see oldEndSections).
// `accept`: a further check of the match (what a regular expression cannot say), else the next pattern is tried.
// "v1 -> v2", "Changes in v4 -> v5", "RFC v1 -> v2", "v2 <==> v1", "PATCH v2..PATCH v3": two versions and an
// arrow between (groups: RFC mark, version, RFC mark, version).
const VERSION_PAIR = String.raw`(?:[*-]\s+)?(?:(?:changes?|changed|change\s*log)\.?\s+(?:(?:in|from|for)\s+)?)?(?:patch\s+)?(?:(rf[ct])(?:\s+|\s*\/\s*))?${V}\s*(?:->|- >|→|-{2,3}>|--|=>|<=+>|<-+>|<-{1,2}|to|\.{2,3}|…|-|~)\s*(?:(rf[ct])\s+|patch\s+)?${V}(?!\d)`;
/** A version pair with no colon after it (within 40 characters): an optional "(...)" or "[...]" label, then the change. */
const NO_COLON_LABEL = String.raw`(?![^:]{0,40}:)\s*(?:[([][^()[\]]{0,60}[)\]]\s*:?\s*)?(.*)$`;
/** The newer of the pair, but "RFC v2 -> v1:" is the first posting after the RFCs. */
const pairVersion = (m: RegExpExecArray): number => (m[1] && !m[3] ? Number(m[4]) : Math.max(Number(m[2]), Number(m[4])));
// Prose after a version pair: sentence punctuation or a dash right after it, or a verb of a sentence ("works",
// "was", "says", "or v7 -> v8") in its first words.
const PAIR_PROSE_RE = /^(?:[.,;!?\u2013\u2014]|(?:\S+\s+){0,3}(?:is|was|were|are|works?|worked|says|said|had|has|have|looks?|seems?|indicates?|did|does|will|would|should|could|might|or|and|vs\.?)\b)/i;
/** A pair without a colon heads (or labels) a change unless it names one version twice or reads as prose. */
function pairLabelsChange(m: RegExpExecArray): boolean {
  if (!m[1] && !m[3] && m[2] === m[4]) return false;
  const rest = (m[m.length - 1] ?? "").trim();
  // "v3->v4;" alone on its line: a heading, its colon mistyped.
  return rest === ";" || !PAIR_PROSE_RE.test(rest);
}

const HEADINGS: Array<{ re: RegExp; version: (m: RegExpExecArray) => number | null; strict: boolean; prior?: boolean; weak?: boolean; rfc?: boolean; accept?: (m: RegExpExecArray) => boolean }> = [
  // "v1 -> v2:", "v1-v2:", "v1--v2:", "RFC v1 -> v2:", "v2 <==> v1", "V2 <- V1:", "Changed v1 => v2:", "v3 ... v4:" (newest first): the newer of the two, but "RFC v2 -> v1:"
  // is the first posting after the RFCs. First, so that "Changes v1 -> v2:" is not read as "Changes v1".
  // "Changes in v4 -> v5:", "- Change from v11 to v12", "Change log. V1->V2:", "Changelog RFC v4 --> PATCH v5:",
  // "PATCH v2..PATCH v3:" too.
  // With its colon the words before it qualify the heading ("v2 -> v3 (after review of Ann):"); without one,
  // "V2 -> V3 Fix checkpatch errors" labels its change, but "v3->v3 works fine." (NFSv3 to NFSv3), "v6 -> v7
  // or v7 -> v8." and "v2 → v3 was a minor cleanup" are prose: no heading names one version twice, and prose
  // goes on with punctuation or a verb.
  { re: new RegExp(String.raw`^${VERSION_PAIR}[^:]{0,40}:\s*(.*)$`, "i"), version: pairVersion, strict: true },
  { re: new RegExp(String.raw`^${VERSION_PAIR}${NO_COLON_LABEL}`, "i"), version: pairVersion, strict: true, accept: pairLabelsChange },
  // "Changes since (implicit) v1:", "Changes since to v1:", "Changed since v1:", "Changes since [v1]:",
  // "Changes of note from PATCH v1:", the typo "changes form v2:"; "Changes to v2:" and "compared to v1" need the "v".
  // "Changes made since v1 patch:", "Changes since RFT v1:", "Changes from rfc-v3:", "Changes from v2 - new patch",
  // "Changes since RFT/RFC v1 at [3]:", "Changes since patch series v1:", "Changes since v5a:" (a lettered respin).
  { re: new RegExp(String.raw`^${QUALIFIER}(?:${CHANGES}|changed|changelog|updates?)(?:\s+of\s+note|\s+made)?\s+(?:(?:since(?:\s+to)?|sicne|from|form|frm)\s+(?:the\s+)?(?:(?:latest|last|previous|unlabell?ed|unversioned)\s+)?(?:patch(?:set|\s+series)?(?:\s+|(?=v\d)))?(?:rf[ct]\s*\/\s*(?=rf[ct]))?(?:rf[cvt](?:\s*|-(?=v\d)))?${IMPLICIT}(?:\[(?=v))?(?:version\s+v?|v)?|(?:to|compared\s+to)\s+(?:the\s+)?${IMPLICIT}(?:version\s+|v))(\d{1,3})(?:(?<=v\d{1,3})[a-z])?\b(?!\.\d)\]?(?:\s+-\s+(?=\S)|[^:]{0,40}:?\s*)(.*)$`, "i"), version: (m) => Number(m[1]) + 1, strict: true },
  // "Here are the main changes since v2:", "The changes since v4:": a sentence heading the list, so its colon
  // is required ("The changes since v1 are small" is prose).
  { re: /^(?:here\s+(?:are|is)\s+)?the\s+(?:(?:main|major|notable|relevant|most\s+important)\s+)?(?:changes?|differences?|updates?)\s+(?:since|from|compared\s+to|relative\s+to)\s+(?:the\s+)?(?:version\s+|v)(\d{1,3})\b(?!\.\d)[^:]{0,40}:(?!\/\/)\s*(.*)$/i, version: (m) => Number(m[1]) + 1, strict: true },
  // "The v2 patch includes:", "v2 patch includes:", "The V9 patch include:", "v3 has some improvements listed below.": a sentence heading the list below.
  { re: /^(?:the\s+)?v(\d{1,3})\s+(?:patch(?:set|es)?|series|version|revision)\s+(?:includes?|contains|brings|has)\s*:\s*(.*)$/i, version: (m) => Number(m[1]), strict: false },
  { re: /^v(\d{1,3})\s+(?:has|includes|contains|brings)\s+(?:some|the\s+following|these|a\s+few)\s+(?:improvements?|changes|fixes|updates)\b[^:.]{0,40}(?::|\bbelow\s*[.:])\s*()$/i, version: (m) => Number(m[1]), strict: false },
  // "The only change compared to v3 is in the fourth patch ...": the sentence is the change (since vN).
  { re: /^(?=the\s+only\s+(?:real\s+|functional\s+|other\s+)?changes?\s+(?:since|from|compared\s+(?:to|with)|relative\s+to|against|vs\.?)\s+v(\d{1,3})\b(?!\.\d)\s+(?:is|was|are)\b)(.*)$/i, version: (m) => Number(m[1]) + 1, strict: false },
  // "From v1:" (alone, or labelling its change "From v1: spell out the change"): the changes since v1.
  { re: /^from\s+v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Number(m[1]) + 1, strict: false },
  // "from v1 to v2:" (under a "Patch History" title): the newer.
  { re: /^from\s+v(\d{1,3})\s+to\s+v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Math.max(Number(m[1]), Number(m[2])), strict: false },
  // "New since v1:": the changes since v1.
  { re: /^new\s+since\s+v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Number(m[1]) + 1, strict: false },
  // "New in v3:" over the list of what this version brings (the colon required: "New in v2." notes a new patch).
  { re: /^new\s+in\s+v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Number(m[1]), strict: false },
  // "version 2 changes" alone on its line.
  { re: /^version\s+(\d{1,3})\s+(?:changes|changelog)\s*:?\s*()$/i, version: (m) => Number(m[1]), strict: true },
  // "version 2:" alone on its line, or "Version 12" (under a "History" title), not in a commit message,
  // where it may introduce a quoted format.
  { re: /^version\s+(\d{1,3})\s*:?\s*()$/i, version: (m) => Number(m[1]), strict: false },
  // "v2 changes from v1:", "v3 changes since v2:": the first version named.
  { re: /^v(\d{1,3})\s+(?:changes|changelog)\s+(?:from|since|against|over|vs\.?)\s+v\d{1,3}\s*:\s*(.*)$/i, version: (m) => Number(m[1]), strict: true },
  // "v2 [Simon Horman]" alone on its line: the changes in v2, made by the one named.
  { re: /^v(\d{1,3})\s+\[[A-Z][\p{L}.' -]{1,40}\]\s*:?\s*()$/iu, version: (m) => Number(m[1]), strict: false },
  // "v -> v2: fixed the build", "-> v2:", "ChangeLog ->v2:" (the first posting written without its number),
  // "RFC -> v2:", "RFT->v2:" (the first posting was the RFC).
  // "rfc->v0" names the first posting after the RFC: its number is unknown.
  { re: /^(?:(?:changes?|changelog)\s*)?(?:v\s*|rf[ct]\s*)?(?:->|→|=>)\s*v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Number(m[1]) || null, strict: true },
  { re: /^(?:(?:changes?|changelog)\s*)?(?:v\s*|rf[ct]\s*)?(?:->|→|=>)\s*v(\d{1,3})\s*()$/i, version: (m) => Number(m[1]) || null, strict: false },
  // "Changes in v3:", "Changed in v9:", "Changed in version 2:", "Changes in version #3:", "changelog of v2:", the typos "Changs in v7:", "changlog in v2:".
  // "Changes in new series v2:", "Changes in RFC v2:" (the RFC's own count).
  // "Changes in patch v7:", "Changes in PATCHv2:" (the "v" required: "changes for patch 5" names a patch), "Change in [v3]".
  // "changes in v6 (implemented most of the review comments in v5):" (linux-iio): an aside longer than 40 characters.
  // "Change-Logs in V2:" (linux-kbuild).
  { re: new RegExp(String.raw`^${QUALIFIER}(?:(?:${CHANGES}|change?log|change[\s-]logs?|updates?)(?:\s+made)?\s+(?:in|for|of)\s+(?:(?:the\s+)?new\s+series\s+)?(?:patch(?:set)?\s*(?=v\d))?(?:rfc\s*)?(?:\[(?=v))?(?:version\s+(?:#\s*)?|v)?|changed\s+in\s+(?:version\s+|v))(\d{1,3})\b(?!\.\d)\]?(?:\s*\([^()]{1,100}\)\s*:)?[^:]{0,40}:?\s*(.*)$`, "i"), version: (m) => Number(m[1]), strict: true },
  // "Changes in the v3:" (its colon required).
  { re: /^changes?\s+in\s+the\s+v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Number(m[1]), strict: true },
  // "In v3:" alone on its line heads the list below it; "In v3: dropped the lock" is one change, but in a
  // commit message such a line may be prose, as "In v3 we removed ..." (no colon) always is.
  { re: /^in\s+(?:version\s+|v)(\d{1,3})\s*:?\s*()$/i, version: (m) => Number(m[1]), strict: true },
  { re: /^in\s+(?:version\s+|v)(\d{1,3})\s*:\s*(\S.*)$/i, version: (m) => Number(m[1]), strict: false },
  // "Changes with respect to the first version (see [1]) of this patchset:", "Changes to initial post:": an ordinal names the version
  // compared to; the colon is required (the words are prose otherwise). Not in commit messages, where
  // "the first version of the driver" is hardware history.
  { re: /^(?:the\s+)?(?:(?:main|major)\s+)?(?:changes?|differences?|updates?)\s+(?:with\s+respect\s+to|compared\s+to|relative\s+to|since|from|to)\s+(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|initial|original)\s+(?:version|revision|post(?:ing)?|series|iteration|submission|round|patch(?:set)?)\b[^:]{0,60}:\s*(.*)$/i, version: (m) => Math.max(ORDINALS.indexOf(m[1]!.toLowerCase()), 0) + 2, strict: false },
  // "Changelog with respect to version 4:", "Changes compared with v2:", "Changes against [v1]:" (linux-modules): the version
  // compared to, by number;
  // the colon is required, as "changes relative to v2 of the spec" is prose.
  { re: /^(?:(?:main|major)\s+)?(?:changes?|changelog|change\s+log|differences?|updates?)\s+(?:with\s+respect\s+to|w\.r\.t\.?|compared\s+(?:to|with)|relative\s+to|against)\s+(?:the\s+)?(?:version\s+|v|\[v(?=\d{1,3}\]))(\d{1,3})\b\]?[^:]{0,40}:\s*(.*)$/i, version: (m) => Number(m[1]) + 1, strict: true },
  // "Change review issue since v1" alone on its line (a few words between the noun and "since").
  { re: /^changes?\s+(?:[a-z]+\s+){1,3}since\s+v(\d{1,3})\s*:?\s*()$/i, version: (m) => Number(m[1]) + 1, strict: true },
  // "Changes RFC1 -> RFC2:", "RFC v2 -> v1": the newer number.
  { re: /^(?:changes?\s+)?rfc\s*v?(\d{1,3})\s*(?:->|=>|→|to)\s*(?:rfc\s*)?v?(\d{1,3})\b[^:]{0,40}:\s*(.*)$/i, version: (m) => Number(m[2]), strict: true },
  // Without its colon, as a version pair above: "RFC v1 to RFC v2. The last time I checked ..." is prose.
  { re: new RegExp(String.raw`^(?:changes?\s+)?rfc\s*v?(\d{1,3})\s*(?:->|=>|→|to)\s*(?:rfc\s*)?v?(\d{1,3})\b${NO_COLON_LABEL}`, "i"), version: (m) => Number(m[2]), strict: true, accept: (m) => !PAIR_PROSE_RE.test((m[3] ?? "").trim()) },
  // "v2 =>:" (an open arrow: the changes since v2), "RFC1 =>:" (since the RFC, the version unknown).
  { re: /^(?:(rfc)\s*v?|v)(\d{1,3})\s*(?:=>|->|→)\s*:?\s*()$/i, version: (m) => (m[1] ? null : Number(m[2]) + 1), strict: true },
  // "v3 changes" alone on its line.
  { re: /^v(\d{1,3})\s+(?:changes|changelog)\s*()$/i, version: (m) => Number(m[1]), strict: true },
  // "Diff v2 vs v1:", "Diff v3 Vs v2:" (ext4): the newer of the two. "Differences to v5:": the next one.
  { re: new RegExp(String.raw`^diff(?:erences?)?\s+${V}\s+vs\.?\s+${V}(?!\d)[^:]{0,40}:?\s*(.*)$`, "i"), version: (m) => Math.max(Number(m[1]), Number(m[2])), strict: true },
  // "v2 vs. v1 patch:" (no "diff" before it: the colon required).
  { re: new RegExp(String.raw`^${V}\s+vs\.?\s+${V}(?!\d)[^:]{0,20}:\s*(.*)$`, "i"), version: (m) => Math.max(Number(m[1]), Number(m[2])), strict: true },
  // "Differences from v4 to v5" alone on its line: the newer.
  { re: /^differences?\s+(?:from|between)\s+v(\d{1,3})\s+(?:to|and)\s+v(\d{1,3})\s*:?\s*()$/i, version: (m) => Math.max(Number(m[1]), Number(m[2])), strict: true },
  // "Diff with v1: rewrite commit message" (linux-edac): "diff" for the differences, its colon required.
  // "delta vs V3:" (linux-remoteproc) too.
  { re: /^(?:diff|differences?|delta)\s+(?:to|from|since|with|against|vs\.?)\s+v(\d{1,3})\b[^:]{0,40}:\s*(.*)$/i, version: (m) => Number(m[1]) + 1, strict: true },
  // "changelogs between v4 & v5", "Changes between v1 --> v2:", "Changes between version 1 and version 2:": the newer of the two.
  { re: new RegExp(String.raw`^(?:patch\s+)?(?:changes?|changelogs?|differences?)\s+between\s+(?:rfc\s+)?${V}\s*(?:&|and|-{1,2}>|=>|→)\s*(?:rfc\s+)?${V}(?!\d)[^:]{0,40}:?\s*(.*)$`, "i"), version: (m) => Math.max(Number(m[1]), Number(m[2])), strict: true },
  // Spelled out, only as a whole heading ending in its colon: "changes between version 1 and version 2 of the
  // chip" is hardware history.
  { re: /^(?:changes?|changelogs?|differences?)\s+between\s+version\s+(\d{1,3})\s+(?:and|&|to|->)\s+version\s+(\d{1,3})\s*:\s*()$/i, version: (m) => Math.max(Number(m[1]), Number(m[2])), strict: false },
  // "Changes between 5th and 6th virtio SPI driver RFC:", "Changes between the first and second version:".
  { re: /^(?:changes?|changelogs?|differences?)\s+between\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+(?:and|&)\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth)\b[^:]{0,60}:\s*(.*)$/i, version: (m) => ordinal(m[2]!), strict: true },
  // "Changes on switching from v4 to v5:", "Changes when going from v1 to v2:" (the colon required): the newer.
  { re: new RegExp(String.raw`^(?:changes?|changelog)\s+(?:(?:on|when|while|after|in)\s+)?[a-z]+ing\s+from\s+${V}\s+to\s+${V}(?!\d)\s*:\s*(.*)$`, "i"), version: (m) => Math.max(Number(m[1]), Number(m[2])), strict: true },
  // "Changes between initial version and v2:".
  { re: /^(?:changes?|changelogs?|differences?)\s+between\s+(?:the\s+)?(?:initial|original|first)\s+(?:version|posting|submission|series)\s+(?:and|&)\s+v(\d{1,3})\b[^:]{0,40}:?\s*(.*)$/i, version: (m) => Number(m[1]), strict: true },
  // "This version changes a few things from v8:", "Version 2 addresses comments recieved during review of
  // v1:": prose, so only as a whole line ending in its colon.
  { re: /^this\s+(?:version|revision|series|iteration)\s+(?:changes|addresses|fixes|updates)\b[^:]{0,60}?\b(?:from|since|of|in|on)\s+(?:the\s+)?v(\d{1,3})\s*:\s*()$/i, version: (m) => Number(m[1]) + 1, strict: false },
  // "Version 2 included these changes since version 1:" too.
  { re: /^version\s+(\d{1,3})\s+(?:changes|addresses|fixes|updates|incorporates|includes|included|contains|contained)\b[^:]{0,80}:\s*()$/i, version: (m) => Number(m[1]), strict: false },
  // A bullet naming its version, "- Changes in v3: Add foo to index.rst": the colon is required, as a
  // bullet "- changes in v2 of the firmware ..." is an entry.
  { re: /^[-*]\s+(?:changes?|changed)\s+in\s+v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Number(m[1]), strict: true },
  // "Changes on v2:", "Changes on this v2:" only as a whole heading: "Changes on v2 hardware ..." is prose.
  { re: /^changes?\s+on\s+(?:this\s+)?v(\d{1,3})\s*(?::\s*(.*))?$/i, version: (m) => Number(m[1]), strict: true },
  // "Changes since RFC:", "Changes from RFC:", "Changes since RFC [1]:", "Changes from RFC version:", "Changes
  // from RFC patch:": the first non-RFC posting, its number unknown.
  { re: /^changes?\s+(?:since|from)\s+(?:the\s+)?rf[ct](?:\s+(?:version|patch(?:set|es)?|series|posting))?(?:\s*\[\d{1,2}\])?\s*:\s*(.*)$/i, version: () => null, strict: true, rfc: true },
  // "Changes since RFC" alone on its line, no colon (not in a commit message).
  { re: /^changes?\s+(?:since|from)\s+(?:the\s+)?rf[ct]\s*()$/i, version: () => null, strict: false, rfc: true },
  // "Change since RFC/v1:": the RFC was the first posting.
  { re: /^changes?\s+(?:since|from)\s+(?:the\s+)?rfc\s*\/\s*v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Number(m[1]) + 1, strict: true },
  // "... and\nbug fixes since V1:" ends a sentence but heads the list (not in commit messages: strict off).
  { re: /^(?:bug\s+)?fix(?:es)?\s+since\s+v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Number(m[1]) + 1, strict: false },
  // "Changelog v2", "Changes v2 since v1 at [1]:" (the version first, what it is compared to after),
  // "Changelog - v2:", "Changelog RFC v2:", "Changelog RFC-v3:" (the RFC's own count).
  { re: /^(?:changes?|changelog|change log)\s+(?:-\s+)?(?:rfc(?:\s+|-(?=v)))?v(\d{1,3})\b[^:]{0,40}:?\s*(.*)$/i, version: (m) => Number(m[1]), strict: true },
  // "Changed V2:" (a past tense reads as prose unless the version ends the heading).
  { re: /^changed\s+v(\d{1,3})\s*(?::\s*(.*))?$/i, version: (m) => Number(m[1]), strict: true },
  // "Since v2" alone on its line, or "Since v2 (thanks, Ann):"; "Since v2 the driver ..." is prose.
  { re: /^since\s+v(\d{1,3})(?:\s*\[\d{1,2}\])?(?:\s*\([^()]{1,80}\))?\s*(?::\s*(.*))?$/i, version: (m) => Number(m[1]) + 1, strict: true },
  // "With respect to the v1 posting [3]", "Compared to v1:": a heading only when nothing follows it.
  { re: /^(?:changes?\s+|differences?\s+)?(?:with respect to|compared to|relative to|wrt\.?|vs\.?)\s+(?:the\s+)?v(\d{1,3})\b[^:.,]{0,40}:?\s*()$/i, version: (m) => Number(m[1]) + 1, strict: true },
  // "Compared to v1, add a comment about how the shebang is parsed" (netfilter-devel): the change after the comma,
  // when it opens with a change's verb ("Compared to v1, this is faster" is prose).
  { re: /^(?:compared\s+(?:to|with)|relative\s+to|since)\s+(?:the\s+)?v(\d{1,3}),\s+(.+)$/i, version: (m) => Number(m[1]) + 1, strict: true, accept: (m) => CHANGE_VERB_RE.test(m[2]!.trim()) },
  // "v2: ...", "v2 updates:", "v3. Changes:", "V2 - Correct the filename" (a spaced dash), "v2 changes of
  // note:", "v4 change summary:", "v5 changes (from Ann):", as a bullet "- v5 changes:" (the typo "chagnes" too),
  // a bullet labelled with its version and change "- v2: rebased on next" (not a bare "- v2:"), "RFC v2:", "RFC/v3:" (the RFC's count).
  { re: new RegExp(String.raw`^(?:[-*]\s+(?=v\d{1,3}(?:\s+(?:changes?|chagnes)\s*:|\s*:\s*\S))|rfc(?:\s+|\s*\/\s*)(?=v\d{1,3}\s*:))?${V}(?:\.?\s+(?:changes?|chagnes|updates?|changelog|change summary)(?:\s+of\s+note)?(?:\s*\([^()]{1,60}\))?)?\s*(?::|：|\s-\s)\s*(.*)$`, "i"), version: (m) => Number(m[1]), strict: true },
  // "[v5]:\tSimplified ...", "[PATCH v2]:" (a bracketed version labelling its change), "-v2:" (a bullet glued to its version), "-v2: fixed the mask".
  { re: /^\[(?:patch\s+)?v(\d{1,3})\]\s*:\s*(.*)$/i, version: (m) => Number(m[1]), strict: true },
  // "[v2] this is new in v2" (no colon, in `---` notes or git notes): not in a commit message, where a
  // bracketed version may open a reference.
  { re: /^\[v(\d{1,3})\]\s+(\S.*)$/i, version: (m) => Number(m[1]), strict: false },
  { re: /^-v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Number(m[1]), strict: true },
  // "[v2: dropped RFC, fixes generic/476]": a bracketed note naming its version and change (not in a commit
  // message, where a bracket may hold a maintainer's edit).
  { re: /^\[v(\d{1,3})\s*:\s*(\S[^\]]*)\]?$/i, version: (m) => Number(m[1]), strict: false },
  // "v2 && v3: Fix whitespace", "v2 and v3:": a change made in both, read as the newer's.
  { re: /^v(\d{1,3})\s*(?:&&?|and)\s*v(\d{1,3})\s*:\s*(.*)$/i, version: (m) => Math.max(Number(m[1]), Number(m[2])), strict: true },
  // "ver #5)" or "ver #5:" alone on its line (under a "Changes\n=======" heading): the changes in v5.
  { re: /^ver(?:sion)?\.?\s*#\s*(\d{1,3})\s*[):]?\s*()$/i, version: (m) => Number(m[1]), strict: true },
  // "v2" alone on its line, or as a bullet ("* v2", "- v2:", "+ V2:"), bracketed ("[v2]") or dated ("v7 (03-Mar-2025)").
  { re: /^(?:[*o+-]\s+)?(?:v(\d{1,3})|\[v(\d{1,3})\])(?:\s*\([^()]{1,30}\))?\s*:?\s*()$/i, version: (m) => Number(m[1] ?? m[2]), strict: true },
  // "/* v3 */" alone on its line (in a cover or in git notes): the changes in v3. Not in a commit message,
  // where it may be a line of code.
  { re: /^\/\*\s*v(\d{1,3})\s*\*\/\s*()$/i, version: (m) => Number(m[1]), strict: false },
  // "Changes since last iteration:", "The main changes since the last series:" (strict: written in a
  // commit message too, and as clearly about the revisions as a version number).
  { re: /^(?:the\s+)?(?:(?:main|major|relevant)\s+)?(?:changes?|changelog|updates?)\s+(?:since|from)\s+(?:the\s+)?(?:previous|last|prior)\s+(?:version|revision|posting|series|iteration|spin|submission|round|time|patch(?:set)?)s?\b[^:]{0,20}:\s*(.*)$/i, version: () => null, strict: true, prior: true },
  // "Updates vs previous revision:", "Update vs previous version" alone on its line, "Updates vs previous revision (based
  // on Ann's comments):" (linux-remoteproc): compared with the last version, as "since".
  { re: /^(?:the\s+)?(?:(?:main|major|relevant)\s+)?(?:changes?|changelog|updates?)\s+(?:vs\.?|versus|compared\s+(?:to|with)|against|relative\s+to)\s+(?:the\s+)?(?:previous|last|prior)\s+(?:version|revision|posting|series|iteration|submission|round|patch(?:set)?)s?\b(?:\s*\([^()]{1,80}\))?\s*(?::\s*(.*))?$/i, version: () => null, strict: true, prior: true },
  // "Changes (compared to the previous patch set):", "Changes (since v3) - individual patches": what the
  // changes are relative to, in parentheses.
  { re: /^(?:changes?|changelog)\s*\((?:compared\s+(?:to|with)|since|from|relative\s+to|vs\.?)\s+[^()]{1,60}\)(?:\s+-\s+[^:]{1,40})?\s*:?\s*()$/i, version: () => null, strict: false },
  // "Changes since then:" (after a line pointing at the earlier posting).
  { re: /^changes\s+since\s+then\s*:\s*(.*)$/i, version: () => null, strict: false },
  // "Updates:" (below "V1: <link>") as "Changes:" ("Changes made:" is weak, below).
  { re: /^(?:changes?|changelogs?|change[ -]log|updates)\s*:\s*(.*)$/i, version: () => null, strict: false },
  // "Changes include:" (below "This is v3 of ..."), as "Changes:", unless a versioned changelog follows. "Changes
  // made:" as often lists what the patch itself does: it too counts only where the text names an earlier posting.
  { re: /^(?:the\s+)?changes\s+(?:include|made)\s*:\s*(.*)$/i, version: () => null, strict: false, weak: true },
  // "Changes in this revision:": this posting's changes over the last one, its number unknown.
  { re: /^(?:changes?|changelog)\s+(?:in|for)\s+this\s+(?:version|revision|iteration|spin|posting|round)\s*:\s*(.*)$/i, version: () => null, strict: false, prior: true },
  // A bare "Changelog" line (often underlined) heads a section; a bare "Changes" is too common in prose.
  { re: /^(?:changelog|change[ -]log|change history|revision history)\s*[:,]?\s*()$/i, version: () => null, strict: false },
];
const CHANGES_WORD_RE = /^[-*\s]*(?:changes?|changed|changelog|updates?)\b/i;

/** "6th" -> 6, "second" -> 2. */
function ordinal(word: string): number | null {
  const n = /^\d+/.exec(word);
  if (n) return Number(n[0]);
  const i = ORDINALS.indexOf(word.toLowerCase());
  return i >= 0 ? i + 1 : null;
}
const DIFFSTAT_RE = /^\s*\S+\s+\|\s+(?:\d{1,7} ?[-+]*|Bin .*)$|^\s*\d{1,6} files? changed,/;
// "1.Add foo", "2.rebase" (no space after the number) count when a word follows: "1.5" or "2.x" are no bullets.
const BULLET_RE = /^\s*(?:(?:[-*•+]|\d{1,2}[.)])\s+|\d{1,2}\.(?=\p{L}{2}))(.*)$/u;
/** "[1/4]" alone on its line labels the changes below it with a patch of the series, inside one section. */
const PATCH_LABEL_RE = /^\s*\[(?:patch\s+)?\d{1,3}\/\d{1,3}\]:?\s*$/i;
/** "commit #1:", "patch 4", "Patch #2/5:": a patch named alone on its line. */
const COMMIT_LABEL_RE = /^\s*(?:patch|commit)\s*#?\d{1,3}(?:\/\d{1,3})?\s*:?\s*$/i;
/** "[PATCH V4 3/3]:- Renamed the node": a change labelled with its patch of the series (not "[PATCH 1/3] title"). */
const PATCH_ENTRY_RE = /^\s*\[(?:patch\s+)?(?:v\d{1,3}\s+)?\d{1,3}\/\d{1,3}\]\s*(?::-?|\s-)\s*(\S.*)$/i;
/** "[SPI]", "[Device tree]", "[IIO/ADC]" alone on its line: the changes below it are to that part. */
const TOPIC_LABEL_RE = /^\s*\[[A-Za-z][\w ,/.+-]{0,30}\]:?\s*$/;
/**
 * " generic:", " DT-bindings:", " power-supply KConfig:" over bullets indented deeper (linux-omap): a part's name
 * labelling the changes below it, not a change (nor, after a bullet, that bullet's last words).
 */
const COLON_LABEL_RE = /^(\s*)([A-Za-z][\w/+-]*(?:\.[\w/+-]+)*(?: [\w/+-]+(?:\.[\w/+-]+)*){0,3}):\s*$/;
/** A bullet's text that only names a part: "Panel:", "DT bindings:", "drivers/input:". */
const BULLET_LABEL_RE = /^[A-Za-z][\w/+.-]*(?: [\w/+.-]+){0,2}:\s*$/;
/** A label telling where the changes below came from ("Resolve suggestions from maz:"): kept as an entry. */
const ADVICE_LABEL_RE = /\b(?:reviews?|comments?|suggest\w*|remarks?|feedback|requests?|asked|from|by|per)\b/i;
/**
 * A label over bullets at its own column, or a bullet over bullets, names a part ("binding:", "Panel:", "Patch 2/6:"),
 * not a change: a change's verb opens none ("Improve PWRAP binding:", "checked schematics of:"), nor is it who asked
 * ("Krzysztof Kozlowski:").
 */
function namesPart(label: string): boolean {
  const t = label.trim().replace(/:$/, "");
  return t.split(/\s+/).length <= 3 && !ADVICE_LABEL_RE.test(t) && !BARE_CHANGE_RE.test(t) && !/^\p{L}{3,}ed\b/iu.test(t) && !/^(?:follow|improve|make|handle|keep|allow|avoid|support|reorder|hardcode|squash|merge|split|address)\b/i.test(t) && !/^\p{Lu}\p{Ll}+(?: \p{Lu}\.?)? \p{Lu}\p{Ll}+$/u.test(t);
}
function isColonLabel(line: string, next: string | undefined, previous: string | null): boolean {
  const m = COLON_LABEL_RE.exec(line);
  if (!m || next === undefined || !BULLET_RE.test(next) || ADVICE_LABEL_RE.test(m[2]!)) return false;
  const indent = m[1]!.length;
  const nextIndent = /^\s*/.exec(next)![0].length;
  // "binding:\n- move the cooling properties ..." (linux-input): over bullets at its own column too, when no
  // change is being read (a change's last words "... based on\n- topic:" stay its own).
  if (nextIndent === indent && previous === null) return namesPart(m[2]!);
  if (nextIndent <= indent) return false;
  // Below a change being read, a line at its text's column goes on with it ("... based on\n  topic:", lsm).
  if (previous === null) return true;
  const bullet = BULLET_RE.exec(previous);
  const column = bullet ? previous.length - bullet[1]!.length : /^\s*/.exec(previous)![0].length;
  return indent < column;
}
/** "--- DTS ---": a dashed label over the changes of one part, also after a blank line. */
const DASHED_LABEL_RE = /^\s*-{2,3}\s+[A-Za-z][\w ,/.+-]{0,30}\s+-{2,3}\s*$/;
/** "[Ira] Move the define to an inline function": an entry labelled with who asked for it. */
const CREDIT_LABEL_RE = /^\s*\[([A-Z]\p{Ll}[\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,2})\]\s+(\S.*)$/u;
/** Words after which a capitalised name is the person who asked. */
const CREDIT_LEAD: Array<[string | null, string]> = [
  // "thanks David for that suggestion", "(ty Heiko)": thanks said to a name.
  // "Thank Yu Kuai for helpful advice." (linux-raid).
  [null, "per"], [null, "thanks"], [null, "thank"], [null, "thx"], [null, "ty"], ["suggested", "by"], ["suggest", "by"], ["requested", "by"], ["reported", "by"], ["noticed", "by"], ["spotted", "by"],
  ["out", "by"], ["asked", "by"], ["thanks", "to"], ["inspired", "by"], ["recommended", "by"], ["proposed", "by"],
  // "Remove unneeded symbol export found by Ann", "the error discovered by Ann", "issues raised by Ann", "as
  // pointed by Ann", "as explained by Ann": the one who pointed the problem out.
  ["found", "by"], ["discovered", "by"], ["caught", "by"], ["identified", "by"], ["raised", "by"], ["noted", "by"],
  ["hinted", "by"], ["advised", "by"], ["explained", "by"], ["mentioned", "by"], ["pointed", "by"], ["flagged", "by"],
  // "as instructed by Sergio Paracuellos" (linux-mips).
  ["instructed", "by"], ["highlighted", "by"], ["indicated", "by"], ["commented", "by"],
];
/**
 * "suggestions by Ann and Bob", "remarks by Ann", "comment from Ann", "upon request from Ann", "feedback given by
 * Ann": a word for advice, then "by" or "from" (a "given"/"made" between), then who gave it.
 */
const ADVICE_NOUN_RE = /^(?:suggestions?|comments?|remarks?|feedbacks?|reviews?|requests?|recommendations?|ideas?|advice|input|inspiration|notes?|hints?|concerns?|nits?|nitpicks?)$/;
function isCreditLead(w: string, prev: string, prevPrev: string): boolean {
  if (CREDIT_LEAD.some(([p, lead]) => lead === w && (p === null || p === prev))) return true;
  // "the reviews of Jonathan, Rob and Michel": a word for advice, then "of" and who gave it.
  if (w === "of") return ADVICE_NOUN_RE.test(prev) && /s$/.test(prev);
  if (w !== "by" && w !== "from") return false;
  return ADVICE_NOUN_RE.test(prev) || (w === "by" && /^(?:given|made)$/.test(prev) && ADVICE_NOUN_RE.test(prevPrev));
}
/** What opens a word before the lead: "(found by", "buffer[suggested by", "[Suggested by". */
const leadWord = (w: string | undefined): string => (w ?? "").toLowerCase().replace(/^.*[([]/, "");
const MAX_NAME_TOKENS = 4;
/** "comments from Jiri, Greg, Arnd, Dmitry, and Bagas": how many names one credit lists at most. */
const MAX_LISTED_NAMES = 8;

// Every heading says change (or a typo of it: "chnages", "chanegs", "chnaegs", "chages"), changelog,
// differences, updates or revision history, or names its version as the patterns read one: "v2", "version 2",
// "version #2", "ver #2", "RFC2". A line with none of these (most lines of a mail, and most lines with a digit:
// hex, dates, sizes) skips the ~55 heading patterns; keep this in step when a pattern reads a new word.
const HEADING_HINT_RE = /v\d|version\s*#?\s*\d|ver\.?\s*#|rf[ct]\s*\d|ch(?:ang|nag|aneg|nae|ag)|diff|updat|revision/i;

// Module level, not inside undecoratedLength: tsx names every closure as it is made (esbuild's keepNames),
// a cost paid on each of the millions of lines read at ingest.
const isDecoration = (c: string): boolean => "=#*-() \t".includes(c);

/** The length of a line without the runs of "=", "#", "*", "-", "(" and ")" and spaces at its ends. */
function undecoratedLength(t: string): number {
  let start = 0;
  let end = t.length;
  while (start < end && isDecoration(t[start]!)) start++;
  while (end > start && isDecoration(t[end - 1]!)) end--;
  return end - start;
}

function readHeading(line: string, strict = false): { version: number | null; rest: string; prior?: boolean; weak?: boolean; rfc?: boolean } | null {
  if (!HEADING_HINT_RE.test(line)) return null;
  // A line longer than a heading once its decoration is off is none.
  const trimmed = line.trim();
  if (undecoratedLength(trimmed) > MAX_HEADING) return null;
  // "== Changes for v2 ==", "## v3", "* Changes since v1:", "--Changes in v2:": the decoration around a
  // heading is not part of it.
  // A bulleted heading "- Changes since v1:" too, when it ends in its colon ("- changes in v2 of the
  // firmware" is an entry).
  // "** changes since v1 [1] **", "--- Changes since v1:" (glued to a separator), "---v2 changes---" and "(v2 -> v3)" too.
  // The trailing decoration is matched from the start of its run only (linear on long runs of spaces).
  const t = trimmed
    .replace(/^(?:={2,}|#{1,4}|-{2,3}|\*{1,2}|-\s+(?=(?:changes?|changelog)\b[^:]{0,60}:\s*$|(?:changes?|changed)\s+(?:since|from|in)\s+v\d{1,3}\s*$))\s*(?=[a-z])|(?<![\s=*-])\s*(?:={2,}|\*{2,}|-{3})$/gi, "")
    .replace(/^\((v\d{1,3}\s*(?:->|-->|=>|→)\s*v\d{1,3})\)\s*:?$/i, "$1:");
  if (t.length === 0 || t.length > MAX_HEADING) return null;
  const fixed = sinceTypo(t);
  for (const h of HEADINGS) {
    if (strict && !h.strict) continue;
    const m = h.re.exec(fixed);
    if (!m || (h.accept && !h.accept(m))) continue;
    const rest = (m[m.length - 1] ?? "").trim();
    // "Changes from v1 (https://lore...)": the heading's own link, cut at its colon, is no change.
    // "Changes for v2 ==": the heading's underline drawn on its own line.
    return { version: h.version(m), rest: rest.startsWith("//") || /^(?:[=~-]+|;)$/.test(rest) ? "" : rest, prior: h.prior, weak: h.weak, rfc: h.rfc };
  }
  return null;
}

// "changes singce v1:", "Changes sincel v3:": a slip in "since", read as "since" only between the noun and
// a version ending in its colon (the heading's shape leaves no other reading).
const SINCE_TYPO_RE = /^(changes?\s+)(\p{L}{4,6})(\s+v\d{1,3}\s*:)/iu;

function sinceTypo(t: string): string {
  const m = SINCE_TYPO_RE.exec(t);
  return m && oneEditApart(m[2]!.toLowerCase(), "since") ? t.replace(SINCE_TYPO_RE, "$1since$3") : t;
}

// "V2 removed report functions", "v4   Fixed commit message": a change labelled with its version, no
// heading. Read in a run of such lines (any wording), or alone when it opens with a verb (not in a commit
// message, where "v2 added a FIFO" can describe the hardware).
// "--v5 change the placement", "-- v4 addressing Ann's comments": the same behind a double or triple dash.
const VERSION_LINE_RE = /^\s*(?:-{2,3}\s*)?v(\d{1,3})\s+(?![-=>~<→]|to\b|and\b|&)(\S.*)$/i;
const CHANGE_VERBS = String.raw`remove|removed|add|added|fix|fixed|drop|dropped|change|changed|move|moved|rename|renamed|update|updated|rework|reworked|combine|combined|replace|replaced|split|simplify|simplified|use|used|rebase|rebased|address|addressed|switch|switched`;
// "v4 addressing the comments", "v2 fixing the build": a version line's change in the -ing form too.
const CHANGE_VERB_RE = new RegExp(`^(?:${CHANGE_VERBS}|addressing|fixing|adding|removing|dropping|changing|moving|renaming|updating|using|rebasing|switching)\\b`, "i");

// "v6 improves the comments ...", "v4 has no changes except ...": a note in prose opening its paragraph
// with the version and what that version does (the third person: "v2 adds a FIFO" about hardware is rarer
// at a paragraph's start in a cover letter or `---` notes, where versions are the posting's).
// "v2 wraps ...", "v3 passes the pointer down ...", "v2 introduces a helper", "v4 no longer takes the lock".
const PROSE_VERB_RE =
  /^(?:(?:only|just|now|also|finally|mostly|simply|primarily|mainly)\s+)?(?:improves|makes|fixes|adds|removes|drops|moves|renames|updates|reworks|addresses|switches|changes(?!\s+(?:were|are|have|had|since|from|in|to|for|of)\b)|uses|replaces|simplifies|splits|rebases|re-bases|reverts|corrects|cleans|incorporates|folds|squashes|wraps|passes|introduces|avoids|eliminates|includes|contains|converts|extends|reduces|restores|reorders|clarifies|documents|defers|tweaks|falls\s+back|no\s+longer|does\s+not|doesn't|has\s+no\s+(?:functional\s+|code\s+)?changes)\b/i;

function proseNote(lines: string[], i: number, version: number, rest: string): boolean {
  return version >= 2 && (i === 0 || /^(?:-{2,3})?$/.test(lines[i - 1]!.trim())) && PROSE_VERB_RE.test(rest);
}

function versionLine(lines: string[], i: number, strict: boolean): { version: number | null; rest: string } | null {
  const line = lines[i]!;
  if (line.length > 200) return null;
  const m = VERSION_LINE_RE.exec(line);
  if (!m) return null;
  const neighbour = (k: number): boolean => k >= 0 && k < lines.length && VERSION_LINE_RE.test(lines[k]!);
  const run = neighbour(i - 1) || neighbour(i + 1);
  if (!run && (strict || !(CHANGE_VERB_RE.test(m[2]!) || proseNote(lines, i, Number(m[1]), m[2]!)))) return null;
  return { version: Number(m[1]), rest: m[2]!.trim() };
}

// "v2, changed the Fixes tag." then "v1, initial version.": a version and its change after a comma, read
// only in a run of such lines ("v3, I assume ..." in prose is a sentence).
const COMMA_VERSION_RE = /^\s*v(\d{1,3}),\s+(?!v\d|and\b|or\b)(\S.*)$/i;

function commaVersionLine(lines: string[], i: number, strict: boolean): { version: number | null; rest: string } | null {
  const line = lines[i]!;
  if (strict || line.length > 200) return null;
  const m = COMMA_VERSION_RE.exec(line);
  if (!m) return null;
  const neighbour = (k: number): boolean => k >= 0 && k < lines.length && COMMA_VERSION_RE.test(lines[k]!);
  return neighbour(i - 1) || neighbour(i + 1) ? { version: Number(m[1]), rest: m[2]!.trim() } : null;
}

function isNameToken(tok: string): boolean {
  return /^[A-Z][\p{L}'.-]*$/u.test(tok);
}

// Capitalised words that name a tool, a test or a part of the tree, never a person: "(found by Android testing)",
// "reported by Kbuild test robot", "Documentation reported ...".
// "set additionalProperties: False" (linux-i2c): a value after the colon, no one's name.
// "(R-b and Ack)" (linux-samsung-soc): the tags collected, by their short names.
const NOT_A_NAME_RE = /^(?:android|intel|kbuild|kconfig|makefile|documentation|linux|kernel|thanks|coverity|smatch|sparse|coccinelle|coccicheck|syzbot|syzkaller|clang|checkpatch|true|false|null|none|yes|no|[rat]-b|rb|acks?|naks?|tags?)$/i;

/** Capitalised words starting at `words[i]`: "Liam R. Howlett;" -> "Liam R. Howlett". */
function nameAt(words: string[], i: number): string | null {
  const parts: string[] = [];
  for (let k = i; k < words.length && parts.length < MAX_NAME_TOKENS; k++) {
    let tok = words[k]!;
    const stop = /[,;:!?)\]]$/.test(tok) || (/\.$/.test(tok) && !/^[A-Z]\.$/.test(tok));
    // An initial ("R.") keeps its dot; other trailing punctuation ends the name.
    if (!/^[A-Z]\.$/.test(tok)) tok = tok.replace(/[,;:!?.)\]]+$/, "").replace(/'s$/, "");
    if (!isNameToken(tok)) break;
    // "Add Reviewed-by and Acked-by collected" (linux-serial): a tag's key is no part of a name.
    if (/-by$/i.test(tok)) break;
    // "noted by Sumit Garg Add the check ...": a verb opening the next sentence (the lines joined) ends the name.
    if (parts.length > 0 && VERB_WORD_RE.test(tok)) break;
    if (parts.length === 0 && NOT_A_NAME_RE.test(tok)) return null;
    parts.push(tok);
    if (stop || words[k]!.endsWith("'s")) break;
  }
  return parts.length > 0 && parts.some((p) => /\p{Ll}/u.test(p)) ? parts.join(" ") : null;
}

// "Randy's suggestion", "Applied Masahiro Yamada's suggestions", "per Ann's review": a possessive name before
// a word for advice.
const POSSESSIVE_ADVICE_RE = /^(?:suggestions?|comments?|feedback|review|reviews|request|requests|idea|ideas|advice|input|recommendations?|proposal|remarks?|points?)\b/i;
/** Words naming what was reviewed, not who: "Device Tree review comments", "Rust comments", "Sashiko AI review". */
// "Change License comment style" (linux-serial): what a comment is about, no one's name.
const PART_WORD_RE = /^(?:device|tree|rust|core|driver|drivers|binding|bindings|schema|yaml|patch|series|code|style|bot|robot|sashiko|maintainer|maintainers|reviewer|reviewers|community|upstream|internal|offline|list|mailing|team|other|various|previous|earlier|all|some|more|minor|major|general|license|licence|copyright|header|commit|message|changelog|spelling|grammar|typo|typos)$/i;
/** "Uwe Kleine-König review comments", "Ann Roe comments": advice named by its giver, no possessive. */
const NAMED_ADVICE_RE = /^(?:review|comments?|feedback|suggestions?|remarks?|nits?|nitpicks?)\b/i;
// "as Michael Kelley suggested", "the refactor Luis requested": a name before a verb of asking.
const ADVICE_VERB_RE = /^(?:suggested|requested|asked|recommended|proposed|pointed|noticed|spotted|noted|reported)\b/i;
// A capitalised word opening a sentence before a name ("Applied Masahiro Yamada's ...", "Addresses Sami's"): a
// verb, no name.
const VERB_WORD_RE = /^(?:(?:use|apply|applie|address|follow|implement|incorporate|integrate|include|take|adopt|accept|fix|add|drop|move|rework|update|set|get|make|merge|squash|reflect|change|remove|rename)(?:e?s)?|took|per|as|from|with|after)$/i;
const LEADING_VERB_RE = /^\p{L}+ed$/u;

/** Capitalised words ending at `words[end]` (its "'s" or punctuation cut), reading back: "Masahiro Yamada's". */
function nameBefore(words: string[], end: number): string | null {
  const parts: string[] = [];
  let k = end;
  const endsSentence = (w: string): boolean => /[,;:!?.)\]]$/.test(w) && !/^[A-Z]\.$/.test(w);
  for (; k >= 0 && parts.length < MAX_NAME_TOKENS; k--) {
    const raw = words[k]!;
    // A word ending in punctuation ends the sentence before the name.
    if (k < end && endsSentence(raw)) break;
    const tok = k === end ? raw.replace(/[,;:!?.]+$/, "").replace(/['\u2019]s?$/, "") : raw;
    if (!isNameToken(tok)) break;
    parts.unshift(tok);
  }
  // "Applied Masahiro Yamada's": the sentence's opening verb is no part of the name.
  const opensSentence = k < 0 || endsSentence(words[k]!);
  if (opensSentence && parts.length > 1 && (LEADING_VERB_RE.test(parts[0]!) || VERB_WORD_RE.test(parts[0]!))) parts.shift();
  else if (opensSentence && parts.length === 1 && VERB_WORD_RE.test(parts[0]!)) return null;
  return parts.length > 0 && parts.some((p) => /\p{Ll}/u.test(p)) ? parts.join(" ") : null;
}

/** The names of a list ("Sakari, Mauro & Ann", "thanks Rafael"), or [] unless every item is a name. */
function nameList(inner: string): string[] {
  const out: string[] = [];
  for (const piece of inner.replace(/^\s*(?:thanks|thx|ty),?\s+(?:to\s+)?/i, "").split(/,|&|\band\b/)) {
    const tokens = piece.trim().split(/\s+/).filter((x) => x.length > 0);
    if (tokens.length === 0 || /^et\s+al\.?$/i.test(piece.trim())) continue;
    // "(Kconfig, makefile, script)" lists areas: an item in lower case makes the list no credit.
    if (tokens.length > MAX_NAME_TOKENS || /^\p{Ll}/u.test(tokens[0]!)) return [];
    const name = nameAt(tokens, 0);
    if (name && name.split(" ").length === tokens.length) out.push(name);
  }
  return out;
}

/**
 * The names right after a credit's lead: "Sakari and Andy" (each joined by "and" or "&"), "Ann Roe, Bob Poe and
 * Cy Doe" (a list, its last name after "and": a comma alone may as well end the credit, "per Ann, Rebased on ...").
 */
function namesAfterLead(words: string[], from: number): string[] {
  const out: string[] = [];
  let j = from;
  for (let n = 0; n < MAX_LISTED_NAMES; n++) {
    const name = nameAt(words, j);
    if (!name) break;
    out.push(name);
    j += name.split(" ").length;
    const last = words[j - 1]!;
    if (/,$/.test(last) && commaListGoesOn(words, j)) {
      if (words[j] === "and" || words[j] === "&") j++;
      continue;
    }
    if (/[,;:!?.)\]]$/.test(last) || (words[j] !== "and" && words[j] !== "&")) break;
    j++;
  }
  return out;
}

/** After "Ann Roe,": more names, separated by commas, the last after "and" or "&" ("Bob Poe, and Cy Doe"). */
function commaListGoesOn(words: string[], j: number): boolean {
  for (let n = 0; n < MAX_LISTED_NAMES; n++) {
    if (words[j] === "and" || words[j] === "&") return nameAt(words, j + 1) !== null;
    const name = nameAt(words, j);
    if (!name || LEADING_VERB_RE.test(name.split(" ")[0]!) || VERB_WORD_RE.test(name.split(" ")[0]!)) return false;
    j += name.split(" ").length;
    const last = words[j - 1]!;
    if (/,$/.test(last)) continue;
    if (/[;:!?.)\]]$/.test(last)) return false;
    return words[j] === "and" || words[j] === "&" ? nameAt(words, j + 1) !== null : false;
  }
  return false;
}

/** "the community (Ann Roe, Bob Poe)": up to three lower-case words, then a parenthesised list of names. */
function parenthesisedNames(words: string[], from: number): string[] {
  for (let j = from; j < words.length && j <= from + 3; j++) {
    const w = words[j]!;
    if (w.startsWith("(")) {
      let k = j;
      while (k < words.length - 1 && !/\)[.,;:]?$/.test(words[k]!)) k++;
      const inner = words.slice(j, k + 1).join(" ").replace(/^\(/, "").replace(/\)[.,;:]?$/, "");
      return /\)[.,;:]?$/.test(words[k]!) ? nameList(inner) : [];
    }
    if (!/^\p{Ll}+$/u.test(w)) return [];
  }
  return [];
}

/**
 * "(all comments/suggestions on v1 are from Sean, thanks)" (linux-mips): "from" after "are"/"were"/"came", a word
 * for advice a few words before.
 */
const TAG_BOOKKEEPING_RE = /\b(?:add(?:ed)?|pick(?:ed)?\s+up|collect(?:ed)?|fold(?:ed)?\s+in|propagated?|carr(?:y|ied)|keep|kept|retain(?:ed)?|include[ds]?)\b[^,;.]{0,40}?\b(?:tags?|acks?|acked|(?:acked|reviewed|tested)-by|r-?bs?|a-?bs?|t-?bs?|reviews)\b/i;

function isAdviceFrom(words: string[], i: number): boolean {
  if (leadWord(words[i]) !== "from" || !/^(?:are|were|is|was|came|come|comes)$/.test(leadWord(words[i - 1]))) return false;
  for (let k = i - 2; k >= 0 && k >= i - 6; k--) if (words[k]!.toLowerCase().split("/").some((x) => ADVICE_NOUN_RE.test(x.replace(/^\(/, "")))) return true;
  return false;
}

/**
 * The names listed before one ending at `end` ("Address Rob, Thomas's review comments", linux-mips: Rob before
 * Thomas's), each after a comma or "and", in order; [] when the word before is none.
 */
function namesListedBefore(words: string[], end: number): string[] {
  const out: string[] = [];
  let k = end;
  for (let n = 0; n < MAX_LISTED_NAMES && k >= 0; n++) {
    let at = k;
    if (/^(?:and|&)$/.test(words[at] ?? "")) at--;
    else if (!/,$/.test(words[at] ?? "")) break;
    if (at < 0 || !isNameToken((words[at] ?? "").replace(/,$/, ""))) break;
    const name = nameBefore(words, at);
    if (!name) break;
    out.unshift(name);
    k = at - name.split(" ").length;
  }
  return out;
}

function creditsOf(text: string): string[] {
  const out: string[] = [];
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  for (let i = 0; i < words.length - 1; i++) {
    const w = leadWord(words[i]);
    if (!isCreditLead(w, leadWord(words[i - 1]), leadWord(words[i - 2])) && !isAdviceFrom(words, i)) continue;
    // "add Acked- and Reviewed-by, thanks Dan and David": thanks for tags collected, as "Add ack from Ann",
    // credits no change.
    if (/^(?:thanks|thx|ty)$/.test(w) && TAG_BOOKKEEPING_RE.test(text)) continue;
    // "removed debugfs suggested by - Benjamin Tissoires" (linux-input): a dash between the lead and the name.
    const listed = namesAfterLead(words, words[i + 1] === "-" ? i + 2 : i + 1);
    out.push(...listed);
    // "feedback from the community (Ann Roe, Bob Poe, and Cy Doe) on v5": the people in parentheses a few
    // words after the lead.
    if (listed.length === 0) out.push(...parenthesisedNames(words, i + 1));
  }
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    // "Randy's suggestion", "Masahiro Yamada's suggestions (Kconfig, ...)".
    if (/^[A-Z][\p{L}.-]*['\u2019]s$/u.test(w) && POSSESSIVE_ADVICE_RE.test(words[i + 1]!)) {
      const name = nameBefore(words, i);
      if (name) out.push(...namesListedBefore(words, i - name.split(" ").length), name);
    }
    // "Address Uwe Kleine-König review comments:", "Thierry Reding review comments" (linux-pwm): a name right before
    // a word for advice. Two words at least, or one after the opening verb ("Address Uwe comments"): a lone
    // capitalised word there as often names a part ("Minor review comments", "Rust comments").
    // Not "add Ann Roe review tag" (a tag collected, credited to no one, as "Add ack from Ann").
    if (NAMED_ADVICE_RE.test(words[i + 1]!) && !/^tags?\b/i.test(words[i + 2] ?? "") && isNameToken(w) && !/[,;:!?.'\u2019]/.test(w) && (i === 0 || !/^(?:by|to|from|of)$/i.test(words[i - 1]!))) {
      const name = nameBefore(words, i);
      const tokens = name?.split(" ").length ?? 0;
      // A lone word must read as a first name ("Uwe", not "C-style" or "DT").
      const afterVerb = tokens === 1 && /^\p{Lu}\p{Ll}{2}/u.test(name ?? "") && i >= 1 && (VERB_WORD_RE.test(words[i - 1]!) || LEADING_VERB_RE.test(words[i - 1]!)) && (i === 1 || /[,;:!?.]$/.test(words[i - 2]!));
      if (name && (tokens >= 2 || afterVerb) && !name.split(" ").some((t) => NOT_A_NAME_RE.test(t) || PART_WORD_RE.test(t) || /-by$/i.test(t) || !/\p{Ll}/u.test(t.replace(/^\p{Lu}\.$/u, "x")))) out.push(name);
    }
    // "as Michael Kelley suggested", "the refactor Luis requested", "Ann pointed out".
    // Not "Changes suggested by Ann", whose name follows.
    if (ADVICE_VERB_RE.test(words[i + 1]!) && !/^by$/i.test(words[i + 2] ?? "") && isNameToken(w) && !/[,;:!?.]$/.test(w) && (i === 0 || !/^(?:by|to)$/i.test(words[i - 1]!))) {
      const name = nameBefore(words, i);
      // "Comments pointed out by Guenter:" (linux-hwmon): a word for advice opening the line is no one's name.
      if (name && !name.split(" ").some((t) => ADVICE_NOUN_RE.test(t.toLowerCase()) || PART_WORD_RE.test(t))) out.push(name);
    }
  }
  const t = text.trimEnd().replace(/[.;,]$/, "");
  // A trailing "(Sakari, Mauro)" or "[Michael Kelley]": who asked for the change.
  const close = t.endsWith(")") ? "(" : t.endsWith("]") ? "[" : null;
  // A closing " - Name", read once when the brackets above do not take the line.
  let dash: RegExpExecArray | null = null;
  if (close) {
    const open = t.lastIndexOf(close);
    // A line wholly in brackets ("[Ann] ..." is a label, read elsewhere) is no credit; "(Vitaly)" is.
    if (open > 0 || (open === 0 && close === "(")) out.push(...nameList(t.slice(open + 1, -1)));
  } else if ((dash = TRAILING_DASH_NAME_RE.exec(t)) !== null) {
    // "- Reword commit message to focus on the userspace interface - Sean" (linux-crypto), "Fixed up the comment
    // alignment - Peterz": who asked, after a spaced dash closing the change. A status ("- Done") is no one.
    // Not "In the patch 1: -- Update the doc. -- Add Reviewed-by." (linux-renesas-soc): dashes that list changes. Lines
    // joined into one entry may each end so ("add foo() - Jiri Pirko. rename bar - Jiri Pirko.", netfilter-devel).
    const parts = t.split(/\s(?:-{1,2}|\u2013|\u2014)\s+/);
    const name = dash[1]!;
    const names = parts.slice(1, -1).every((p) => p.startsWith(name)) ? nameList(name) : [];
    const notName = (w: string, k: number): boolean => PART_WORD_RE.test(w) || CHANGE_STATUS_RE.test(w) || /-by$/i.test(w) || (k === 0 && VERB_WORD_RE.test(w));
    if (!names.some((n) => n.split(" ").some(notName))) out.push(...names);
  } else {
    // "... and add comment: Saurabh, Michael.": names listed after the line's last colon.
    const colon = t.lastIndexOf(":");
    // Not a trailer ("Cc: Ann Roe"): the words before the colon are more than one key.
    const before = t.slice(0, colon).trim();
    // Nor "Add 'Acked-by: Ann'", a tag collected.
    if (colon > 0 && colon < t.length - 1 && /\s/.test(before) && !/-by['"]?$/i.test(before) && !/:\/\//.test(t.slice(colon, colon + 3))) {
      const list = t.slice(colon + 1);
      if (list.length <= 60) out.push(...nameList(list));
    }
  }
  return out;
}

/** A change's closing " - Name" (" -- Ann Roe", " – Ann and Bob"), three words of text before it at least. */
const TRAILING_DASH_NAME_RE = /^\S+(?:\s+\S+){2,}\s(?:-{1,2}|\u2013|\u2014)\s+(\p{Lu}[\p{L}'.-]*(?:(?:\s+|,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}'.-]*){0,3})$/u;
/** Words saying how a change stands, not who asked for it ("- Done", "- Fixed"). */
const CHANGE_STATUS_RE = /^(?:done|fixed|dropped|removed|added|updated|resolved|addressed|applied|ignored|skipped|same|new|unchanged|none|tbd|wip|ok|okay|nack|ack)$/i;

/** A bot's name in a tag ("kernel test robot", "syzbot"): no one to credit. */
const BOT_NAME_RE = /\b(?:ro)?bot\b|syzbot/i;

/** "(Suggested-by: Ann Roe <ann@example.org>)", "[Reported-by: Ann Roe]": a tag in brackets inside a change. */
const BRACKETED_TAG_RE = /[([]\s*([A-Z][A-Za-z]*(?:-[A-Za-z]+)*-by:\s*[^()[\]]{2,120}?)\s*[)\]]/g;

/** Footnote marks alone: "[1]", "[0], [1]". */
const FOOTNOTE_MARKS_RE = /^(?:\[\d{1,3}\][\s,:;.]*)+$/;

function finish(version: number | null, lines: string[], out: ChangelogEntry[]): void {
  if (lines.length === 0) return;
  const credits: string[] = [];
  const textLines: string[] = [];
  const label = CREDIT_LABEL_RE.exec(lines[0] ?? "");
  if (label) credits.push(label[1]!);
  for (const l of lines) {
    const t = parseTrailerLine(l.trim());
    if (t?.person && t.kind !== "Signed-off-by" && t.kind !== "Cc") {
      // "Reported-by: kernel test robot <lkp@intel.com>" under a change (linux-rtc): a bot is no one to credit.
      if (t.person.name && !BOT_NAME_RE.test(t.person.name)) credits.push(t.person.name);
    }
    textLines.push(l.trim());
  }
  const text = textLines.join(" ").replace(/\s+/g, " ").trim();
  // "Changes since v2: [1]" (linux-efi): a footnote mark after the heading points at the earlier posting, no change.
  if (!text || FOOTNOTE_MARKS_RE.test(text)) return;
  credits.push(...creditsOf(text));
  // "- reused the existing definition (Reported-by: Bough Chen <haibo.chen@nxp.com>)" (linux-mmc): a credit
  // written as a tag in parentheses; not a tag collected ("add (Acked-by: Ann)").
  if (text.includes("-by:") && !TAG_BOOKKEEPING_RE.test(text)) {
    for (const m of text.matchAll(BRACKETED_TAG_RE)) {
      const t = parseTrailerLine(m[1]!);
      // "(Reported-by: kernel test robot <lkp@intel.com>)": a bot is no one to credit.
      if (t?.person?.name && t.kind !== "Signed-off-by" && !BOT_NAME_RE.test(t.person.name)) credits.push(t.person.name);
    }
  }
  out.push({ version, text, credits: [...new Set(credits)] });
}

/** Changelog entries of a cover letter or `---` notes, in order; [] when there is no changelog. */
export function parseChangelog(text: string): ChangelogEntry[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const entries = scanChangelog(lines, false).entries;
  if (entries.length > 0) return entries;
  const bare = bareChangeList(lines);
  return bare.length > 0 ? bare : versionProse(lines);
}

// "Same as v2 with a more descriptive commit message", "Identical to the previous version except ...": a
// sentence comparing this posting with an earlier one, by number or as "the previous version".
const VERSION_PROSE_RE =
  /\b(?:same\s+as|identical\s+to)\s+(?:the\s+)?(?:v\d{1,3}(?!\.\d)|(?:previous|last|prior)\s+(?:version|revision|posting|patch(?:set)?|series|iteration))(?:\s*$|\s*[.,;:)]|\s+(?:with|except|but|and|apart|other|besides|save)\b)/i;

/**
 * Notes that are one short paragraph of prose comparing this posting with an earlier version (nothing but
 * the `---`, diffstat and git's mode lines after it): that paragraph is this version's change, its number unknown.
 */
function versionProse(lines: string[]): ChangelogEntry[] {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  const para: string[] = [];
  for (; i < lines.length && lines[i]!.trim() !== "" && !/^\s*-{2,3}\s*$/.test(lines[i]!); i++) para.push(lines[i]!);
  if (para.length === 0 || para.length > 3 || para.some((l) => DIFFSTAT_RE.test(l))) return [];
  for (; i < lines.length; i++) if (!AFTER_LIST_RE.test(lines[i]!) && !DIFFSTAT_RE.test(lines[i]!)) return [];
  const text = para.join(" ").replace(/\s+/g, " ").trim();
  if (text.length > 300 || !VERSION_PROSE_RE.test(text)) return [];
  const out: ChangelogEntry[] = [];
  finish(null, para, out);
  return out;
}

// A bare list's items open with a change verb, or a noun naming a change ("Improvements to comments",
// "Bugfix pwm_enable register set wrong").
const BARE_CHANGE_RE = new RegExp(
  String.raw`^(?:${CHANGE_VERBS}|fixes|bugfix|reworded|rewrite|rewritten|rewrote|improve|improved|improvements?|cleaned|clean(?:ed)?\s+up|shortened|introduced|reordered|corrected|converted|documented|reverted)\b(?!:)`,
  "i",
);
// Unbulleted lines read as changes only in the changelog's past tense: "Add 0x29 as the address ..." under
// `---` repeats the commit message's imperative, "Fixes: <url>" is a tag.
const PLAIN_CHANGE_RE =
  /^(?:removed|added|fixed|bugfix|dropped|changed|moved|renamed|updated|reworked|reworded|rewritten|rewrote|combined|replaced|simplified|rebased|addressed|switched|improved|improvements|cleaned|shortened|introduced|reordered|corrected|converted|documented|reverted)\b(?!:)/i;
/**
 * "-added new patch", "x Fix the grammar", "--- reworked the recovery" (not a diff's "--- a/file"),
 * ". add a callback" inside a section.
 */
const GLUED_ITEM_RE = /^\s*(?:-(?=\p{L}{2})|x\s+(?=\p{Lu}\p{Ll})|-{2,3}\s+(?![ab]\/)(?=\p{L})|\.\s+(?=[\p{L}(]))(.*)$/u;
/** "-Improved the readability": a dash glued to the item's capital letter. */
const GLUED_BULLET_RE = /^\s*-(?=\p{Lu}\p{Ll})(.*)$/u;
/** An indented "-Added foo" ("-Werror ..." is a compiler flag wrapped onto the line, no bullet). */
const NESTED_GLUED_RE = /^\s+-(?!W[a-z])(?=\p{Lu}\p{Ll}{2,}\s)/u;

// Below a bare list of changes only a `---` line, the diffstat and git's "create mode" lines may follow.
const AFTER_LIST_RE = /^\s*(?:-{2,3}|(?:create|delete) mode \d+ \S.*|rename \S.*\(\d+%\))?\s*$/;

/**
 * "* Rename to hid-razer\n* Rename RAZOR to RAZER\n---": notes that are nothing but a list whose every item
 * opens with a change verb are the changes of this version, with no heading (its number unknown).
 */
function bareChangeList(lines: string[]): ChangelogEntry[] {
  const out: ChangelogEntry[] = [];
  let item: string[] = [];
  let i = 0;
  let bulleted = false;
  let plain = false;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || /^\s*-{2,3}\s*$/.test(line)) break;
    const bullet = BULLET_RE.exec(line) ?? GLUED_BULLET_RE.exec(line);
    if (bullet) {
      if (plain || !BARE_CHANGE_RE.test(bullet[1]!.trim())) return [];
      bulleted = true;
      finish(null, item, out);
      item = [bullet[1]!];
    } else if (item.length > 0 && (plain ? /^\p{Ll}/u.test(line) : /^\s/.test(line))) item.push(line);
    // "Added MAINTAINERS entry\nRemoved unnecessary code complexity\n---": unbulleted, one change a line
    // (a line opening in lower case continues the one above; an indented block, as a pasted script, is no change).
    else if (!bulleted && /^\p{Lu}/u.test(line) && PLAIN_CHANGE_RE.test(line)) {
      plain = true;
      finish(null, item, out);
      item = [line];
    } else return [];
  }
  finish(null, item, out);
  for (; i < lines.length; i++) if (!AFTER_LIST_RE.test(lines[i]!) && !DIFFSTAT_RE.test(lines[i]!)) return [];
  return out;
}

/**
 * "[02/14]" alone on its line over a bulleted list (in a cover, after its `---`, or after a blank line in a
 * changelog): the changes to that patch of the series.
 */
function patchLabelOverList(lines: string[], i: number, inSection: boolean): boolean {
  const next = lines[i + 1];
  if (next === undefined || !lines[i]!.trimStart().startsWith("[") || !BULLET_RE.test(next)) return false;
  // "[1]" (a patch's number alone) only inside a changelog: elsewhere it marks a reference.
  return PATCH_LABEL_RE.test(lines[i]!) || (inSection && NUMBER_LABEL_RE.test(lines[i]!));
}

/**
 * "v2: https://lore.../" right above "- fix the build": the label names this version and the link the posting
 * it follows, the bullets below are its changes (a link below, "- v1: <url>", makes a list of links).
 */
function linkOverList(lines: string[], i: number, version: number | null): boolean {
  if (version === null || version < 2 || BULLET_RE.test(lines[i]!)) return false;
  // "v1 -> v2: https://lore.../" then a blank line, then "* Fix typos ... [Sergey]" (linux-mips): a version pair
  // heads its changes, the link naming what they are compared with, across one blank line too.
  const below = (lines[i + 1] ?? "").trim() === "" && PAIR_WITH_LINK_RE.test(lines[i]!) ? lines[i + 2] : lines[i + 1];
  const bullet = BULLET_RE.exec(below ?? "");
  return bullet !== null && !isLink(bullet[1]!.replace(LINK_LABEL_RE, ""));
}

/** "v1 -> v2: <url>", "v2..v3: <url>": a version pair before its link. */
const PAIR_WITH_LINK_RE = /^\s*v\d{1,3}\s*(?:->|→|=>|-->|\.\.|to)\s*v\d{1,3}\s*:\s*\S/i;

/** "[PATCH 3/4] NFSD: add a callback" over a bulleted list inside a changelog: the changes to that patch. */
const PATCH_TITLE_LABEL_RE = /^\s*\[(?:patch\s+)?(?:v\d{1,3}\s+)?\d{1,3}\/\d{1,3}\]\s+(?![-:])\S/i;

/** "[2]" alone on its line. */
const NUMBER_LABEL_RE = /^\s*\[\d{1,2}\]:?\s*$/;

/** "(https://lore.../):" alone on its line: the earlier posting a heading above it compares with. */
const LINK_COLON_RE = /^\s*[(<]?https?:\/\/\S+?[)>]?\s*:\s*$/;

/**
 * "this is v5 of this series. The relevant changes since v4\n(https://lore...):": a heading closing a sentence,
 * its colon after the link on the next line.
 */
function headingBeforeLink(lines: string[], i: number): { version: number | null; rest: string; prior?: boolean } | null {
  const next = lines[i + 1];
  if (next === undefined || !LINK_COLON_RE.test(next)) return null;
  const line = lines[i]!;
  const stop = Math.max(line.lastIndexOf(". "), line.lastIndexOf("! "));
  const h = readHeading(`${line.slice(stop + 1).trim()}:`);
  return h && h.rest === "" ? h : null;
}

/** "Changes in" ending its line, the version on the next: a heading wrapped by the mailer or its writer. */
const WRAPPED_LEAD_RE = /^\s*(?:changes?|changelog|change\s+log)\s+(?:in|since|from|for)\s*$/i;

/** "Changes in\nv2:(https://...)": the heading read from both lines, at the second. */
function wrappedHeading(lines: string[], i: number, strict: boolean): { version: number | null; rest: string; prior?: boolean; wrapped: true } | null {
  if (i === 0 || !/^\s*v\d/i.test(lines[i]!) || !WRAPPED_LEAD_RE.test(lines[i - 1]!)) return null;
  const h = readHeading(`${lines[i - 1]!.trim()} ${lines[i]!.trim()}`, strict);
  return h ? { ...h, wrapped: true } : null;
}

/**
 * [start, end) line ranges of the changelogs in a commit message that name a version ("v2: ...",
 * "v1 -> v2:", "Changes since v1:"): the bare "Changes:" of a commit message describes the patch itself.
 */
export function changelogBlocks(lines: string[]): Array<[number, number]> {
  return scanChangelog(lines, true).blocks;
}

/** A URL or message-id alone ("https://lore.../", "<id@host>", "id@host:"), maybe in parentheses. */
function isLink(text: string): boolean {
  return /^\(?(?:<[^<>\s]+>|https?:\/\/\S+|[^\s@<>()]+@[^\s@<>()]+?)\)?[:.,]?$/.test(text.trim());
}

/** "Link to v1: ", "RFC v1: ", "Link to RFC: " (b4's), "Link: " before a link to the earlier posting. */
const LINK_LABEL_RE = /^\s*(?:links?\s+to\s+(?:the\s+)?(?:v\d{1,3}|rfc(?:\s+v\d{1,3})?|previous\s+(?:version|revision|posting))|(?:rfc\s+)?v\d{1,3}|links?)\s*:\s*/i;

/** "[1] " before a link: the reference the heading's "see [1]" points at. */
const REFERENCE_MARK_RE = /^\s*\[\d{1,2}\]:?\s+/;
/** "[1]: https://lore…/", "[1]:https://…": a reference line, the link alone after its mark. */
const FOOTNOTE_LINK_RE = /^\s*\[\d{1,2}\]:?\s*<?https?:\/\/\S+?>?\s*$/;

function isUnderline(line: string): boolean {
  return /^\s*(?:-{3,}|={3,}|~{3,})\s*$/.test(line);
}

/** A bare "Changes" title over versioned sections ("Changes\n=======\nver #3)"). */
const SECTION_TITLE_RE = /^\s*(?:changes?|changelog|change[ -]log|revision history)\s*:?\s*$/i;

/**
 * Where the block of a section headed at line `i` starts: at the bare "Changes" title above the heading
 * (blank lines and the title's underline between), so that no dangling title is left in a commit message.
 */
function titledFrom(lines: string[], i: number): number {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && lines[k]!.trim() === "") k--;
  if (k >= 0 && isUnderline(lines[k]!)) k--;
  return k >= 0 && k < i && SECTION_TITLE_RE.test(lines[k]!) ? k : i;
}

/** How wide a line may be before writers wrap it: a shorter line ending a sentence was broken on purpose. */
const WRAP_WIDTH = 72;

/**
 * "Changed the location of the sock_hold() call.\nUpdated the changelog accordingly.": unbulleted changes one a
 * line. A line opening with a capitalised change verb below a finished sentence starts a new change when its first
 * word would have fitted on the line above (a line filled to the wrap width goes on with the same paragraph);
 * "Thus the tags were added." or "When this happens, ..." goes on explaining the change above.
 */
function startsSentenceLine(above: string, line: string): boolean {
  const t = line.trim();
  if (!/^\p{Lu}\p{Ll}/u.test(t) || !(BARE_CHANGE_RE.test(t) || PLAIN_CHANGE_RE.test(t))) return false;
  const word = /^\s*(\S+)/.exec(line)?.[1] ?? "";
  const width = expandTabs(above).trimEnd().length + 1 + word.length;
  if (/[.!?)\]]$/.test(above.trimEnd())) return width <= WRAP_WIDTH;
  // "Changes in v5:\nUse scripts/Lindent to auto-format\nUse DIV_ROUND_CLOSEST in the gain" (patman's one change a
  // line, linux-iio): with no stop, only a line far shorter than the wrap width, not ending on a word that leads on
  // ("by", "the", "to"), was ended on purpose.
  // "According to Jan's suggestion\nFix the same problem in ..." (linux-i2c), "Per Ann Roe\nUse remove()": a line
  // naming why or whose is the opening of the change below it.
  return width <= WRAP_WIDTH - 20 && !LEADS_ON_RE.test(above.trimEnd()) && !OPENS_ON_RE.test(above.trim());
}
/**
 * "v5: Added Tested-by: tags\n    Cosmetic changes\n    Added reference to LPDDR5 to subject and description of patch 5/6\n
 * Updated comments …" (linux-hwmon): under a change written on its heading's line, a line aligned with it that opens
 * with a capitalised word is the next change, when the line above does not lead on to it.
 */
function alignedChangeLine(above: string, line: string, column: number): boolean {
  if (column <= 0) return false;
  const indent = indentOf(line);
  // "… works fine on Samsung\n    Mini Value Edition": a name wrapped across the lines goes on.
  // "… style fixes (Barnabás\n    Pőcze, Andy Shevchenko)" (platform-driver-x86): a parenthesis left open goes on.
  return indent === column && /^\p{Lu}\p{Ll}/u.test(line.trim()) && !LEADS_ON_RE.test(above.trimEnd()) && !OPENS_ON_RE.test(above.trim()) && !/(?:^|[\s(])\p{Lu}\p{Ll}+$/u.test(above.trimEnd()) && !leavesParenOpen(above);
}

/** Words opening a line that tells why the change below it was made. */
const OPENS_ON_RE = /^(?:[-*]\s+)?(?:according\s+to|per|as|following|based\s+on|thanks\s+to|after|upon|due\s+to|because)\b/i;
/** A last word that leads on to the next line: the sentence goes on there. */
const LEADS_ON_RE = /(?:(?:^|\s)(?:a|an|the|to|of|in|on|at|by|for|from|with|and|or|but|as|that|which|into|onto|than|via|when|if|is|are|was|were|be|not|no|its|their|this|these)|[,:;-])$/i;

function isVersioned(e: ChangelogEntry): boolean {
  return e.version !== null;
}

/** "This is v3 of ...", "Original posting:": the text says it follows an earlier posting. */
const EARLIER_POSTING_RE = /\bv\d{1,3}\b(?!\.\d)|\b(?:previous|original|earlier|last|prior)\s+(?:version|posting|post|series|revision|submission|iteration)/i;

function namesEarlierPosting(line: string): boolean {
  return EARLIER_POSTING_RE.test(line);
}

interface Section {
  from: number;
  to: number;
  version: number | null;
  rfc: boolean;
  /** The heading names an RFC ("Changes since RFC v3:", "RFC v2 -> v3:"). */
  namesRfc: boolean;
}

/**
 * The sections under no version heading that are history older than the numbered ones beside them, with the
 * version to read them as: the one before the oldest numbered section (at least 1: "Changes since RFC" in a v4
 * cover over "v4:", "v3:", "v2:" blocks is v1's change). A cover repeats such a block in every later revision
 * ("Changes since RFC:" kept below each new "vN:" block) as it repeats the numbered ones. A section whose heading
 * names the RFC is older wherever it stands (unless a numbered heading names an RFC too: "Changes since RFC:"
 * over "Changes since RFC v3:" may be the newer); another ("Changes:", "Changes from the previous version:") when it
 * stands at the old end of a history whose order is plain (two or more versions, newest first or oldest
 * first): after the numbered sections newest first, before them oldest first. An unnumbered section at the new
 * end, or in a changelog without numbered sections, is this posting's own.
 */
function oldEndSections(sections: Section[]): Array<{ section: Section; version: number }> {
  const numbered = sections.filter((s) => s.version !== null);
  if (numbered.length === 0 || numbered.length === sections.length) return [];
  const versions = numbered.map((s) => s.version!);
  const oldest = Math.max(Math.min(...versions) - 1, 1);
  const first = versions[0]!;
  const last = versions[versions.length - 1]!;
  const firstAt = sections.indexOf(numbered[0]!);
  const lastAt = sections.indexOf(numbered[numbered.length - 1]!);
  const rfcNumbered = numbered.some((s) => s.namesRfc);
  const out: Array<{ section: Section; version: number }> = [];
  sections.forEach((s, k) => {
    if (s.version !== null) return;
    const oldEnd = first > last ? k > lastAt : first < last ? k < firstAt : false;
    if ((s.rfc && !rfcNumbered) || oldEnd) out.push({ section: s, version: oldest });
  });
  return out;
}

/** The credits of a heading line, its text up to the change written on the same line ("v2: Fix x per Ann" is Ann's change). */
function headingCreditsOf(line: string, rest: string): string[] {
  const at = rest ? line.lastIndexOf(rest.trim()) : -1;
  // A rest cut from inside a word (a heading read short) leaves the line whole.
  const head = at > 0 ? (/\p{L}/u.test(line[at - 1]!) ? line : line.slice(0, at)) : rest ? "" : line;
  return head.length <= MAX_HEADING * 2 ? creditsOf(head.replace(/[:\s]+$/, "")) : [];
}

interface EntryShape {
  /** Columns before the first line's text (a tab counts 8). */
  indent: number;
  bulleted: boolean;
}

/** The line as it shows, a tab counting 8 columns wherever it stands (as the changelog's columns are measured). */
function expandTabs(line: string): string {
  return line.replace(/\t/g, "        ");
}

function indentOf(line: string): number {
  return expandTabs(/^\s*/.exec(line)![0]).length;
}

/**
 * Gives the section's entries from `from` on the credits its heading gave, and an entry ending in ":" that credits
 * someone those of the entries under it: "Thanks to the reviews of Ann and Bob there are some improvements:" (no
 * bullet) over the bullets below it, "- improvements suggested by Ann:" over the bullets indented deeper (up to the
 * next at its own depth). Every change under them was made for those people, as far as the author tells.
 */
function creditSection(out: ChangelogEntry[], from: number, heading: readonly string[], shapes: ReadonlyMap<ChangelogEntry, EntryShape>): void {
  let lead: { credits: string[]; shape: EntryShape } | null = null;
  for (let k = from; k < out.length; k++) {
    const e = out[k]!;
    const shape = shapes.get(e) ?? { indent: 0, bulleted: false };
    if (lead && (lead.shape.bulleted ? shape.indent <= lead.shape.indent : !shape.bulleted)) lead = null;
    const credits = [...heading, ...(lead?.credits ?? [])];
    if (credits.length > 0) e.credits = [...new Set([...e.credits, ...credits])];
    // "Suggested by Jonathan\n1. Remove …\n2. Split …" (linux-crypto): a short unbulleted credit over a list leads it too.
    // "1.  Changes for feedbacks from Borislav.\n    - Shorten …" (linux-edac): a credited bullet leads the bullets
    // nested under it (the lead ends at the next bullet at its own depth).
    // "The update are based on Mathieu Poirier's comments." over bullets (linux-remoteproc): a sentence naming whose
    // comments the changes below answer leads them too.
    const leads = e.text.endsWith(":") || shape.bulleted || e.text.split(/\s+/).length <= 5 || /\b(?:comments?|reviews?|feedbacks?|suggestions?|remarks?)[.!]?$/i.test(e.text);
    if (leads && e.credits.length > 0 && !lead) lead = { credits: e.credits.filter((c) => !heading.includes(c)), shape };
  }
}

/** A quoted line ("> text", ">", ">> text"), not a comparison (">= 2015"). */
const QUOTE_LINE_RE = /^\s*>(?:\s|>|$)/;

/** Whether a line opens more parentheses than it closes: the text inside goes on below. */
function leavesParenOpen(line: string): boolean {
  let depth = 0;
  for (const c of line) depth += c === "(" ? 1 : c === ")" && depth > 0 ? -1 : 0;
  return depth > 0;
}

/** Words that open the rest of a sentence wrapped from the line above ("... the mask\n  and the shift"). */
const GOES_ON_RE = /^(?:and|or|but|nor|to|of|in|on|at|by|for|from|with|as|that|which|than|instead|while|so|because|since|when|if|into|via|then)\b|^[^\p{L}\p{N}`'"_]/iu;

/**
 * "v2:\n\tuse T_EXIT_*\n\tfix ptr <-> int conversions for 32 bits arches\n\tslight renaming" (linux io-uring):
 * unbulleted changes one a line, indented alike. Every line broken where the next line's first word would still
 * have fitted (no editor wrapped it), none leading on to the next nor the next going on from it.
 */
function isLineList(item: readonly string[]): boolean {
  if (item.length < 2) return false;
  // "diff with v1:\nrewrite the code as suggested\nadd fixes tag" (netfilter-devel): at the margin, only when every
  // line opens with a change's verb.
  const indent = /^\s*/.exec(item[0]!)![0];
  if (indent === "" && !item.every((l) => BARE_CHANGE_RE.test(l))) return false;
  // "Fix error return from max6650_write which sometimes\n    did not release the mutex": one change, wrapped.
  const lower = /^\p{Ll}/u.test(item[0]!.trim());
  if (item.some((l) => /^\p{Ll}/u.test(l.trim()) !== lower)) return false;
  // Two lines may be one change wrapped short ("fix garbage value issue when writing vout ov/uv fault\n    limit
  // value in ..."): only when both open with a change's verb.
  if (item.length === 2 && !item.every((l) => BARE_CHANGE_RE.test(l.trim()))) return false;
  for (let k = 0; k < item.length; k++) {
    const l = item[k]!;
    if (!l.startsWith(indent) || /^\s/.test(l.slice(indent.length))) return false;
    if (k === 0) continue;
    const above = item[k - 1]!.trimEnd();
    const t = l.trim();
    const word = /^\S+/.exec(t)?.[0] ?? "";
    if (expandTabs(above).length + 1 + word.length > WRAP_WIDTH - 8) return false;
    if (LEADS_ON_RE.test(above) || GOES_ON_RE.test(t) || leavesParenOpen(above)) return false;
  }
  return true;
}

/** "As a consequence, this version:", "In this revision:": a sentence leading to the changes of this version. */
const THIS_VERSION_LEAD_RE = /^[^:]{0,60}\b(?:this|the\s+new)\s+(?:version|revision|iteration|respin|spin)\b[^:]{0,40}:$/i;

/** "firmware {", "m4: m4@0 {", "static int foo(void) {": a line of a few words opening a block of code. */
const CODE_OPENING_RE = /^(?:\S+\s+){0,4}\S*\{$/;

/** "Tomi", "Thanks,", "Ann Roe": one or two capitalised words alone on a line (a blank line or the end below), no change. */
function isSignatureLine(line: string, next: string): boolean {
  const t = line.trim();
  if (next.trim() !== "" || !/^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?[,.!]?$/u.test(t)) return false;
  return !BARE_CHANGE_RE.test(t) && !PLAIN_CHANGE_RE.test(t) && !/^(?:none|nothing|same|unchanged|cosmetics?|cleanups?|rebased?|typos?|trivial|minor)\b/i.test(t);
}

/** "Ann Bee (8):" over an indented title: the author line of a `git shortlog` (a cover letter's list of patches). */
function isShortlogAuthor(line: string, next: string): boolean {
  return /^\p{Lu}[\p{L}.'’ -]{0,60} \(\d{1,3}\):$/u.test(line.trimEnd()) && !CHANGES_WORD_RE.test(line) && /^\s+\S/.test(next);
}

/**
 * "Krzysztof Kozlowski:" over "- removed wildcards", "- Andy Shevchenko" over deeper bullets (linux-rtc): a person's
 * full name alone on its line (two or three capitalised words, maybe bulleted, maybe with a colon) over the changes
 * made at that person's request, as "Changes asked by Krzysztof Kozlowski:" says. The name, or null. A part's name
 * ("Device Tree:", "Clock Driver:") is no one's.
 */
function nameHeading(line: string, next: string | undefined, overParagraph: boolean): string | null {
  if (next === undefined || line.length > 80) return null;
  const bullet = BULLET_RE.exec(line);
  const m = NAME_HEADING_RE.exec(bullet ? bullet[1]! : line);
  if (!m || (!bullet && !m[2])) return null;
  const tokens = m[1]!.split(" ");
  // Each word has a lower-case letter ("DT", "SoC MFD" are parts), an initial ("R.") aside.
  if (tokens.some((t) => !/\p{Ll}/u.test(t) && !/^\p{Lu}\.$/u.test(t))) return null;
  if (tokens.some((t) => NOT_A_NAME_RE.test(t) || PART_WORD_RE.test(t) || VERB_WORD_RE.test(t) || LEADING_VERB_RE.test(t) || NAME_HEADING_NOT_NAME_RE.test(t))) return null;
  // The changes below: bullets at its column or deeper (under a bulleted name, deeper only), or lines indented deeper.
  // `overParagraph`: a colon-ended name over a paragraph after a blank line (the caller has looked below it).
  const under = overParagraph || (BULLET_RE.test(next) ? (bullet ? indentOf(next) > indentOf(line) : indentOf(next) >= indentOf(line)) : indentOf(next) > indentOf(line) && next.trim() !== "");
  return under ? m[1]! : null;
}
/** Two or three capitalised words ("Uwe Kleine-König", "AngeloGioacchino Del Regno", "Liam R. Howlett"), maybe a colon. */
const NAME_HEADING_RE = /^\s*(\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019.-]*){1,2})\s*(:?)\s*$/u;
/** Capitalised words of a part's or a change's name that are no person's ("Common Clock", "Misc Fixes"). */
const NAME_HEADING_NOT_NAME_RE = /^(?:common|misc|fixes|changes|changelog|updates?|other|others|new|old|the|and|for|from|with|clock|clocks|regulator|regulators|pinctrl|gpio|power|supply|reset|phy|serial|watchdog|input|sound|audio|video|display|panel|memory|bus|firmware|platform|arch|board|dts|dtsi|soc|mfd|rtc|i2c|spi|usb|pci|net|part|parts|version|review|comments?|feedback|notes?|summary|general|cleanup|cleanups|features?)$/i;

function scanChangelog(lines: string[], strict: boolean): { entries: ChangelogEntry[]; blocks: Array<[number, number]> } {
  const out: ChangelogEntry[] = [];
  const blocks: Array<[number, number]> = [];
  let inSection = false;
  let version: number | null = null;
  let prior = false;
  let item: string[] = [];
  let afterBlank = false;
  let justHeaded = false;
  let afterLink = false;
  // The section's items are dashes glued to their text ("-added new patch") or x marks: such a line is a
  // bullet only in such a list, as a wrapped "-EINVAL" or "-next" elsewhere continues the line above.
  let glued = false;
  // The section's changes are grouped under "[PATCH 3/4] title" labels: another such label may follow a blank line.
  let labelled = false;
  // The section's changes are paragraphs of prose, not bullets ("v2:\nRefactored into two patches.\n\nAdded
  // pre-allocation of buffers ..."); the item being read opened with a bullet.
  let prose = false;
  let itemBulleted = false;
  let blockStart = -1;
  let blockEnd = -1;
  // [from, to) indexes into `out` of the entries read under weak headings.
  let weak = false;
  let weakFrom = 0;
  const weakRanges: Array<[number, number]> = [];
  // Each section's entries ([from, to) in `out`), its version and whether its heading names the RFC.
  let rfc = false;
  let namesRfc = false;
  let sectionFrom = 0;
  const sections: Section[] = [];
  // Who the section's heading (or the lead-in line opening its list) credits: "Changes in v3 (per review comments
  // from Jonathan Cameron):", "Thanks to the reviews of Jonathan, Rob and Michel there are some improvements:".
  let headingCredits: string[] = [];
  // The column where a change written on its heading's line starts ("v5: Added tags"), or -1.
  let restColumn = -1;
  // How each entry's first line was laid out: a credited lead-in gives its credits to the entries nested under it.
  let itemShape: EntryShape = { indent: 0, bulleted: false };
  const shapes = new Map<ChangelogEntry, EntryShape>();
  // The person named alone over the changes being read ("Krzysztof Kozlowski:" over bullets) and that line's layout.
  let nameLead: { name: string; shape: EntryShape } | null = null;
  const emit = (): void => {
    const n = out.length;
    if (!itemShape.bulleted && isLineList(item)) for (const l of item) finish(version, [l], out);
    else finish(version, item, out);
    // A bulleted name leads the bullets nested under it; an unbulleted one every change up to the next label.
    if (nameLead && n < out.length && nameLead.shape.bulleted && itemShape.indent <= nameLead.shape.indent) nameLead = null;
    for (let k = n; k < out.length; k++) {
      shapes.set(out[k]!, itemShape);
      if (nameLead) out[k]!.credits = [...new Set([...out[k]!.credits, nameLead.name])];
    }
  };
  const close = (): void => {
    emit();
    item = [];
    if (inSection) creditSection(out, sectionFrom, headingCredits, shapes);
    headingCredits = [];
    if (inSection && weak) weakRanges.push([weakFrom, out.length]);
    else if (inSection && out.length > sectionFrom) sections.push({ from: sectionFrom, to: out.length, version, rfc, namesRfc });
    weak = false;
    if (inSection && blockStart >= 0) {
      const last = blocks[blocks.length - 1];
      // Consecutive sections ("v3: ..." then "v2: ...") make one block.
      // A section right under another (no blank line) shares its start: extend, do not overlap.
      if (last && (last[1] === blockStart || last[0] === blockStart)) last[1] = Math.max(last[1], blockEnd);
      else blocks.push([blockStart, blockEnd]);
    }
    inSection = false;
    afterLink = false;
    blockStart = -1;
    nameLead = null;
  };
  // The column of the patch titles in a cover letter's shortlog ("Ann Bee (8):" over them, up to a blank line), or -1.
  let shortlogIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // "Ann Bee (8):\n  CHANGELOG: Fixup missing space\n  arch: Add foo" (a cover letter's shortlog): patch titles,
    // never a heading ("CHANGELOG:") nor changes. Lines indented deeper under a title ("    changes in v2:\n
    // - Removed ...", linux-hwmon) are that patch's notes, read as ever.
    // A line less indented than the titles ("---", "v2 -> v3:") ends the shortlog as a blank line does.
    if (line.trim() === "" || (shortlogIndent >= 0 && indentOf(line) < shortlogIndent)) shortlogIndent = -1;
    else if (shortlogIndent >= 0 && indentOf(line) === shortlogIndent) {
      if (inSection) close();
      continue;
    }
    if (isShortlogAuthor(line, lines[i + 1] ?? "")) {
      shortlogIndent = indentOf(lines[i + 1]!);
      if (inSection) close();
      continue;
    }
    const heading: { version: number | null; rest: string; prior?: boolean; weak?: boolean; rfc?: boolean; wrapped?: boolean } | null =
      wrappedHeading(lines, i, strict) ?? readHeading(line, strict) ?? (strict ? null : headingBeforeLink(lines, i)) ?? versionLine(lines, i, strict) ?? commaVersionLine(lines, i, strict) ??
      (strict || (inSection && !afterBlank) || !patchLabelOverList(lines, i, inSection) ? null : { version: inSection ? version : null, rest: "", rfc: inSection && rfc });
    const wrapped = heading !== null && heading.wrapped === true;
    // "v1: https://lore.../<msgid>/" (or "v1: <msgid>") points at an earlier posting: a link, not a change.
    // "Changes since v4: https://lore.../" heads the list below it: the link names what it is compared to.
    let link = heading?.rest ? /^(?:<[^<>\s]+>|https?:\/\/\S+)$/.test(heading.rest) || isLink(heading.rest) : false;
    // Not right under another heading ("v2 -> v3:\n - v2: <url>\n - item"), where the link is that heading's reference.
    if (heading && link && (wrapped || CHANGES_WORD_RE.test(line) || (!(inSection && justHeaded && item.length === 0) && linkOverList(lines, i, heading.version)))) {
      heading.rest = "";
      link = false;
    }
    // Right under a heading, such a line (or a bare link, or a bulleted "- Link to v1: <url>") says what the
    // changes are relative to.
    if (inSection && justHeaded && item.length === 0 && (link || (!heading && isLink(line.replace(BULLET_RE, "$1").replace(REFERENCE_MARK_RE, "").replace(LINK_LABEL_RE, ""))))) {
      blockEnd = i + 1;
      continue;
    }
    if (link) {
      close();
      continue;
    }
    if (heading) {
      const keep = inSection && !afterBlank ? blockStart : -1;
      const gapStart = inSection ? blockEnd : -1;
      close();
      inSection = true;
      headingCredits = headingCreditsOf(line, heading.rest);
      version = heading.version;
      prior = heading.prior === true;
      weak = heading.weak === true;
      weakFrom = out.length;
      sectionFrom = out.length;
      rfc = heading.rfc === true;
      namesRfc = /\brf[ct]/i.test(line);
      // "changes since v2: (p1 only)": a remark in parentheses qualifies the heading, it is no change.
      // "(Changes suggested by Lee)" credits the list below, "(rebase changes to next-general)" is one: kept.
      const aside = /^\(([^()]{1,40})\)$/.exec(heading.rest.trim());
      if (aside && creditsOf(heading.rest).length === 0 && !BARE_CHANGE_RE.test(aside[1]!.trim())) heading.rest = "";
      // "v4: Changelog:" (linux-remoteproc): the word names the list below, no change.
      if (/^(?:changes?|changelog|change\s*log|updates?)\s*:?$/i.test(heading.rest.trim())) heading.rest = "";
      item = heading.rest ? [heading.rest.replace(BULLET_RE, "$1")] : [];
      // "v2: - Addressed review comments.\n    - Enable lp1." (linux-tegra): a bulleted change on the heading's line is a
      // sibling of the bullets aligned under it, leading none of them.
      const restBullet = heading.rest !== "" && BULLET_RE.test(heading.rest) && !wrapped ? expandTabs(line).indexOf(heading.rest.trim()) : -1;
      itemShape = restBullet >= 0 ? { indent: restBullet, bulleted: true } : { indent: 0, bulleted: false };
      // Only when that change opens with a capital, as the ones aligned under it do.
      restColumn = heading.rest && !wrapped && /^\p{Lu}\p{Ll}/u.test(heading.rest.trim()) ? expandTabs(line).indexOf(heading.rest.trim()) : -1;
      // Sections separated only by blank lines are one block.
      const last = blocks[blocks.length - 1];
      blockStart = keep >= 0 ? keep : last && last[1] === gapStart ? (blocks.pop(), last[0]) : titledFrom(lines, wrapped ? i - 1 : i);
      blockEnd = i + 1;
      afterBlank = false;
      afterLink = false;
      justHeaded = true;
      glued = false;
      labelled = false;
      prose = item.length > 0;
      itemBulleted = false;
      continue;
    }
    if (!inSection) continue;
    if (line.trim() === "") {
      afterBlank = true;
      continue;
    }
    if (justHeaded && item.length === 0 && isUnderline(line)) {
      blockEnd = i + 1;
      continue;
    }
    const underHeading: boolean = justHeaded && item.length === 0;
    // "from v1:" over a quoted review remark ("> Filename matching compatible, please."): a reply, no list.
    if (underHeading && /^\s*>/.test(line)) {
      close();
      continue;
    }
    // A remark quoted under a change ("v2: Drop the option, per Ann's review:\n > No. ...") is no change nor
    // words of one: the change ends, the list goes on below the quote.
    if (item.length > 0 && QUOTE_LINE_RE.test(line)) {
      emit();
      item = [];
      while (i + 1 < lines.length && QUOTE_LINE_RE.test(lines[i + 1]!)) i++;
      blockEnd = i + 1;
      continue;
    }
    const first = justHeaded && item.length === 0 && ((version !== null && version >= 2) || prior) && !/^(?:\S.*\(\d+\):|\s*>.*|(?:hi|hello|dear)\b.*)$/i.test(line);
    justHeaded = false;
    // "- tpm: Add YAML schema\n\t-Added Reviewed-by tag\n\t-Fixed the example" (linux-integrity): a glued bullet
    // indented under a change being read is one change of its own, not more words of the one above.
    const nestedGlued = item.length > 0 && !BULLET_RE.test(line) && NESTED_GLUED_RE.test(line);
    const gluedItem: RegExpExecArray | null = !BULLET_RE.test(line) && (underHeading || glued || nestedGlued) ? GLUED_ITEM_RE.exec(line) : null;
    if (underHeading) glued = gluedItem !== null;
    const bullet = BULLET_RE.exec(line) ?? gluedItem;
    const indented = /^\s/.test(line);
    // In a commit message, the trailers below a changelog are not part of it.
    // In notes, a sign-off (a stable backport's, below the original's notes) is never a change either; other
    // trailers there may credit the change above them.
    const trailer = !indented && (strict || line.startsWith("Signed-off-by:")) ? parseTrailerLine(line) : null;
    if (trailer && (strict ? isKnownTrailerKey(trailer.kind) : trailer.kind === "Signed-off-by")) {
      close();
      continue;
    }
    // The diffstat under a last "- Changes in v11: ..." note is not a change.
    if (DIFFSTAT_RE.test(line)) {
      close();
      continue;
    }
    // A diff pasted under a change ("  - verify that we can write …\n    diff --git a/kernel/cgroup/cgroup.c …",
    // linux cgroups) shows it: no words of it. Its lines are skipped up to one indented less than it (the next
    // change); one at the margin ends the changes.
    if (/^\s*diff --git [ab]\//.test(line)) {
      emit();
      item = [];
      const column = indentOf(line);
      if (column === 0) {
        close();
        continue;
      }
      while (i + 1 < lines.length && (lines[i + 1]!.trim() === "" || indentOf(lines[i + 1]!) >= column)) i++;
      blockEnd = i + 1;
      continue;
    }
    // "v2 link:" or "Link to v1:" over the earlier posting's URL ends the changes.
    if (/^\s*(?:v\d{1,3}\s+links?|links?\s+to\s+(?:the\s+)?(?:v\d{1,3}|previous|last|prior)\b[^:]{0,30})\s*:/i.test(line)) {
      close();
      continue;
    }
    // "v1->v2:\nAnn Roe:\n\nDropped everything except ..." (linux-rtc): right under the heading, the name may stand
    // over a paragraph after a blank line, read as the heading's first paragraph is.
    const overParagraph: boolean = underHeading && /:\s*$/.test(line) && (lines[i + 1] ?? "").trim() === "" && /^\S/.test(lines[i + 2] ?? "");
    const named = !afterBlank || underHeading || labelled ? nameHeading(line, lines[i + 1], overParagraph) : null;
    if (named) {
      emit();
      item = [];
      itemBulleted = false;
      labelled = true;
      // The paragraph below a blank line is still the heading's first.
      justHeaded = overParagraph;
      nameLead = { name: named, shape: { indent: indentOf(line), bulleted: BULLET_RE.test(line) } };
      blockEnd = i + 1;
      continue;
    }
    const titleLabel = PATCH_TITLE_LABEL_RE.test(line) && BULLET_RE.test(lines[i + 1] ?? "");
    // " generic:" over deeper bullets labels them (a label naming who asked, "Rob's review:", stays an entry).
    const colonLabel = !BULLET_RE.test(line) && isColonLabel(line, lines[i + 1], item.length > 0 && !afterBlank ? (lines[i - 1] ?? null) : null);
    // "commit #1:\n   leave a stub ...\n\ncommit #4\n   remember the '\\0' ..." (linux cgroups): a patch named alone
    // on its line over its changes, indented below it.
    // "Patch#2:\n- Fixed the locked_vm counter ..." (Suren Baghdasaryan's v6 cover, after a blank line below the
    // heading's first change): over a bulleted list too, and after a blank line, as "[02/14]" over its bullets is.
    const commitOverList = COMMIT_LABEL_RE.test(line) && BULLET_RE.test(lines[i + 1] ?? "");
    const commitLabel = commitOverList || (COMMIT_LABEL_RE.test(line) && /^\s+\S/.test(lines[i + 1] ?? ""));
    if (((PATCH_LABEL_RE.test(line) || TOPIC_LABEL_RE.test(line) || titleLabel || colonLabel || commitLabel || (NUMBER_LABEL_RE.test(line) && BULLET_RE.test(lines[i + 1] ?? ""))) && (!afterBlank || underHeading || commitOverList || ((titleLabel || colonLabel || commitLabel) && labelled))) || DASHED_LABEL_RE.test(line)) {
      emit();
      item = [];
      labelled = true;
      // Another label at the name's depth or above ends the changes asked by that person.
      if (nameLead && indentOf(line) <= nameLead.shape.indent) nameLead = null;
      blockEnd = i + 1;
      continue;
    }
    const patchEntry = PATCH_ENTRY_RE.exec(line);
    if (patchEntry && (!afterBlank || underHeading)) {
      emit();
      item = [patchEntry[1]!];
      itemShape = { indent: indentOf(line), bulleted: true };
      itemBulleted = true;
      prose = false;
      afterBlank = false;
      blockEnd = i + 1;
      continue;
    }
    // A bullet that is only a link ("- https://lore.../", "- Link to v1: <url>") points at a posting: no change.
    if (bullet && isLink(bullet[1]!.replace(LINK_LABEL_RE, ""))) {
      emit();
      item = [];
      afterBlank = false;
      afterLink = true;
      blockEnd = i + 1;
      continue;
    }
    // Under such a link, a line that is no bullet ("Best", the shortlog's "Ann (3):") ends the changes; an
    // indented one continues the link, an indented paragraph after a blank line goes on with the changes.
    if (afterLink && !bullet && item.length === 0) {
      if (!indented) {
        close();
        continue;
      }
      if (!afterBlank) {
        blockEnd = i + 1;
        continue;
      }
      afterLink = false;
    }
    // Not after a blank line: "[Ann] ..." there may start a pasted mail or a list of references.
    // "- Panel:" over "- \tFix the example" (linux-input): a bullet naming a part over the changes to it labels them.
    const next = lines[i + 1] ?? "";
    // "* Patch 2\n  * Drop netfilter changes" (selinux): a bullet naming a patch over deeper bullets labels them too.
    const namesPatch = bullet !== null && COMMIT_LABEL_RE.test(bullet[1]!) && indentOf(next) > indentOf(line);
    if (bullet && (!afterBlank || labelled || underHeading) && ((BULLET_LABEL_RE.test(bullet[1]!) && namesPart(bullet[1]!)) || namesPatch) && BULLET_RE.test(next) && !BULLET_LABEL_RE.test(BULLET_RE.exec(next)![1]!)) {
      emit();
      item = [];
      itemBulleted = false;
      labelled = true;
      afterBlank = false;
      if (nameLead && indentOf(line) <= nameLead.shape.indent) nameLead = null;
      blockEnd = i + 1;
      continue;
    }
    if (bullet || (CREDIT_LABEL_RE.test(line) && !afterBlank)) {
      emit();
      item = [bullet ? bullet[1]! : line];
      itemShape = { indent: indentOf(line), bulleted: bullet !== null };
      itemBulleted = true;
      prose = false;
      afterBlank = false;
      afterLink = false;
      blockEnd = i + 1;
      continue;
    }
    // After a blank line, only an indented paragraph or a bullet stays in the changelog, or the first
    // paragraph under a heading naming v2 or later ("Changes since v1:", blank, "Completely rewritten: ..."),
    // unless it is the shortlog's "Author (3):", a quote or a pasted greeting ("v1:" over a pasted cover).
    // Below a change written as prose, a further paragraph telling another change in the changelog's past tense
    // ("Added pre-allocation of buffers ...", "Rebased on v6.2.") goes on with them (not in a commit message).
    const moreProse = afterBlank && !strict && prose && ((version !== null && version >= 2) || prior) && PLAIN_CHANGE_RE.test(line);
    // "As a consequence, this version:" over bullets (linux-remoteproc): a lead-in to more of this version's changes.
    if (afterBlank && !indented && !first && !moreProse && THIS_VERSION_LEAD_RE.test(line.trim()) && BULLET_RE.test(lines.slice(i + 1).find((l) => l.trim() !== "") ?? "")) {
      emit();
      item = [];
      blockEnd = i + 1;
      continue;
    }
    if (afterBlank && !indented && !first && !moreProse) {
      close();
      continue;
    }
    // "The devicetree is now structured as follows:\n\n\tfirmware {\n\t\toptee {…" (linux-remoteproc): a block of code
    // shown under a change, no change itself. Skipped up to a line indented less than its opening line.
    if (afterBlank && indented && CODE_OPENING_RE.test(line.trim())) {
      emit();
      item = [];
      const column = indentOf(line);
      while (i + 1 < lines.length && (lines[i + 1]!.trim() === "" || indentOf(lines[i + 1]!) >= column)) i++;
      blockEnd = i + 1;
      continue;
    }
    // "- Cosmetic changes (comments).\n\n Tomi\n\nTomi Valkeinen (4):" (linux-renesas-soc): a name alone between
    // blank lines under the changes signs the cover letter off, no change.
    if (afterBlank && !underHeading && isSignatureLine(line, next)) {
      close();
      continue;
    }
    // " * Dropped this patch as Gabor suggested at [1]\n   [1]:https://lore…/\n * Removed …" (linux-spi): the
    // reference of the change above, written under it with more changes below, ends nothing.
    if (item.length > 0 && FOOTNOTE_LINK_RE.test(line) && (indented || BULLET_RE.test(next)) && (BULLET_RE.test(next) || next.trim() === "")) {
      blockEnd = i + 1;
      continue;
    }
    // "- Refactor … as suggested by Ann Bee\n  Link: https://lore…/" (linux cgroups): the change's reference under
    // it, no words of it (nor of Ann's name).
    if (item.length > 0 && indented && /^\s+Link:\s*<?https?:\/\/\S+>?\s*$/i.test(line)) {
      blockEnd = i + 1;
      continue;
    }
    // "---", and "--" (a signature's cut) under the last change.
    if (line.trim().startsWith("[") || line.startsWith("---") || /^--\s*$/.test(line)) {
      close();
      continue;
    }
    // "* Added Reviewed/Acked-by from Suzuki\nThanks to Ann and Bob for the review comments." (linux-tegra): thanks at
    // the bullets' margin, below the list, end the last change and credit the section's changes.
    if (itemBulleted && item.length > 0 && !afterBlank && indentOf(line) <= itemShape.indent && /^(?:many\s+)?(?:thanks|thank\s+you)\b/i.test(line.trim())) {
      emit();
      item = [];
      itemBulleted = false;
      const thanked = creditsOf(line.trim());
      for (let k = sectionFrom; k < out.length; k++) out[k]!.credits = [...new Set([...out[k]!.credits, ...thanked])];
      blockEnd = i + 1;
      continue;
    }
    if (afterBlank || (!itemBulleted && (startsSentenceLine(lines[i - 1] ?? "", line) || alignedChangeLine(lines[i - 1] ?? "", line, restColumn)))) {
      emit();
      item = [];
      itemBulleted = false;
    }
    if (item.length === 0 && !itemBulleted) prose = true;
    if (item.length === 0) itemShape = { indent: indentOf(line), bulleted: false };
    item.push(line);
    afterBlank = false;
    blockEnd = i + 1;
  }
  if (inSection) close();
  for (const s of oldEndSections(sections)) for (let k = s.section.from; k < s.section.to; k++) out[k]!.version = s.version;
  if (weakRanges.length > 0 && (out.some(isVersioned) || !lines.some(namesEarlierPosting))) return { entries: out.filter((_, k) => !weakRanges.some(([a, b]) => k >= a && k < b)), blocks };
  return { entries: out, blocks };
}
