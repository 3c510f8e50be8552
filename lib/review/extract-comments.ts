// A reply is a sequence of quote runs and own-text blocks. Each own block becomes one comment, paired with
// the quote run just above it (what it answers) and the one just below (for remarks written above the
// code they discuss). Attribution lines, elisions, greetings, sign-offs and signatures are not comments;
// trailers in own text are collected separately and quoted trailers never count. A build robot's report
// is one remark (headline + diagnostics).
import { isNakTrailerKind, isPersonTrailerKey, parseTrailerLine } from "../mail/parse-trailers";
import { isFormatPatchStart, isOriginalMessageLine } from "../mail/split-patch-body";
import type { Address, Trailer } from "../mail/types";
import { isSenderSignature } from "./is-sender-signature";
import type { ExtractedComment, ExtractedReply, QuotedLine } from "./types";

type Segment = { type: "quote"; lines: QuotedLine[] } | { type: "own"; lines: string[] };

// "[...]", "[..]", "(...)", ". . .", "..", "[]", "[snip]", "(snip)", "<snip>", "[clip]", "--- snip ---", "snip..", "snip" alone, and
// a lone "." (some cut the quote under an attribution down to one dot: "On ..., Ann wrote:\n.\n> ..."), and "cut"
// alone, as some write where they cut the quote.
const ELISION_RE =
  /^\s*(?:\.|[[(<]\s*(?:\.\s*){2,}[\])>]|(?:\.\s*){2,}|…|\[\s*…\s*\]|\[\s*\]|[[(<]\s*\.*\s*(?:snip|clip)[^\])>]{0,20}[\])>]|[-.]*\s*(?:snip|cut)\s*[-.]*|[[(<]cut[\])>]|\.{2,}\s*snip\s*\.{2,})\s*$/i;
const ELIDED_QUOTE_RE = /^(?:\.{3,}|\u2026)\s?>/;
const MUTT_ATTRIBUTION_RE = /^\*\s.+\[\d{6}\s+\d{1,2}:\d{2}\]:\s*$/;
// Gnus's bare "* Ann Writer:" (or "* Ann Writer <ann@example.org>:") over the quote: a full name of two to
// four words ("* Note:" over a quote is a list item).
const GNUS_ATTRIBUTION_RE =
  /^\*\s\p{Lu}[\p{L}'-]*\.?(?:\s(?:\p{Lu}[\p{L}'-]*\.?|de|van|von|der|la|le|da|di)){1,3}(?:\s<[^<>\s@]+@[^<>\s]+>)?:\s*$/u;
// "at 10:58": an "On ... wrote:" line giving the hour is a mail client's attribution, never prose.
const CLOCK_TIME_RE = /\b\d{1,2}:\d{2}\b/;
// alot's (and Stephen Boyd's mailer's) "Quoting Ann Writer (2020-04-14 13:36:07)", with no colon.
const QUOTING_ATTRIBUTION_RE = /^Quoting\s.{1,120}\(\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?\)\s*:?$/;
// "wrote:" and its translations as mail clients write them ("napisał(a):", "пишет:", "kirjoitti:").
// CJK clients end the line with a full-width colon ("Maxime Ripard写道：", "... 写到:"); Korean ones say
// "<date> Ann 이(가) 쓴 글:" or "<date>, Ann <addr>님이 작성:".
const WROTE_RE =
  /(?:wrote|writes|said|quoth(?: thus)?|a écrit|schrieb|escribió|ha scritto|napisał(?:\(a\)|a)?|napisal(?:\(a\)|a)?|pisze|пишет|написал[аи]?|kirjoitti|skrev|schreef|escreveu|napsal(?:a)?|a scris|írta|yazdı|kirjutas|rašė|rakstīja|napisao|napisala|написа|έγραψε|写道|寫道|写到|寫到|が書きました|쓴\s*글|님이\s*작성)\s*[:：]\.?\s*$|\b(?:schrieb|skrev|schreef|escribió)\s+[^:]{1,60}:\s*$|^On\s.{4,160}\swrote\s*$|^(?:On\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,\s(?=.*\d).{4,160}\swrote\s*$|\bwrote on\s.{4,80}[:：]\s*$/i;
// Attributions without a "wrote": Gmail's Japanese/Chinese/Korean form "2019年10月31日(木) 16:57 Name
// <addr>:", a date and the quoted person's address closing the line.
const DATED_ADDRESS_RE = /\d.*<[^<>\s@]+@[^<>\s]+>\s*[:：]\s*$/;
// "On Wed, Jul 07, 2021 at 05:08:02PM +0800, Jon Lin wrote:" with a date in it: an attribution even when
// the writer deleted the quote below it and answers in the next paragraph.
// Outlook for Mac glues the name to the verb: "On 2021/5/3, 12:42 PM,Ann Writerwrote:".
const DATED_ON_WROTE_RE = /^On\s(?=.*\d).{4,160}\s?wrote\s*[:：]\s*$/;
// "Claudiu Beznea <addr> wrote on Wed, 8 Jan 2020\n14:55:14 +0200:": the date wraps onto a short line.
const WROTE_ON_OPEN_RE = /\bwrote on\s.{4,80}$/i;
// "<ann@example.org>:" or, from Evolution, the bare "ann@example.org:" below "... schrieb".
const ADDRESS_ONLY_RE = /^\s*(?:<[^<>\s@]+@[^<>\s]+>|[^<>\s@:]+@[\w.-]+\.[a-z]{2,})\s*[:：]\s*$/i;
// An attribution naming whom it quotes by address: "Ann Writer <ann@example.org> wrote:".
const ADDRESSED_RE = /<[^<>\s@]+@[^<>\s]+>/;
const WRAPPED_DATE_TAIL_RE = /^[\w\s,:+()-]{1,40}[:：]\s*$/;
// Some mailers greet by the address when the sender gave no name ("Hi ann.writer@example.org,").
const GREETING_RE = /^(?:hi|hello|hey|dear|hallo|greetings)\b(?:\s+[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})?[^.?!]{0,40}[,!:.]?\s*$/i;
// One closing formula; a sign-off line is one or more joined by "and", "&" or punctuation ("Thanks. Best
// regards,", "BR and thanks,", "Thanks & Regards,"). "V/r," is "very respectfully".
const CLOSING =
  String.raw`(?:with )?(?:thanks(?: again| a lot| in advance)?|thanx|thank you|many thanks|cheers|(?:best|kind|warm|warmest) regards|regards|best|b\.?r\.?|thx|ta|hth|hope (?:that|this|it) helps|take care|v\/r|rgds|ciao|bye|sincerely(?: yours)?|yours(?: sincerely| truly)?|mbr|best wishes|all the best|have a (?:nice|good|great) (?:day|weekend|week)|gr\{oetje,eeting\}s|groetjes|greetings)`;
const SIGNOFF_RE = new RegExp(String.raw`^${CLOSING}(?:\s*(?:[,.!]+|&|\band\b)\s*${CLOSING})*[,.!]*\s*$`, "i");
const CLOSING_END_RE = new RegExp(String.raw`[,;]\s*${CLOSING}[,.!]*$`, "i");
// A signed name without sentence punctuation: "greg k-h", "—Günther", "Anna Tester".
const SHORT_NAME_RE = /^[-\u2013\u2014]*\s?[\p{L}][\p{L}'-]*(?:\s[\p{L}][\p{L}'-]*){0,2}$/u;
/** "---" between a closing and the name is decoration, as is a footnote list after it ("[1] https://…"). */
const SEPARATOR_RE = /^-{2,}$/;
const FOOTNOTE_RE = /^\[\d+\]\.?:?\s+\S+$/;
const SIGNOFF_WITH_NAME_RE = new RegExp(String.raw`^${CLOSING}[,!]?\s+[\p{L}][\p{L}.'-]*[.!]?$`, "iu");
// Initials signed alone ("CJ"), not an acronym a reviewer writes as a remark.
const INITIALS_RE = /^[\p{Lu}]{2,3}\.?$/u;
const NOT_INITIALS = new Set("OK NO YES ACK NAK NACK LGTM WTF IRQ DMA PCI GPL API ABI DT SOC CPU".split(" "));
// Words a reviewer writes alone as a remark: a capitalised last line made of them is not a signed name.
const REMARK_WORDS = new Set(
  ("applied yes no yeah yep nope ok okay ditto lgtm ack nak nack nit nits unnecessary unneeded unused redundant " +
    "pointless similar same likewise drop dropped done fixed thanks thx agreed agree sure correct right true indeed " +
    "exactly absolutely awesome great good nice fine cool perfect wrong oops ouch whoops hmm hm huh why what how where " +
    "when who which understood noted confirmed interesting anyway here there series also otherwise again sorry typo " +
    "alignment missing needed required please maybe perhaps probably definitely certainly fair np tested works " +
    "ugh argh wow ah oh well so hi hello hey").split(" "),
);
const ADD_TRAILER_PROSE_RE = /^(?:please\s+)?(?:feel free to\s+)?(?:add|have|take)(?:\s+my)?(?:\s+\w+)?\s*:?\s*$/i;

/** Split a `>`-prefixed line into its depth and text; depth 0 means own text. */
export function splitQuote(line: string): QuotedLine {
  // Index walk, not repeated slicing: a hostile line of a million `>` stays linear.
  let depth = 0;
  let i = 0;
  for (;;) {
    const at = line.charAt(i) === " " && line.charAt(i + 1) === ">" ? i + 1 : i;
    if (line.charAt(at) !== ">") break;
    depth++;
    i = at + 1;
    if (line.charAt(i) === " ") i++;
  }
  return { depth, text: depth ? line.slice(i) : line };
}

/** `splitQuote(line).depth > 0`, without building the split. */
export function isQuoteLine(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 62 /* > */ || (c === 32 && line.charCodeAt(1) === 62);
}

/**
 * Split a decoded reply body into comments (own text + nearby quotes) and own-text trailers. `sender`: the
 * reply's From:, when known: a last line giving their name, login or initials ("NeilBrown", "steved.") is
 * their signature. `addressees`: names of the people the reply is to, when known (the patch's author): a first
 * line holding only one's first name ("Andreas", "David!") greets them.
 */
export function extractComments(replyBody: string, sender?: Address | null, addressees?: readonly string[]): ExtractedReply {
  const body = unescapeHtmlQuotes(String(replyBody ?? ""));
  const lines = (body.includes("\r") ? body.replace(/\r\n?/g, "\n") : body).split("\n");
  const trailers: Trailer[] = [];
  const segments = segmentLines(lines, trailers, true);
  const bot = botReport(lines);
  if (bot) return { comments: [{ text: bot, quotedAbove: [], quotedBelow: [], index: 0 }], trailers };
  const comments: ExtractedComment[] = [];
  const { first, last: lastOwn } = contentBlocks(segments);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (!seg || seg.type !== "own") continue;
    const text = cleanOwnText(seg.lines, i === lastOwn, i === first, sender, addressees);
    if (!text) continue;
    const above = segments[i - 1];
    const below = segments[i + 1];
    // A tail broken off a quoted line sits between two quote lines, no blank line around it.
    const between = below?.type === "quote" && (seg.lines[0] ?? "").trim() !== "" && (seg.lines[seg.lines.length - 1] ?? "").trim() !== "";
    if (above?.type === "quote" && isWrappedQuoteTail(text, above.lines, between)) continue;
    comments.push({
      text,
      quotedAbove: above?.type === "quote" ? above.lines : [],
      quotedBelow: below?.type === "quote" ? below.lines : [],
      index: comments.length,
    });
  }
  return { comments, trailers };
}

/** Most characters of a quoted line's tail that lost its ">" when the reply was wrapped. */
const MAX_WRAPPED_TAIL = 160;

/**
 * Whether own text is only the tail of the quoted code line above it, wrapped by the replier's mail client
 * without its ">" ("> +\twritel(val, bus->base +" then "AST2600_I2CC_BUFF_CTRL);"): the quoted line stops
 * mid-expression and the "remark" ends it. No reviewer wrote it.
 */
function isWrappedQuoteTail(text: string, quoted: readonly QuotedLine[], betweenQuotes = false): boolean {
  if (text.length > MAX_WRAPPED_TAIL || text.split("\n").filter((l) => l.trim() !== "").length > 2) return false;
  if (betweenQuotes && brokenAtSpace(text, quoted)) return true;
  // Words of prose ("Missing ']', probably a copy-paste mistake", "what did you change here? :)") are a remark.
  // And the tail's first word is code ("lpi2c_imx->bitrate)", "&value);", "0))"), not a word ("missing )").
  if (PROSE_RUN_RE.test(text) || /^[\p{L}'\u2019]+(?:\s|$)/u.test(text.trim())) return false;
  let last = quoted.length - 1;
  while (last >= 0 && (quoted[last]?.text ?? "").trim() === "") last--;
  const q = quoted[last]?.text ?? "";
  // "> diff --git a/drivers/foo.c" then "b/drivers/foo.c": the diff header's second path; "> +/* Enable the
  // clock" then "*/": the comment's close.
  const t = text.trim();
  if (/^b\/\S+$/.test(t) && /\bdiff --git a\/\S+\s*$/.test(q)) return true;
  // "> drivers/hv/hv_common.c | 35" then "+++++++-----": the bar of a quoted diffstat line.
  if (/^[+-]{2,}$/.test(t) && /\|\s*\d+\s*[+-]*\s*$/.test(q)) return true;
  if (/^(?:[^\s/][^\n]{0,100}\s)?\*\/$/.test(t) && q.lastIndexOf("/*") > q.lastIndexOf("*/")) return true;
  // The quoted line stops mid-expression ("i2c_bus->reg_base +", "cmd |= A |"); the tail closes it.
  const open = bracketExcess(q) > 0 || /[-,(+*/|&=?:<>]\s*$/.test(q);
  return open && (bracketExcess(text) < 0 || /;\s*$/.test(text));
}

const PROSE_RUN_RE = /\b[a-z]{2,}[,.]?\s+[a-z]{2,}[,.]?\s+[a-z]{2,}\b/i;

/** Quoted lines shorter than this were not wrapped by a mail client (they break at 72 to 80 columns). */
const MIN_WRAPPED_QUOTE = 60;
/** Longest tail a wrap leaves of a line under 100 columns or so. */
const MAX_BROKEN_TAIL = 40;

/**
 * Lotus Notes and some webmail clients wrap a long quoted line at a space and put no ">" before the rest
 * ("> ... whether an op is DTR or " then "not", "> \t{ ..., SPI_NOR_NO_ERASE) " then "},"), with the quote
 * going on right below. The quoted line ends in the space the break was made at; a reply written between two
 * quote lines does not follow one that does, is no longer than a wrap leaves and is not a sentence of its
 * own ("Agreed.") or a question ("why?").
 */
function brokenAtSpace(text: string, quoted: readonly QuotedLine[]): boolean {
  const q = quoted[quoted.length - 1]?.text ?? "";
  const last = q.charCodeAt(q.length - 1);
  if ((last !== 32 && last !== 9) || q.length < MIN_WRAPPED_QUOTE || q.trim() === "") return false;
  if (text.length > MAX_BROKEN_TAIL || text.includes("\n") || /^\s/.test(text) || /\?\s*$/.test(text)) return false;
  return !(/^\p{Lu}/u.test(text) && /[.!]\s*$/.test(text));
}

/** Opening minus closing round and square brackets. */
function bracketExcess(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40 || c === 91) n++;
    else if (c === 41 || c === 93) n--;
  }
  return n;
}

/**
 * `extractComments(replyBody).comments.length > 0`, for ingest: quoted lines are not kept and the
 * scan stops at the first comment. `bodyLines`: the body split at CRLF/CR/LF, when the caller has them.
 */
export function hasOwnComments(replyBody: string, bodyLines?: readonly string[], sender?: Address | null): boolean {
  const raw = String(replyBody ?? "");
  const body = unescapeHtmlQuotes(raw);
  const lines = (body === raw ? bodyLines : undefined) ?? (body.includes("\r") ? body.replace(/\r\n?/g, "\n") : body).split("\n");
  const segments = segmentLines(lines, [], false);
  const { first, last } = contentBlocks(segments);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg?.type === "own" && cleanOwnText(seg.lines, i === last, i === first, sender)) return true;
  }
  return false;
}

const ESCAPED_QUOTE_LINE_RE = /^[ \t]?&gt;/gm;
const QUOTE_LINE_RE = /^[ \t]?>/gm;
const CLOSING_TAGS_LINE_RE = /^(?:<\/[^<>\s]{1,200}>)+[ \t]*$/gm;
const ENTITY_RE = /&(?:(gt|lt|quot|apos|nbsp|amp)|#(\d{1,6})|#x([0-9a-f]{1,6}));/gi;
const NAMED_ENTITIES: Record<string, string> = { gt: ">", lt: "<", quot: '"', apos: "'", nbsp: " ", amp: "&" };

/**
 * Coremail and some webmail clients send the quoted mail HTML-escaped in the text/plain part ("&gt; &gt; +  if (x &amp;&amp; y)",
 * "&nbsp;"): read as written, every quoted line would be the reviewer's own text and no quote
 * would match the patch. A body whose quote marks are mostly escaped is unescaped (one pass: "&amp;gt;" stays "&gt;").
 */
export function unescapeHtmlQuotes(body: string): string {
  if (!body.includes("&gt;")) return body;
  const escaped = body.match(ESCAPED_QUOTE_LINE_RE)?.length ?? 0;
  if (escaped < 2 || escaped < (body.match(QUOTE_LINE_RE)?.length ?? 0)) return body;
  // Such a client's HTML-to-text step also leaves the closing tags of the addresses it took for tags
  // ("</ann@example.org></bob@example.org>") on a line of their own at the end.
  return body.replace(CLOSING_TAGS_LINE_RE, "").replace(ENTITY_RE, (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex ?? "", 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Indexes of the first and the last own block with any text (-1 when none). */
function contentBlocks(segments: Segment[]): { first: number; last: number } {
  let first = -1;
  let last = -1;
  segments.forEach((seg, i) => {
    if (seg.type !== "own" || !hasContent(seg.lines)) return;
    if (first < 0) first = i;
    last = i;
  });
  return { first, last };
}

// The robot's opening over the years: "I love your patch! Yet something to improve:" (to 2022), "Thank you for
// the patch! Perhaps something to improve:", "kernel test robot noticed the following build errors:" (2023 on).
const BOT_HEADLINE_RE =
  /^(?:kernel test robot noticed\b.*|(?:thank you for|thanks for|i love) (?:the|your) patch! (?:yet|perhaps) something to improve:?)\s*$/i;
// Its report on a commit already in a tree: "tree:   <url> <branch>", "head:   <sha>", "commit: <sha> [8/12]
// <title>" (under "First bad commit (maybe != root cause):" when bisected): the commit line heads the remark.
const BOT_TREE_RE = /^tree:\s+\S+/;
const BOT_HEAD_RE = /^head:\s+[0-9a-f]{7,}\b/;
const BOT_COMMIT_RE = /^commit:\s+[0-9a-f]{7,}\b.*$/;
const BOT_DIAGNOSTIC_RE = /\b(?:error|warning)\b:/i;
const BOT_MAX_DIAGNOSTICS = 8;
const BOT_MAX_LINE = 300;
// The robot lists what each checker found under a header of its own: "All errors (new ones prefixed by >>):",
// "sparse warnings: (new ones prefixed by >>)", "smatch warnings:", "New smatch warnings:", "cocci warnings:",
// "clang-analyzer warnings:". "Old smatch warnings:" were there before the patch. Some 2020 reports show the
// script that printed the header: 'echo "sparse warnings: (new ones prefixed by >>)"'.
const BOT_SECTION_RE =
  /^(?:echo\s+)?"?(all|new|old)?\s*(?:[\w-]+\s)?(?:errors?|warnings?|error\/warnings?)\s*(\([^)]*\))?\s*:\s*(\(new ones prefixed by >>[^)]*\))?"?$/i;
// A checker's finding at a place in the tree: "drivers/tty/foo.c:3651 probe() warn: ..." (smatch), "foo.c:41:21: sparse: ...".
const BOT_LOCATION_RE = /^[\w./+-]+\.\w+:\d+\b/;

/**
 * A build robot's report ("kernel test robot noticed the following build errors:") is one remark: its
 * headline and compiler diagnostics. Its `>`-marked source listing is not the patch quoted back, so the
 * usual quote/own split would cut it into dozens of code fragments.
 */
function botReport(lines: readonly string[]): string | null {
  let headline: string | null = null;
  for (let i = 0; i < Math.min(lines.length, 12) && !headline; i++) {
    const l = (lines[i] ?? "").trim();
    // A person's answer above the robot's mail that they include whole ("-----Original Message-----",
    // "From: kernel test robot"): their remark, not the report, is the reply.
    if (HEADER_FROM_RE.test(l) || isOriginalMessageLine(l) || FORWARDED_RE.test(l)) break;
    if (BOT_HEADLINE_RE.test(l)) headline = l;
    else if (BOT_TREE_RE.test(l) && BOT_HEAD_RE.test((lines[i + 1] ?? "").trim()) && BOT_COMMIT_RE.test((lines[i + 2] ?? "").trim())) {
      headline = (lines[i + 2] ?? "").trim().replace(/\s+/g, " ");
    }
  }
  if (!headline) return null;
  const diagnostics = botSectionDiagnostics(lines);
  if (diagnostics.length === 0) {
    for (const raw of lines) {
      if (raw === "-- " || raw === "--") break;
      const l = raw.replace(/^[\s>]+/, "").trim();
      if (l.length > BOT_MAX_LINE || !BOT_DIAGNOSTIC_RE.test(l) || diagnostics.includes(l)) continue;
      if (/^\[(?:auto )?build test|^\|/.test(l)) continue;
      diagnostics.push(l);
      if (diagnostics.length >= BOT_MAX_DIAGNOSTICS) break;
    }
  }
  return [headline, ...diagnostics].join("\n");
}

/**
 * The findings listed under the report's checker headers: the ">>"-marked (new) lines where the header
 * says new ones are so marked, else the lines giving a place in the tree. A section ends at a blank line
 * below its findings or at the source listing ("vim +41 foo.c"); "old" sections are skipped.
 */
function botSectionDiagnostics(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < BOT_MAX_DIAGNOSTICS; i++) {
    const raw = lines[i] ?? "";
    if (raw === "-- " || raw === "--") break;
    const head = raw.length <= 120 ? BOT_SECTION_RE.exec(raw.trim()) : null;
    if (!head) continue;
    const marked = /prefixed by >>/i.test(raw);
    const old = /^old$/i.test(head[1] ?? "");
    const found: { text: string; fresh: boolean }[] = [];
    let k = i + 1;
    for (; k < lines.length; k++) {
      const l = lines[k] ?? "";
      if (l.trim() === "") {
        if (found.length || k > i + 2) break;
        continue;
      }
      if (l === "-- " || l === "--" || /^vim \+/.test(l) || (l.length <= 120 && BOT_SECTION_RE.test(l.trim()))) break;
      if (/^\s*<</.test(l)) continue; // "old ones prefixed by <<"
      // The robot marks a line ">> " at the margin; an indented ">>>" is the linker's own ("ld.lld: ... >>> referenced by").
      const fresh = marked && /^>>(?!>)/.test(l);
      let text = (fresh ? l.slice(2) : l).trim();
      // clang spells out whole type expressions: keep the start of such a line, not nothing.
      if (text.length > BOT_MAX_LINE) text = `${text.slice(0, BOT_MAX_LINE - 1)}…`;
      // Unmarked compiler lines stay (an error the patch causes away from its lines is unmarked); in an
      // unmarked checker section, every line naming a place is a finding.
      if (fresh || (marked ? BOT_DIAGNOSTIC_RE.test(text) : BOT_LOCATION_RE.test(text))) found.push({ text, fresh });
    }
    i = k - 1;
    if (old) continue;
    // Too many for the remark: the ">>"-marked (new) findings go first.
    const room = BOT_MAX_DIAGNOSTICS - out.length;
    const freshCount = new Set(found.filter((d) => d.fresh && !out.includes(d.text)).map((d) => d.text)).size;
    let unmarkedRoom = Math.max(0, room - freshCount);
    for (const d of found) {
      if (out.length >= BOT_MAX_DIAGNOSTICS || out.includes(d.text)) continue;
      if (!d.fresh && unmarkedRoom-- <= 0) continue;
      out.push(d.text);
    }
  }
  return out;
}

const UNKEPT_QUOTE: QuotedLine = { depth: 1, text: "" };

/**
 * Outlook for Mac quotes by indenting: "On 2021/4/12, 8:55 PM, "Ann" <ann@example.org> wrote:" then the
 * quoted mail shifted four spaces or a tab (its own ">" marks kept inside), the answer at the left margin.
 * The indented lines right below a dated attribution are quotes ("> " in front); when such a block starts with
 * a ">" mark or another attribution, the mail quotes this way throughout and every indented line is one
 * (lines of a few spaces then ">" too). Mails without such a block come back as they are.
 */
function requoteIndented(lines: readonly string[]): readonly string[] {
  let starts: Set<number> | null = null;
  let throughout = false;
  for (let i = 0; i < lines.length; i++) {
    const next = indentedBlockAfter(lines, i);
    if (next < 0) continue;
    (starts ??= new Set()).add(next);
    const first = (lines[next] ?? "").replace(INDENT_RE, "").trim();
    if (first.startsWith(">") || (first.length <= 200 && WROTE_RE.test(first))) throughout = true;
  }
  if (!starts) return lines;
  const out: string[] = [];
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const l = (lines[i] ?? "").replace(/^\ufeff/, "");
    if (starts.has(i)) inBlock = true;
    else if (l.trim() !== "" && !INDENT_RE.test(l)) inBlock = false;
    if ((inBlock || throughout) && INDENT_RE.test(l) && l.trim() !== "") out.push(`> ${l.replace(INDENT_RE, "")}`);
    else out.push(throughout && SPACED_MARK_RE.test(l) ? l.trimStart() : l);
  }
  return out;
}
const INDENT_RE = /^(?: {4}|\t)/;
const SPACED_MARK_RE = /^ {2,3}>/;

/** For an attribution line at `i`: the index of the indented line it introduces (blank lines between), else -1. */
function indentedBlockAfter(lines: readonly string[], i: number): number {
  const line = (lines[i] ?? "").trim();
  if (line.length > 200 || !(line.endsWith(":") || line.endsWith("：") || line.endsWith("wrote"))) return -1;
  // Dated, as mail clients write it: "The commit said:" or "I wrote:" above an indented excerpt is a remark.
  if (!/\d/.test(line) || !WROTE_RE.test(line)) return -1;
  for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
    const l = lines[k] ?? "";
    if (l.trim() === "") continue;
    return INDENT_RE.test(l) || /^ {2,3}>/.test(l) ? k : -1;
  }
  return -1;
}

/** `keepQuotes` false: quote runs keep their shape but not their lines (a shared placeholder instead). */
function segmentLines(rawLines: readonly string[], trailers: Trailer[], keepQuotes: boolean): Segment[] {
  const lines = requoteIndented(rawLines);
  const segments: Segment[] = [];
  let inSignature = false;
  for (let i = 0; i < lines.length; i++) {
    const line0 = lines[i] ?? "";
    // "...>   \t/*": Thunderbird's cut mark run onto the quote line it stands above is that quote line.
    const raw = (line0.charCodeAt(0) === 46 /* . */ || line0.charCodeAt(0) === 0x2026) && ELIDED_QUOTE_RE.test(line0) ? line0.replace(ELIDED_QUOTE_RE, ">") : line0;
    if (isQuoteLine(raw)) {
      const q = keepQuotes ? splitQuote(raw) : UNKEPT_QUOTE;
      inSignature = false;
      const prev = segments[segments.length - 1];
      if (prev?.type === "quote") prev.lines.push(q);
      else if (prev?.type === "own" && !hasContent(prev.lines) && !prev.lines.includes(ELISION_MARK)) {
        // Blank or attribution-only own lines do not split a quote run.
        segments.pop();
        const before = segments[segments.length - 1];
        if (before?.type === "quote") before.lines.push(q);
        else segments.push({ type: "quote", lines: [q] });
      } else segments.push({ type: "quote", lines: [q] });
      continue;
    }
    if (inSignature) continue;
    // Outlook puts a byte-order mark before its attribution ("\ufeffOn 9/3/23, 6:52 AM, ... wrote:").
    const line = (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).trimEnd();
    // "Something like:\n--\ndiff --git a/... b/...": a bare "--" over the diff the reviewer proposes separates
    // the patch, it does not open a signature.
    if ((line === "--" || line === "-- ") && !DIFF_START_RE.test(lines[i + 1] ?? "")) {
      inSignature = true;
      continue;
    }
    // Outlook's "-----Original Message-----", a forwarded mail, a pasted `git format-patch` file: what
    // follows (the answered mail, often with its whole patch) is someone else's text. When that mail is
    // `>`-quoted (answered inline, "[Ann]: will fix"), its header is only an attribution.
    const header = ownTextEnd(lines, i) ?? includedHeaderEnd(lines, i);
    if (header !== null) dropSeparatorAbove();
    if (header === "end") break;
    if (header !== null) {
      i = header;
      continue;
    }
    let kept: string = line;
    if (ELISION_RE.test(line)) kept = ELISION_MARK;
    else if (MUTT_ATTRIBUTION_RE.test(line)) kept = "";
    else if (line.startsWith("* ") && GNUS_ATTRIBUTION_RE.test(line) && isAttribution(lines, i)) kept = "";
    else if (line.startsWith("Quoting ") && QUOTING_ATTRIBUTION_RE.test(line) && isAttribution(lines, i)) kept = "";
    else if ((line.includes(":") || line.includes("：") || line.endsWith("wrote")) && WROTE_RE.test(line) && (isAttribution(lines, i) || opensQuotingMail(lines, i, segments))) {
      kept = "";
      dropOpeningOnLine(line);
    } else if ((line.endsWith(":") || line.endsWith("：")) && DATED_ADDRESS_RE.test(line) && line.length <= 200 && isAttribution(lines, i)) {
      kept = "";
    } else if (line.endsWith(":") && line.length <= 200 && (DATED_ON_WROTE_RE.test(line) ? standsAlone(lines, i) || ADDRESSED_RE.test(line) || CLOCK_TIME_RE.test(line) : WROTE_ON_OPEN_RE.test(line) && CLOCK_TIME_RE.test(line))) {
      // Dated and naming the quoted person's address, or giving the hour: an attribution even with the
      // answer (or the quoted mail its client failed to mark) right below it. Claws Mail's "ann@example.org
      // wrote on Mon, 22 Jul 2019 07:56:21 +0200:" too, over a remark on the subject before the quote.
      kept = "";
    } else if (line.endsWith(":") && WROTE_RE.test(line) && (standsAlone(lines, i) || ADDRESSED_RE.test(line)) && wrappedDatedOpening(lines[i - 1] ?? "")) {
      // "On Wed, 8 Jan 2020 12:34:48 +0100\nAnn <ann@example.org> wrote:" with the quote cut.
      kept = "";
      dropOpeningOnLine(line);
    } else if (ADDRESS_ONLY_RE.test(line) && /\d/.test(lines[i - 1] ?? "") && !isQuoteLine(lines[i - 1] ?? "") && isAttribution(lines, i)) {
      // "Den tor. 24. sep. 2020 kl. 09.47 skrev Ann Writer\n<ann@example.org>:", "Am Do., 27. Mai 2021 um
      // 10:45 Uhr schrieb Ann\n<addr>:": the address wrapped onto its own line.
      kept = "";
      const prev = segments[segments.length - 1];
      if (prev?.type === "own" && prev.lines.length > 0 && (prev.lines[prev.lines.length - 1] ?? "").length <= 160) prev.lines.length -= 1;
    } else if ((line.endsWith(":") || line.endsWith("：")) && WRAPPED_DATE_TAIL_RE.test(line) && WROTE_ON_OPEN_RE.test(lines[i - 1] ?? "") && (isAttribution(lines, i) || CLOCK_TIME_RE.test(lines[i - 1] ?? ""))) {
      kept = "";
      const prev = segments[segments.length - 1];
      if (prev?.type === "own" && prev.lines.length > 0) prev.lines.length -= 1;
    } else {
      let t = ownTrailer(line);
      // "Reviewed-by: Ann Long-Name\n<ann@example.org>": the address wrapped onto the next line.
      if (!t && line.length <= 120 && /-by:\s*\S/i.test(line) && WRAPPED_ADDRESS_RE.test(lines[i + 1] ?? "")) {
        t = ownTrailer(`${line} ${(lines[i + 1] ?? "").trim()}`);
        if (t) i++;
      }
      if (t) {
        trailers.push(t);
        // Only review tags are led into ("With that fixed:"); "This needs a Fixes tag:" is a remark.
        kept = isPersonTrailerKey(t.kind) ? TRAILER_MARK : "";
      }
    }
    const prev = segments[segments.length - 1];
    if (prev?.type === "own") prev.lines.push(kept);
    else segments.push({ type: "own", lines: [kept] });
  }
  return segments;

  // The "________" line Outlook draws over an included mail's header belongs to the header.
  function dropSeparatorAbove(): void {
    const prev = segments[segments.length - 1];
    if (prev?.type !== "own") return;
    let k = prev.lines.length;
    while (k > 0 && (prev.lines[k - 1] ?? "").trim() === "") k--;
    if (k > 0 && SEPARATOR_LINE_RE.test(prev.lines[k - 1] ?? "")) prev.lines.length = k - 1;
  }

  // "On <date>, <name>\n<addr> wrote:" (or "pon., 23 mar 2020 o 22:31 <name>\nnapisał(a):") wraps: drop
  // the first half already pushed: the line right above when it starts like an attribution, or when it opens
  // its paragraph with a date and the "wrote:" line has none (so "Applied to 6.1.\nOn Mon, 2 Jan ..." stays).
  function dropOpeningOnLine(wroteLine: string): void {
    const prev = segments[segments.length - 1];
    if (prev?.type !== "own") return;
    const k = prev.lines.length - 1;
    const l = prev.lines[k] ?? "";
    const above = k > 0 ? (prev.lines[k - 1] ?? "") : "";
    if (l.trim() === "" || l === ELISION_MARK || l === TRAILER_MARK) return;
    if (l.length > 120 || /[.!?]\s*$/.test(l)) return;
    const opensParagraph = above.trim() === "" || above === ELISION_MARK || above === TRAILER_MARK;
    if (ATTRIBUTION_OPENING_RE.test(l) || (opensParagraph && /\d/.test(l) && !/\d/.test(wroteLine))) prev.lines.length = k;
  }
}

const WRAPPED_ADDRESS_RE = /^\s*<[^<>\s@]+@[^<>\s]+>\s*$/;
/** The first line of a diff: git's header, or a plain diff's old-file line. */
const DIFF_START_RE = /^(?:diff --git a\/|--- a\/|Index: \S)/;

/**
 * "Jonathan Cameron wrote:" or "June 21, 2024 at 6:34 PM, "Ann" <ann@example.org> wrote:" as the mail's first
 * line, with the answer and then the quoted mail below it: an attribution over the whole reply.
 */
function opensQuotingMail(lines: readonly string[], i: number, segments: Segment[]): boolean {
  const line = lines[i] ?? "";
  if (line.length > 200 || !/wrote\s*:\s*$/i.test(line)) return false;
  // Who wrote it: a name ("Ann Writer wrote:"), or a date with the address; "Here is what I wrote:" is prose.
  const who = line.replace(/\s*wrote\s*:\s*$/i, "").trim();
  if (!/^\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){0,3}$/u.test(who) && !(/\d/.test(who) && ADDRESSED_RE.test(who))) return false;
  if (segments.some((seg) => seg.type === "quote" || seg.lines.some((l) => l.trim() !== ""))) return false;
  for (let k = i + 1; k < lines.length; k++) if (isQuoteLine(lines[k] ?? "")) return true;
  return false;
}

/** "---------- Forwarded message ---------" (Gmail), "-------- Forwarded Message --------", "Begin forwarded message:". */
const FORWARDED_RE = /^(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:)$/i;

/** "From: Ann <ann@example.org>", "Sent: Monday, ...": the header lines Outlook and Gmail write over the mail they include. */
const INCLUDED_HEADER_RE = /^(?:from|sent|date|to|cc|subject|reply-to|importance)\s*:/i;
const MAX_INCLUDED_HEADER = 20;

/**
 * At an "Original Message" or forwarded-message line (`i`): "end" when the mail below it is included
 * as it was (not `>`-quoted), or the index of its header's last line when the mail is quoted; null for
 * any other line. A pasted `git format-patch` file always ends the own text.
 */
function ownTextEnd(lines: readonly string[], i: number): "end" | number | null {
  const line = (lines[i] ?? "").trim();
  if (line.length > 80 || !(line.includes("---") || line.startsWith("From ") || line.startsWith("Begin "))) return null;
  if (isFormatPatchStart(line)) return "end";
  if (!isOriginalMessageLine(line) && !FORWARDED_RE.test(line)) return null;
  let k = i + 1;
  let last = i;
  for (; k < lines.length && k <= i + MAX_INCLUDED_HEADER; k++) {
    const l = lines[k] ?? "";
    if (l.trim() === "") continue;
    // A header value wrapped onto an indented line ("To: a, b,\n    c") belongs to the header.
    if (INCLUDED_HEADER_RE.test(l.trim()) || (last > i && /^\s/.test(l) && !isQuoteLine(l))) {
      last = k;
      continue;
    }
    break;
  }
  return k < lines.length && isQuoteLine(lines[k] ?? "") ? last : "end";
}

/** The "From:" line of a header block Outlook writes over an included mail, in the languages seen on lists. */
const HEADER_FROM_RE = /^(?:from|von|de|da|van|od|fr\u00e5n|\u53d1\u4ef6\u4eba)\s*[:\uff1a]\s*\S/i;
/** Outlook's "Sent" in the languages seen on lists (Chinese, with its own colon, only as a line of its own). */
const SENT_WORDS = "sent|gesendet|envoy\u00e9|enviado|inviato|verzonden|wys\u0142ano|skickat";
/** Its date line: "Sent:" is Outlook's own (a pasted patch has "Date:"). */
const HEADER_SENT_RE = new RegExp(`^(?:${SENT_WORDS}|\u53d1\u9001\u65f6\u95f4)\\s*[:\uff1a]`, "i");
const HEADER_DATE_RE = /^(?:date|datum|fecha|data|\u65e5\u671f)\s*[:\uff1a]/i;
/** The date field on the "From:" line itself, and what follows it. */
// ("From: ann@example.org <ann@example.org>Sent: ...": some copies lose the space after the address.)
const INLINE_SENT_RE = new RegExp(`(?:\\s|(?<=>))(?:${SENT_WORDS})\\s*:\\s*(.*)$`, "i");
const HEADER_OTHER_RE =
  /^(?:to|cc|subject|reply-to|importance|an|betreff|\u00e0|objet|para|asunto|a|oggetto|aan|onderwerp|do|temat|dw|till|\u00e4mne|kopie|\u6536\u4ef6\u4eba|\u6284\u9001|\u4e3b\u9898)\s*[:\uff1a]/i;

/**
 * At a "From:" line (`i`) opening a header block ("From:", "Sent:", "To:", "Subject:", no "Original
 * Message" line above): the index of its last line when a `>`-quoted mail follows (an attribution);
 * "end" when an unquoted mail follows an Outlook "Sent:" block (the included mail); null otherwise.
 */
function includedHeaderEnd(lines: readonly string[], i: number): "end" | number | null {
  const first = lines[i] ?? "";
  if (first.length > 200 || !HEADER_FROM_RE.test(first)) return null;
  let sent = false;
  let dated = false;
  let last = i;
  let k = i + 1;
  // Outlook's one-line form, "From: Ann <ann@example.org> Sent: Monday, December 8, 2025 9:11 PM" (Michael
  // Kelley's and most Microsoft reviewers' replies on linux-hyperv: 1,689 remarks were only this line), its
  // date sometimes wrapped onto the next line.
  const inlineSent = INLINE_SENT_RE.exec(first);
  if (inlineSent) {
    sent = /\d/.test(inlineSent[1] ?? "");
    const next = lines[k] ?? "";
    if (!sent && next.trim() !== "" && next.length <= 40 && /\d/.test(next) && !isQuoteLine(next)) {
      sent = true;
      last = k++;
    }
  }
  // The fields below "From:" may be quoted with the mail they head ("From: Ann\n> Sent: 04 May 2031 16:38\n>
  // To: ...\n> \n> On ... wrote:", David Laight's replies): the "From:" line alone is left unquoted.
  let quotedFields = false;
  let prevField = first;
  for (; k < lines.length && k <= i + MAX_INCLUDED_HEADER; k++) {
    const raw = lines[k] ?? "";
    const quoted = isQuoteLine(raw);
    const q = quoted ? splitQuote(raw) : null;
    if (q && q.depth > 1) break;
    const l = (q ? q.text : raw).trim();
    // The date line carries a date or a time ("Sent: Monday, June 8, 2031 8:58 AM").
    if (HEADER_SENT_RE.test(l)) sent ||= /\d/.test(l);
    else if (HEADER_DATE_RE.test(l)) dated ||= /\d/.test(l);
    else if (HEADER_OTHER_RE.test(l)) {
      // A field: below it, an address list may go on.
    } else if (l === "") break;
    // A value wrapped onto an indented line ("To: a, b,\n    c"), or Gmail's address list wrapped at the
    // margin below a line ending in a comma or semicolon ("Cc: Ann <ann@example.org>,\n<bob@example.org>, Carl").
    else if (!(k > i + 1 && (/^\s/.test(q ? q.text : raw) || /[,;]\s*$/.test(prevField)))) break;
    if (quoted) quotedFields = true;
    prevField = l;
    last = k;
  }
  // Block ends at the first other line; only blank lines may stand between it and what it introduces.
  if (!sent && !dated) {
    // "From: Ann <ann@example.org>" right over the quote (or over its quoted "> Subject:"), its date line cut:
    // the quote's attribution.
    if (!ADDRESSED_FROM_RE.test(first)) return null;
    return quotedFields || (last === i && isQuoteLine(lines[i + 1] ?? "")) ? last : null;
  }
  // Its date field quoted below an unquoted "From:": the attribution of the quote it opens.
  if (quotedFields) return last;
  while (k < lines.length && (lines[k] ?? "").trim() === "") k++;
  if (k < lines.length && isQuoteLine(lines[k] ?? "")) return last;
  // Over an unquoted mail, a whole Outlook block ("From:", "Sent:", "To:"/"Subject:"), not two prose lines.
  if (sent && last >= i + 2) return "end";
  // The dated one-line form with the answer below it and the quote further down ("From: Ann <addr> Sent:
  // Monday, ...\n\nSame comment as on patch 1.\n\n> ..."): its attribution still, the quote under it cut.
  if (inlineSent && sent && lines.slice(k).some(isQuoteLine)) return last;
  return null;
}
/**
 * A "From:" line giving only who: "From: Ann Author <ann@example.org>", "From: ann@example.org", or as
 * lore.kernel.org's page shows a message, "From: Ann Author @ 2031-01-22 20:49 UTC (permalink / raw)".
 */
const ADDRESSED_FROM_RE =
  /^(?:from|von|de|da|van|od|fr\u00e5n|\u53d1\u4ef6\u4eba)\s*[:\uff1a]\s*(?:[^<>:\s][^<>:]{0,80}<[^<>\s@]+@[^<>\s]+>|<[^<>\s@]+@[^<>\s]+>|[^<>\s@:]+@[\w.-]+\.[a-z]{2,}|[^<>:\s][^<>:]{0,80}\s@\s+\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}\s+UTC(?:\s*\(permalink[^)]*\))?)\s*$/i;

const ELISION_MARK = "\u0000elision";
/** How the first half of a wrapped attribution starts: "On", "Am", "Le", "El", "Il", "Em", "Op", "Den", "W dniu". */
const ATTRIBUTION_OPENING_RE = /^(?:On|Am|Le|El|Il|Em|Op|Den|Dne|W dniu|Quoting|Citando)\s/;
/** Where an own trailer stood: cleanOwnText drops the prose that only leads into it. */
const TRAILER_MARK = "\u0000trailer";

function hasContent(lines: string[]): boolean {
  return lines.some((l) => l !== ELISION_MARK && l !== TRAILER_MARK && l.trim() !== "");
}

// An attribution line is short prose right before a quote (blank lines and an elision such as "[ ... ]"
// allowed between: "On 10/7/19, X wrote:\n[ ... ]\n> ...").
// A dated or addressed one may have the greeting between ("Ann <ann@example.org> writes:\n\nHello Ann,\n\n> ...").
function isAttribution(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? "";
  if (line.length > 200) return false;
  const greetable = /\d|<[^<>\s@]+@[^<>\s]+>/.test(line);
  let greeted = false;
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k] ?? "";
    if (l.trim() === "" || ELISION_RE.test(l)) continue;
    // The greeting is the first words below it, blank lines between ("...<addr>:\n\n\nHi Ann,\n\n> ...").
    if (greetable && !greeted && k <= i + 4 && l.length <= 40 && GREETING_RE.test(l.trim())) {
      greeted = true;
      continue;
    }
    return splitQuote(l).depth > 0;
  }
  return false;
}

/** "On Wed, 8 Jan 2020 12:34:48 +0100": the first half of a wrapped attribution, with its date. */
function wrappedDatedOpening(line: string): boolean {
  return line.length <= 120 && ATTRIBUTION_OPENING_RE.test(line) && /\d/.test(line) && !/[.!?]\s*$/.test(line);
}

// A dated "On ... wrote:" line with a blank line, a quote or the end of the mail below it: the writer
// cut the quote but kept its attribution (the remark starts in the next paragraph).
function standsAlone(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1];
  return next === undefined || next.trim() === "" || isQuoteLine(next);
}

/**
 * Own text without elisions, greetings, sign-offs, names after them and prose that only leads into a
 * trailer. `isLast`: the reply's last own block, the only place a bare signed name is dropped.
 */
function cleanOwnText(lines: string[], isLast: boolean, isFirst = false, sender?: Address | null, addressees?: readonly string[]): string {
  const out: string[] = [];
  for (const l of lines) {
    if (l === ELISION_MARK) continue;
    if (l === TRAILER_MARK) {
      dropTrailerLeadIn(out);
      out.push("");
      continue;
    }
    out.push(l.replace(/\s+$/, ""));
  }
  while (out.length && out[0]?.trim() === "") out.shift();
  if (out.length && GREETING_RE.test((out[0] ?? "").trim()) && (out[0] ?? "").trim().length <= 40) out.shift();
  else if (out.length && isFirst && (isSalutation(out) || greetsByName(out, addressees))) out.shift();
  // "Reviewed-by: Ann ...\n\nAnn.\n\nPS Please don't ...": the sender's name signed under the tag, with a postscript
  // below it. A block opening with the writer's own name and a blank line is signed, not saying anything.
  if (out.length > 2 && (out[1] ?? "").trim() === "" && out.slice(2).some((l) => l.trim() !== "") && isSenderSignature(out[0] ?? "", sender)) {
    out.shift();
    while (out.length && out[0]?.trim() === "") out.shift();
  }
  trimBlankEnd(out);
  if (isLast) dropConfidentialityNotice(out);
  if (isLast) dropCorporateFooter(out);
  if (isLast) dropSensitivityLabel(out);
  if (isLast) dropClosingAboveTrailer(out, sender);
  // "Patches look OK to me.--b.": a dash-signed initial run onto the last sentence.
  if (isLast && out.length && (out[out.length - 1] ?? "").includes("--")) out[out.length - 1] = (out[out.length - 1] ?? "").replace(STUCK_INITIAL_RE, "$1");
  // Sign-off: "Thanks," (or "Gr{oetje,eeting}s,") then at most two name lines, blank lines between.
  // Footnotes below the name stay: they are the references the remark points to.
  let names = 0;
  let footnotesFrom = out.length;
  while (footnotesFrom > 0 && (FOOTNOTE_RE.test((out[footnotesFrom - 1] ?? "").trim()) || (out[footnotesFrom - 1] ?? "").trim() === "")) footnotesFrom--;
  if (!out.slice(footnotesFrom).some((l) => FOOTNOTE_RE.test(l.trim()))) footnotesFrom = out.length;
  for (let k = footnotesFrom - 1; k >= 0; k--) {
    const l = (out[k] ?? "").trim();
    if (l === "" || SEPARATOR_RE.test(l)) continue;
    if (SIGNOFF_RE.test(l)) {
      // A lone "Thanks!" between quotes answers the quote; only the mail's last words are a sign-off.
      if (isLast || names > 0) out.splice(k, footnotesFrom - k, ...(footnotesFrom < out.length ? [""] : []));
      break;
    }
    // "Now queued up, thanks.\ngreg k-h": the closing ends a sentence that stays; the name goes.
    if (names > 0 && isLast && CLOSING_END_RE.test(l) && out.slice(k + 1, footnotesFrom).every((n) => !n.trim() || SHORT_NAME_RE.test(n.trim()))) {
      out.splice(k + 1, footnotesFrom - k - 1, ...(footnotesFrom < out.length ? [""] : []));
      break;
    }
    if (names >= 2 || !isSignedNameLine(l, sender)) break;
    names++;
  }
  trimBlankEnd(out);
  if (out.length && isLast && SIGNOFF_WITH_NAME_RE.test((out[out.length - 1] ?? "").trim())) {
    // Some sign twice ("BR, Jarkko\n\nBR, Jarkko"); "Thanks, applied." above one sign-off stays.
    const signed = (out.pop() ?? "").trim();
    trimBlankEnd(out);
    if ((out[out.length - 1] ?? "").trim() === signed) out.pop();
  }
  trimBlankEnd(out);
  // A slash-marked name is the signature: what is left above it is the remark ("WFM.\n\n/Ann").
  const marked = isMarkedSignature(out, isLast);
  if (marked) out.pop();
  trimBlankEnd(out);
  if (out.length && isNameLine(out[out.length - 1] ?? "") && /^-+\s?\S/.test((out[out.length - 1] ?? "").trim())) out.pop();
  trimBlankEnd(out);
  // "...\n\nGuenter" or "...\nChristian.": the mail's last line is the reviewer's bare name. Some sign a
  // summary above their inline remarks ("...\n\nJonathan" then quotes): there the name stands alone after
  // a blank line, without a period, below other text.
  const lastLine = out[out.length - 1] ?? "";
  if (!marked && out.length) {
    if (isLast && isBareSignedName(lastLine, out.filter((l) => l.trim()).length === 1)) out.pop();
    else if (isLast && isSignedInitials(lastLine, out)) out.pop();
    else if (isLast && isSignedInitial(out)) out.pop();
    else if (isLast && isLowercaseSignature(out)) out.pop();
    else if (out.length >= 3 && !isLast && (out[out.length - 2] ?? "").trim() === "" && !/[.!?:]\s*$/.test(lastLine) && isBareSignedName(lastLine, true)) out.pop();
  }
  trimBlankEnd(out);
  // "...\n\nNeilBrown", "...\n\nsteved.": the sender's own name, login or initials (signed twice at times).
  for (let n = 0; n < 2 && out.length && isSenderSignature(out[out.length - 1] ?? "", sender); n++) {
    const above = out.length >= 2 ? (out[out.length - 2] ?? "").trim() : "";
    if (out.length > 1 && above !== "" && !(isLast && /[.!?]$/.test(above))) break;
    out.pop();
    trimBlankEnd(out);
  }
  dropDashSignatureBeforePostscript(out);
  if (out.length && ADD_TRAILER_PROSE_RE.test((out[out.length - 1] ?? "").trim())) out.pop();
  trimBlankEnd(out);
  const text = out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return RULE_ONLY_RE.test(text) ? "" : text;
}

// "----", "^^^^", "=====" standing alone between quote runs: a rule or carets drawn to set quotes apart or
// point into the line above, with no word said.
const RULE_ONLY_RE = /^[-=_~^*#\s]{1,400}$/;

// "...thanks.--b.": sentence punctuation, two dashes and one to three letters closing the mail.
const STUCK_INITIAL_RE = /([.!?)])\s*--\s?\p{L}{1,3}\.?\s*$/u;

/**
 * A name line of a sign-off: a short name, the sender's own, or "Ann Writer | Company | Title". `strict`: the
 * name capitalised word by word ("Looks good" below a "Thanks!" is a remark).
 */
function isSignedNameLine(l: string, sender: Address | null | undefined, strict = false): boolean {
  if (isSenderSignature(l, sender)) return true;
  const bar = l.indexOf(" | ");
  const name = bar > 0 && l.length <= 200 ? l.slice(0, bar) : l;
  if (!isNameLine(name)) return false;
  if (!strict) return true;
  const words = name.replace(/^[-\u2013\u2014\s]+/, "").trim().split(/\s+/);
  return !REMARK_WORDS.has((words[0] ?? "").toLowerCase().replace(/\.$/, "")) && words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));
}
const NAME_PARTICLES = new Set("de van von der den la le da di du del".split(" "));

/**
 * "Kind regards,\n\nPaul\n\nPS: ...", "Cheers,\nAnn\n\n[1]\nhttps://...": a closing and one or two name
 * lines with more below them (a postscript, a footnote, a log). The closing and the name go; what follows
 * stays, a paragraph of its own. The closing opens its paragraph (or follows a finished sentence).
 */
function dropClosingAboveTrailer(out: string[], sender: Address | null | undefined): void {
  for (let k = out.length - 2; k >= 0; k--) {
    const l = (out[k] ?? "").trim();
    if (l === "" || l.length > 40 || !SIGNOFF_RE.test(l)) continue;
    const above = k > 0 ? (out[k - 1] ?? "").trim() : "";
    if (k > 0 && above !== "" && !/[.!?)]$/.test(above)) return;
    let j = k + 1;
    if ((out[j] ?? "").trim() === "") j++;
    let names = 0;
    while (j < out.length && names < 2 && (out[j] ?? "").trim() !== "" && isSignedNameLine((out[j] ?? "").trim(), sender, true)) {
      j++;
      names++;
    }
    // A blank line, then the rest: else the sign-off closes the mail (the loop below reads that) or is prose.
    if (names === 0 || j >= out.length || (out[j] ?? "").trim() !== "") return;
    if (!out.slice(j).some((x) => x.trim() !== "")) return;
    out.splice(k, j - k);
    return;
  }
}

/** What may follow a signed name in the same mail: a postscript, a pasted commit, a footnote. */
const AFTER_SIGNATURE_RE = /^(?:p\.?\s?s\.?\b|commit [0-9a-f]{7,}\b|-{3,}|\[\d+\]\s)/i;

/**
 * "...\n\n- Ted\n\nP.S. ...": a dash-signed name standing alone above a postscript or a pasted commit is the
 * signature, not the remark's last words (only the mail's last line was read as one before).
 */
function dropDashSignatureBeforePostscript(out: string[]): void {
  for (let k = 1; k < out.length - 1; k++) {
    const l = (out[k] ?? "").trim();
    if (!/^-{1,2}\s?\S/.test(l) || !isNameLine(l) || (out[k - 1] ?? "").trim() !== "") continue;
    // Below a finished sentence: after "Two things:" a "- Rename" is a list item.
    let prev = k - 1;
    while (prev >= 0 && (out[prev] ?? "").trim() === "") prev--;
    if (prev < 0 || !/[.!?)]\s*$/.test((out[prev] ?? "").trim())) continue;
    let next = k + 1;
    while (next < out.length && (out[next] ?? "").trim() === "") next++;
    if (next === k + 1 || next >= out.length || !AFTER_SIGNATURE_RE.test((out[next] ?? "").trim())) continue;
    out.splice(k, 1);
    return;
  }
}

// A mail footer's confidentiality notice ("This e-mail and any attachments may contain confidential material
// for the sole use of the intended recipient(s) ...", "IMPORTANT NOTICE: The contents of this email ... are
// confidential ... If you are not the intended recipient, please notify the sender"): a paragraph saying both
// that the mail is confidential or privileged and whom it is meant for. A remark about privileged code rarely
// speaks of an intended recipient or asks to delete the mail.
// The notice often comes twice, in English and the company's language ("... confidentielles ... Si vous n'êtes
// pas le destinataire ..."): a few translations of both halves.
const CONFIDENTIAL_RE = /\b(?:confidential|privileged|proprietary|confidentiel(?:le)?s?|vertraulich\w*|riservat\w*|confidencial\w*)\b/i;
const RECIPIENT_RE =
  /\b(?:intended (?:solely )?(?:recipient|addressee)s?|(?:named )?addressee\(?s?\)?|receive[ds]? this (?:e-?mail|message|communication|transmission) (?:in error|by mistake)|notify (?:the sender|us)|delete (?:this|the) (?:e-?mail|mail|message|original)|destinataire|exp\u00e9diteur|empf\u00e4nger|destinatario)/i;
const NOTICE_OPEN_RE =
  /^\W*(?:this (?:e-?mail|message|communication|transmission)|the (?:information|contents?)|important notice|confidentiality|notice|disclaimer|caution)\b/i;
const NOTICE_HEADING_RE = /^\W*(?:confidentiality|privacy|legal|important)\s+(?:note|notice|disclaimer)\W*$|^\W*disclaimer\W*$/i;
const NOTICE_MAX_LINES = 14;
const AFTER_NOTICE_MAX_LINES = 4;

/** Drops a confidentiality notice and the short lines below it (a company name, a link) from the last own block, in place. */
function dropConfidentialityNotice(out: string[]): void {
  // Below the English notice, or above it, its translation: drop notices until none is left.
  let dropped = false;
  for (let n = 0; n < 3 && dropOneNotice(out); n++) {
    dropped = true;
    dropSeparatorEnd(out);
    // "CONFIDENTIALITY NOTE:" on its own line above the notice.
    if (NOTICE_HEADING_RE.test(out[out.length - 1] ?? "")) {
      out.pop();
      trimBlankEnd(out);
      dropSeparatorEnd(out);
    }
  }
  if (!dropped) return;
  // Above the notice, the company's name under a rule ("-----\nIntel Finland Oy"): the same footer.
  let start = out.length;
  while (start > 0 && (out[start - 1] ?? "").trim() !== "") start--;
  const para = out.slice(start);
  if (para.length >= 2 && para.length <= 3 && SEPARATOR_LINE_RE.test(para[0] ?? "") && COMPANY_FORM_RE.test(`${para.slice(1).join(" ")} `)) {
    out.length = start;
    trimBlankEnd(out);
  }
}

const SEPARATOR_LINE_RE = /^\s*(?:_{5,}|-{5,}|={5,}|\*{5,})\s*$/;

function dropSeparatorEnd(out: string[]): void {
  while (out.length && SEPARATOR_LINE_RE.test(out[out.length - 1] ?? "")) {
    out.pop();
    trimBlankEnd(out);
  }
}

function dropOneNotice(out: string[]): boolean {
  let start = 0;
  for (let k = 0; k <= out.length; k++) {
    if (k < out.length && (out[k] ?? "").trim() !== "") continue;
    const para = out.slice(start, k);
    const text = para.join(" ");
    if (para.length > 0 && para.length <= NOTICE_MAX_LINES && CONFIDENTIAL_RE.test(text) && RECIPIENT_RE.test(text)) {
      const rest = out.slice(k).filter((l) => l.trim() !== "");
      // More text below: a notice in mid-mail (or its translation comes next) is not the footer.
      if (rest.length > AFTER_NOTICE_MAX_LINES) {
        start = k + 1;
        continue;
      }
      // The notice may share its paragraph with the sign-off above it ("Cheers\nAnn\nIMPORTANT NOTICE: ...").
      let from = start;
      const open = para.findIndex((l) => NOTICE_OPEN_RE.test(l) || CONFIDENTIAL_RE.test(l) || RECIPIENT_RE.test(l));
      if (open > 0) from = start + open;
      out.length = from;
      trimBlankEnd(out);
      return true;
    }
    start = k + 1;
  }
  return false;
}

// A company's legal footer below the sign-off ("Texas Instruments Finland Oy, Porkkalankatu 22, 00180
// Helsinki.\nY-tunnus/Business ID: 0615521-4. Kotipaikka/Domicile: Helsinki"): the mail's last paragraph,
// a few lines long, naming a registration the way only such footers do. A remark that mentions a
// business id in passing is longer, or not at the very end, or lacks the "label: value" shape.
const LEGAL_RE =
  /\b(?:business id|y-tunnus|kotipaikka|domicile|registered (?:office|address|in (?:england|scotland|ireland))|company (?:registration )?(?:no|number|reg)\.?|registration (?:no|number)|vat (?:no|number|reg)|handelsregister|registergericht|amtsgericht|sitz der gesellschaft|gesch\u00e4ftsf\u00fchr\w*|hrb \d+|kvk|org\.? ?nr|organisationsnummer)\b\.?\s*[:/]?/i;
const FOOTER_MAX_LINES = 6;
const COMPANY_FORM_RE = /\b(?:oyj?|ab|gmbh|ag|kg|ltd|limited|inc|llc|plc|b\.?v|n\.?v|s\.?a|s\.?r\.?l|s\.?p\.?a|a\/s|asa|kk|pty|corp(?:oration)?)\b\.?[,\s]/i;

/** Drops a trailing company footer paragraph (see LEGAL_RE) from the last own block, in place. */
function dropCorporateFooter(out: string[]): void {
  let start = out.length;
  while (start > 0 && (out[start - 1] ?? "").trim() !== "") start--;
  const para = out.slice(start);
  if (para.length === 0 || para.length > FOOTER_MAX_LINES || para.some((l) => l.length > 200)) return;
  // The legal line has a value after its label ("Business ID: 0615521-4", "Registered office: ...").
  if (!para.some((l) => LEGAL_RE.test(l) && /[:/]\s*\S|\b\d{4,}/.test(l))) return;
  // And it is a company's: a legal form ("Oy", "GmbH", "Ltd") or two registration labels.
  const text = para.join("\n");
  const labels = text.match(new RegExp(LEGAL_RE.source, "gi"))?.length ?? 0;
  if (!COMPANY_FORM_RE.test(text) && labels < 2) return;
  out.length = start;
  trimBlankEnd(out);
}

// The sensitivity label a mail client stamps under the mail ("CS Group - Document Interne", "Classification:
// Internal", "General Business", "Internal Use Only"): the mail's last paragraph, one line, no word of the writer's.
const SENSITIVITY_LABEL_RE =
  /^\W*(?:[\p{L}\d&.' ]{1,40}\s[-\u2013:|]\s*)?(?:document (?:interne|public|confidentiel|restreint|internal|general)|(?:classification|sensitivity)\s*:\s*(?:public|internal|general|confidential|restricted|limited)(?:\s+\w+){0,2}|(?:for\s+)?internal use only|general business(?: use)?)\W*$/iu;

/** Drops a trailing one-line sensitivity label (see SENSITIVITY_LABEL_RE) from the last own block, in place. */
function dropSensitivityLabel(out: string[]): void {
  const last = out[out.length - 1] ?? "";
  if (last.length > 80 || (out[out.length - 2] ?? "").trim() !== "" || !SENSITIVITY_LABEL_RE.test(last)) return;
  out.pop();
  trimBlankEnd(out);
}

// "With or without that:", "After cleanup you can add:": a short line ending in a colon right above a
// review tag (blank lines allowed between) only introduces it, as do "FWIW," and "With that" and a bare
// verdict cut short by the tag ("Looks good:"). A verdict with more to it ("LGTM, so:") stays a remark.
function dropTrailerLeadIn(out: string[]): void {
  let k = out.length - 1;
  while (k >= 0 && (out[k] ?? "").trim() === "") k--;
  const l = (out[k] ?? "").trim();
  if (k < 0 || l.length > 80) return;
  // "...this looks much more idiomatic and true\nto the atomic API, so:": the line ends a sentence begun
  // above it (it opens in lower case below an unfinished line, or with a symbol or a quote: "...and has\n
  // 'CONFIG_FOO=y', so:"); only its lead-in tail goes. A capital ("So:", "FWIW,") opens a lead-in of its own.
  const above = k > 0 ? (out[k - 1] ?? "").trim() : "";
  if (above !== "" && !/[.!?:;)]$/.test(above) && (/^\p{Ll}/u.test(l) || !/^\p{L}/u.test(l))) {
    if (!l.endsWith(":")) return;
    // "... through the MFD tree? If so:", "... anymore. With that:": a lead-in sentence of its own goes whole;
    // else the sentence ends here ("... a nice tidy up:", "... atomic API, so:") and only the colon goes.
    // "Feel free to add:" stays: it is the remark's verdict, an ack.
    const tail = /(?<=[.!?])\s+((?:\S+\s+){0,5}\S+:)\s*$/.exec(out[k] ?? "");
    if (tail) {
      const t = (tail[1] ?? "").trim();
      if (LEAD_IN_RE.test(t) || BARE_VERDICT_LEAD_IN_RE.test(t)) out[k] = (out[k] ?? "").slice(0, tail.index);
    } else out[k] = (out[k] ?? "").replace(/\s*,?\s*(?:(?:and )?so|then|hence|thus)?\s*:\s*$/i, ".");
    return;
  }
  if (LEAD_IN_RE.test(l) || BARE_VERDICT_LEAD_IN_RE.test(l)) {
    out.length = k;
    return;
  }
  // "Looking at the schematics it looks like you are correct. So:": the line's last sentence is the lead-in.
  const tail = /(?<=[.!?])\s+(\S+(?:\s+\S+){0,3}:)\s*$/.exec(out[k] ?? "");
  if (tail && LEAD_IN_RE.test((tail[1] ?? "").trim())) {
    out[k] = (out[k] ?? "").slice(0, tail.index);
    return;
  }
  // "The nit notwithstanding,", "With the nits above fixed,": a few words of their own, closed by a comma, setting
  // the remarks aside over the tag. ("For the extcon part," stays: it says what the tag covers.)
  if (l.endsWith(",") && (k === 0 || above === "")) {
    // "Alphabetical order please. With this fixed,": only the last sentence leads in.
    const tail = /(?<=[.!?])\s+([^.!?]{1,80},)\s*$/.exec(out[k] ?? "");
    const lead = tail ? (tail[1] ?? "").trim() : l;
    if (lead.split(/\s+/).length <= MAX_COMMA_LEAD_IN_WORDS && COMMA_LEAD_IN_RE.test(lead)) {
      if (tail) out[k] = (out[k] ?? "").slice(0, tail.index);
      else out.length = k;
      return;
    }
  }
  if (!l.endsWith(":") || /[.?!]\s/.test(l)) return;
  if (/\b(?:lgtm|looks (?:good|ok|okay|fine|sane|correct)|nice|great|good)\b/i.test(l)) return;
  out.length = k;
}

/** Most words of a comma-closed lead-in paragraph above a tag ("With the two nits above fixed,"). */
const MAX_COMMA_LEAD_IN_WORDS = 8;
/**
 * What such a lead-in says: the remarks set aside ("Regardless,", "Other than that,", "But either way,") or taken
 * as fixed ("With the issue Ann pointed out fixed,"), no verdict of its own ("Looks good,").
 */
const COMMA_LEAD_IN_RE =
  /^(?!.*\b(?:lgtm|looks?|nice|great|good|fine|happy|ok(?:ay)?)\b)(?:(?:but |and |so )?(?:regardless|anyway|anyhow|either way|in any case|other than that|apart from that|besides that|that said|having said that)\s*,$|.*\b(?:notwithstanding|aside|(?:with|once|after) [^,]{0,60}?\b(?:fixed|addressed|resolved|sorted(?: out)?|changed|taken care of|applied|in place))\b[^.?!;:]*,$)/i;

/** Words that only lead into what follows: "FWIW,", "With that fixed", "Otherwise:", "For the series,". */
const LEAD_IN_RE =
  /^(?:(?:fwiw|for what it'?s worth)(?:,?\s+(?:on|for)\s+(?:this|these|the|that|both|all)(?:\s+[\w-]+){0,3})?|otherwise|with (?:that|this|these|those)(?: (?:fixed|addressed|changed|done|resolved|sorted|updated|corrected|in place))?|with (?:or without|the above)(?: \w+){0,3}|in that case|if so|so|then|anyway|hence|thus|and|also|for (?:the|this) (?:whole |entire )?(?:series|set|patch(?:set)?|version)|for (?:all|both) (?:patches|of them))\s*[,:]?$/i;
/** A verdict with nothing after it but the tag's colon or comma: "Looks good:", "LGTM,". */
const BARE_VERDICT_LEAD_IN_RE =
  /^(?:lgtm|looks (?:good|ok|okay|fine|sane|correct|reasonable|right)(?: to me)?(?: now)?|(?:this )?looks (?:good|fine) (?:now|to me))\s*[,:]$/i;

// One or two capitalised words ("Guenter", "Geert Uytterhoeven", "Christian."), not a one-word remark.
// Alone in its block the name has no period: "Superfluous." alone is a remark.
function isBareSignedName(line: string, alone: boolean): boolean {
  if (alone && /[.!?]\s*$/.test(line)) return false;
  const t = line.replace(/\u00a0/g, " ").trim().replace(/\.$/, "");
  if (t.length === 0 || t.length > 30) return false;
  const words = t.split(/\s+/);
  if (words.length > 2) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}'-]*\p{Ll}[\p{Ll}'-]*$/u.test(w))) return false;
  const first = (words[0] ?? "").toLowerCase();
  if (words.length === 1 && /(?:ous|ful|less|ness|ment|able|ible)$/.test(first)) return false;
  return !REMARK_WORDS.has(first);
}

// "CJ" alone, or below the remark after a blank line: the reviewer's initials (the last block only).
function isSignedInitials(line: string, out: string[]): boolean {
  const t = line.trim();
  if (!INITIALS_RE.test(t) || NOT_INITIALS.has(t.replace(/\.$/, ""))) return false;
  return out.length === 1 || (out[out.length - 2] ?? "").trim() === "";
}

// "...more.\n\nJ.": one capital and a period, below a finished sentence and blank lines, or alone.
function isSignedInitial(out: string[]): boolean {
  if (!/^\p{Lu}\.$/u.test((out[out.length - 1] ?? "").trim())) return false;
  if (out.length === 1) return true;
  let k = out.length - 2;
  while (k >= 0 && (out[k] ?? "").trim() === "") k--;
  return k < out.length - 2 && (k < 0 || /[.!?)]\s*$/.test((out[k] ?? "").trim()));
}

// "/Jarkko", "//richard", "~Ann": a name behind a slash or a tilde, the block's last line: in the mail's last
// block anywhere, elsewhere alone or below a blank line. A single slash takes a capital ("/proc" is a path);
// no space after the mark ("// TODO").
const MARKED_NAME_RE = /^(?:\/\p{Lu}|\/\/\p{L}|~\p{L})[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)?$/u;
function isMarkedSignature(out: string[], isLast: boolean): boolean {
  const t = (out[out.length - 1] ?? "").trim();
  if (t.length > 30 || !MARKED_NAME_RE.test(t)) return false;
  return isLast || out.length === 1 || (out[out.length - 2] ?? "").trim() === "";
}

// "Mimi,\n\n...": the name the mail opens with, a line of its own above a blank line (or alone), is a
// salutation. Words that open a sentence ("Well,", "However,") are not names.
const SALUTATION_RE = /^\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+)?,$/u;
const OPENING_WORDS = new Set(
  ("however also actually anyway besides otherwise additionally furthermore moreover similarly likewise meanwhile " +
    "honestly frankly personally instead then now still first second third finally alternatively basically overall " +
    "ideally unfortunately fortunately regardless nevertheless nonetheless hmmm hmmmm yup sadly luckily btw fyi imho " +
    "imo note but and or because since although though thus hence therefore conversely alright apologies update " +
    "neat arghh ahh whoa yikes darn gotcha correction addendum ping reminder kindly").split(" "),
);
function isSalutation(out: string[]): boolean {
  const t = (out[0] ?? "").trim();
  if (!SALUTATION_RE.test(t) || SIGNOFF_RE.test(t) || (out.length > 1 && (out[1] ?? "").trim() !== "")) return false;
  const first = (t.split(/\s/)[0] ?? "").replace(/,$/, "").toLowerCase();
  return !REMARK_WORDS.has(first) && !OPENING_WORDS.has(first) && !first.endsWith("ly");
}

// "Andreas\n\n> ...", "David!\n\n...": the first name of the one the reply is to, alone on the mail's first line
// (with no comma, or with "!"), greets them. Only a known addressee's name: "Maybe\n\n<code>" or "Nice!" is a remark.
const BARE_GREETING_RE = /^(\p{Lu}[\p{Ll}'-]+)\s*[,!.:]?$/u;
function greetsByName(out: string[], addressees: readonly string[] | undefined): boolean {
  if (!addressees?.length || (out.length > 1 && (out[1] ?? "").trim() !== "")) return false;
  const m = BARE_GREETING_RE.exec((out[0] ?? "").trim());
  if (!m) return false;
  const name = (m[1] ?? "").toLowerCase();
  return addressees.some((a) => (a.trim().split(/\s+/)[0] ?? "").toLowerCase() === name);
}

// "...right?\n\ngreg k-h", "...kernel source.\n\nbaruch": some sign in lower case. Only below a finished
// sentence and a blank line, and not a word a reviewer writes alone ("ditto", "typo", "unsigned int"
// under "Use this:" ends in a colon above, so stays).
const LOWER_NAME_RE = /^[\p{Ll}][\p{Ll}'-]{1,15}(?: [\p{Ll}][\p{Ll}'-]{0,15})?$/u;
function isLowercaseSignature(out: string[]): boolean {
  const t = (out[out.length - 1] ?? "").trim();
  if (out.length < 3 || (out[out.length - 2] ?? "").trim() !== "" || !LOWER_NAME_RE.test(t)) return false;
  if (t.split(" ").some((w) => REMARK_WORDS.has(w) || CODE_WORDS.has(w))) return false;
  return /(?:[.!?)]|:-?[()DP])\s*$/.test((out[out.length - 3] ?? "").trim());
}
const CODE_WORDS = new Set("static const void int unsigned signed long short char bool struct enum union inline extern volatile return goto break continue".split(" "));

function isNameLine(l: string): boolean {
  // Mail clients put a no-break space between first and last name ("Michał\u00a0Mirosław").
  const t = l.replace(/\u00a0/g, " ").trim();
  if (t.length > 30) return false;
  return (/^[-\u2013\u2014]*\s?[\p{L}][\p{L}.' -]*$/u.test(t) && t.split(/\s+/).length <= 4) || MARKED_NAME_RE.test(t);
}

function trimBlankEnd(out: string[]): void {
  while (out.length && (out[out.length - 1] ?? "").trim() === "") out.pop();
}

// Person trailers need an address ("Reported-by: the CI bot" is prose); Cc/To are addressing, not review.
function ownTrailer(line: string): Trailer | null {
  const t = parseTrailerLine(line.trim());
  if (!t) return null;
  // A NAK is no tag to collect (attribute-trailers leaves it out): it stays in the reply's text, where it
  // is the reply's objection ("NAKed-by: …" may be all a maintainer writes).
  if (isNakTrailerKind(t.kind)) return null;
  if (isPersonTrailerKey(t.kind)) return t.kind !== "Cc" && t.kind !== "To" && !!t.person?.email ? t : null;
  return t.kind === "Fixes" || t.kind === "Link" || t.kind === "Closes" ? t : null;
}
