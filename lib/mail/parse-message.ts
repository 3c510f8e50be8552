// The one adapter around mailparser: every quirk of it is fixed here and nowhere else.
import { parseAddressHeader, simpleParser, type AddressObject, type Attachment, type EmailAddress, type ParsedMail } from "mailparser";
import { isAscii, isUtf8 } from "node:buffer";
import { boundedAddress, MAX_NAME } from "./bounded-address";
import { decodeFlowed } from "./decode-flowed";
import { decodeQuotedPrintable } from "./decode-quoted-printable";
import { decodeUtf7 } from "./decode-utf7";
import { htmlToText } from "./html-to-text";
import { normalizeMessageId, normalizeMessageIds, synthesizeMessageId } from "./normalize-message-id";
import { originalSender } from "./original-sender";
import { parseMailDate, parseReceivedDate } from "./parse-mail-date";
import { parseSimpleAddressList } from "./parse-simple-address-list";
import { inBodySubject } from "./in-body-subject";
import { fieldValue, readHeaderBlock, type HeaderBlock, type HeaderField } from "./read-header-block";
import { stripListFooter } from "./strip-list-footer";
import { hasDiff } from "./split-patch-body";
import type { Address, MailMessage } from "./types";

type Failure = { ok: false; reason: string };
export type ParseResult = { ok: true; message: MailMessage } | Failure;

const PARSER_OPTIONS = {
  // We never render mail: skip every text<->HTML conversion mailparser would do for us.
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  skipImageLinks: true,
  keepCidLinks: true,
  // Attachment checksums are unused; `false` skips hashing in mailparser 3.14.
  checksumAlgo: false as unknown as string,
} as const;

/** Bounds on header fields; real mail stays far below, fuzz (email-len, name-len) does not. */
const MAX_SUBJECT = 2000;
const MAX_HEADER_VALUE = 1000;
/** Headers later stages may read (X-Mailer, X-Patchwork-*, Change-Id...); the rest is delivery noise. */
const KEPT_HEADER_PREFIXES = ["x-patchwork-", "x-b4-", "list-", "x-git-"];
const KEPT_HEADERS = new Set([
  "x-mailer", "user-agent", "change-id", "x-change-id", "x-mailing-list", "mailing-list", "content-type",
  "organization", "archived-at", "delivered-to", "x-original-to", "x-mailman-version", "mime-version",
]);

const IDENTIFYING_HEADERS = ["from", "message-id", "date", "subject", "in-reply-to", "references"];

function stripMboxFromLine(bytes: Buffer): Buffer {
  // "From " (with the space) starts an mbox separator; a header line would have a colon instead.
  if (bytes.length < 5 || bytes.toString("latin1", 0, 5) !== "From ") return bytes;
  const nl = bytes.indexOf(0x0a);
  return nl < 0 ? Buffer.alloc(0) : bytes.subarray(nl + 1);
}

/**
 * Delivery headers nobody reads (ARC, DKIM, spam scores, Exchange stamps) are ~40% of the bytes of
 * lore mail; mailparser decodes each one. Dropping them before parsing saves ~20% of parse time.
 */
const NOISE_HEADER_RE =
  /^(?:arc-|dkim-signature|x-google-dkim|authentication-results|x-ms-|x-microsoft|x-forefront|x-spam|x-gm-|x-google-smtp|x-received|received-spf|x-mailbox|x-virus|x-proofpoint|x-ironport|feedback-id)/i;

function dropNoiseHeaders(bytes: Buffer): Buffer {
  const lf = bytes.indexOf("\n\n");
  const crlf = bytes.indexOf("\r\n\r\n");
  const end = lf < 0 ? crlf : crlf < 0 ? lf : Math.min(lf, crlf);
  if (end < 0) return bytes;
  const lines = bytes.toString("latin1", 0, end).split("\n");
  const kept: string[] = [];
  let keep = true;
  for (const line of lines) {
    if (line[0] !== " " && line[0] !== "\t") keep = !NOISE_HEADER_RE.test(line);
    if (keep) kept.push(line);
  }
  if (kept.length === lines.length) return bytes;
  return Buffer.concat([Buffer.from(kept.join("\n"), "latin1"), bytes.subarray(end)]);
}

/** Raw header values by lower-cased name, unfolded, in order of appearance. */
function rawHeaders(mail: ParsedMail): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { key, line } of mail.headerLines ?? []) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const value = noNul(line.slice(colon + 1).replace(/\r?\n/g, "")).trim();
    const k = key.toLowerCase();
    const list = map.get(k);
    if (list) list.push(value);
    else map.set(k, [value]);
  }
  return map;
}

function toAddress(a: EmailAddress): Address | null {
  const address = boundedAddress(noNul(a.name ?? ""), noNul(a.address ?? ""));
  return address.email || address.name ? address : null;
}

/**
 * mailparser drops RFC 5322 comments from display names, but people write `Ritesh Harjani (IBM)
 * <addr>` and sign trailers the same way: keep the comment when the raw header is plain text.
 */
function nameWithComment(raw: string | undefined, parsed: Address): Address {
  // Encoded words, 8-bit bytes and address lists are mailparser's job; only plain ASCII is re-read.
  if (!raw || raw.length > 500 || raw.includes("=?") || raw.includes(",") || /[^\x20-\x7e\t]/.test(raw)) return parsed;
  const lt = raw.lastIndexOf("<");
  if (lt <= 0) return parsed;
  const prefix = raw.slice(0, lt).replace(/\s+/g, " ").trim();
  if (!prefix.includes("(") || (prefix.startsWith('"') && prefix.endsWith('"'))) return parsed;
  return { ...parsed, name: prefix.replace(/"/g, "").slice(0, MAX_NAME) };
}

function addressList(field: AddressObject | AddressObject[] | undefined): Address[] {
  if (!field) return [];
  const out: Address[] = [];
  const stack: EmailAddress[] = [];
  for (const obj of Array.isArray(field) ? field : [field]) stack.push(...(obj.value ?? []).slice().reverse());
  // Groups nest addresses; walk them with a stack, never recursively.
  while (stack.length > 0 && out.length < 1000) {
    const a = stack.pop()!;
    if (a.group && a.group.length > 0) {
      stack.push(...a.group.slice().reverse());
      continue;
    }
    const addr = toAddress(a);
    if (addr && addr.email) out.push(addr);
  }
  return out;
}

function decodeText(content: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return content.toString("latin1");
  }
}

function isPatchAttachment(att: Attachment): string | null {
  const type = (att.contentType ?? "").toLowerCase();
  const name = (att.filename ?? "").toLowerCase();
  const named = name.endsWith(".patch") || name.endsWith(".diff");
  const textual = type.startsWith("text/") || type === "application/octet-stream" || type.includes("patch") || type.includes("diff");
  if (!named && !textual) return null;
  const text = decodeText(att.content).replace(/\r\n/g, "\n");
  return named || hasDiff(text) ? text : null;
}

/** A Date this far past the last relay's timestamp is a broken clock, not a slow network. */
const MAX_DATE_AHEAD_OF_RECEIVED_MS = 2 * 86_400_000;

function pickDate(headers: Map<string, string[]>): { date: Date | null; dateSource: MailMessage["dateSource"] } {
  const fromHeader = parseMailDate(headers.get("date")?.[0]);
  const received = headers.get("received") ?? [];
  if (fromHeader) {
    // A sender's clock decades ahead (real mail says 2085) would keep its series on top of every list
    // forever: when the last relay (the topmost Received) saw the mail days before the date it claims,
    // the relay's date is the truth. One Received is read: this runs for every message.
    const lastHop = firstReceivedDate(received);
    if (!lastHop || fromHeader.getTime() - lastHop.getTime() <= MAX_DATE_AHEAD_OF_RECEIVED_MS) return { date: fromHeader, dateSource: "header" };
    return { date: lastHop, dateSource: "received" };
  }
  let newest: Date | null = null;
  for (const value of received) {
    const d = parseReceivedDate(value);
    if (d && (!newest || d.getTime() > newest.getTime())) newest = d;
  }
  return newest ? { date: newest, dateSource: "received" } : { date: null, dateSource: "none" };
}

function firstReceivedDate(values: string[]): Date | null {
  for (const value of values) {
    const d = parseReceivedDate(value);
    if (d) return d;
  }
  return null;
}

function pickListId(value: string | undefined): string | null {
  if (!value) return null;
  const open = value.lastIndexOf("<");
  const close = open >= 0 ? value.indexOf(">", open) : -1;
  const id = (open >= 0 && close > open ? value.slice(open + 1, close) : value).trim();
  return id ? id.slice(0, MAX_HEADER_VALUE) : null;
}

function keptHeaders(headers: Map<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, values] of headers) {
    if (!KEPT_HEADERS.has(key) && !KEPT_HEADER_PREFIXES.some((p) => key.startsWith(p))) continue;
    const v = values[0];
    if (v !== undefined) out[key] = v.slice(0, MAX_HEADER_VALUE);
  }
  return out;
}

/** PostgreSQL text cannot hold NUL; fuzzed and broken mail carries it. */
function noNul(s: string): string {
  return s.includes("\u0000") ? s.replace(/\u0000/g, "") : s;
}

function pickBody(mail: ParsedMail): string {
  const text = typeof mail.text === "string" ? mail.text.replace(/\r\n?/g, "\n") : "";
  if (text.trim().length > 0) return text;
  if (typeof mail.html === "string" && mail.html.length > 0) return htmlToText(mail.html);
  return text;
}

/** Odd header blocks: mailparser reads the whole message (minus delivery noise), as it would alone. */
async function parseWhole(input: Buffer): Promise<ParseResult> {
  const mail = await simpleParser(dropNoiseHeaders(input), PARSER_OPTIONS);
  return buildMessage(input, rawHeaders(mail), {
    from: mailparserFrom(mail),
    subject: mail.subject,
    to: addressList(mail.to),
    cc: addressList(mail.cc),
    body: pickBody(mail),
    attachments: mail.attachments ?? [],
  });
}

/** Fields mailparser always decodes for us (encoded words, comments, MIME parameters). */
const DECODED_BY_MAILPARSER = new Set(["from", "subject", "content-type", "content-transfer-encoding", "mime-version"]);
/** What decoding a body depends on (parseMessageBody reads no other field). */
const BODY_FIELDS = new Set(["content-type", "content-transfer-encoding", "content-disposition", "mime-version"]);

/** Header values by lower-case name, in order, for the fields `wanted` accepts (all when absent). */
function headerMap(block: HeaderBlock, wanted?: (key: string) => boolean): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const field of block.fields) {
    if (wanted && !wanted(field.key)) continue;
    const value = noNul(fieldValue(field));
    const list = headers.get(field.key);
    if (list) list.push(value);
    else headers.set(field.key, [value]);
  }
  return headers;
}

/**
 * The common case, read with a clean header block in hand: address fields are read plainly or by mailparser's
 * synchronous address parser, and a single-part plain-text body in UTF-8 or ASCII (as is or quoted-printable,
 * fixed or format=flowed) is decoded here; mailparser's streaming parser is run only for an encoded or 8-bit
 * Subject, a repeated or 8-bit address field, and every other body (multipart, base64, other charsets,
 * attachments), with the MIME fields. lib/mail/parse-message.test.ts checks both paths read every corpus mail alike.
 */
async function parseWithHeaderBlock(input: Buffer, block: HeaderBlock): Promise<ParseResult> {
  const headers = headerMap(block);
  const body = input.subarray(block.bodyStart);
  const plainBody = plainTextBody(headers, body);
  const to = simpleAddresses(headers.get("to")) ?? decodedAddresses(block, "to");
  const cc = simpleAddresses(headers.get("cc")) ?? decodedAddresses(block, "cc");
  const plain = plainFrom(headers.get("from"));
  const from = plain === undefined ? decodedFrom(block) : plain;
  const subject = plainSubject(headers.get("subject"));
  // Nothing left to decode: a plain ASCII Subject, the address fields read, a plain body. mailparser would
  // return these same values (the test above compares on every corpus mail).
  if (plainBody !== null && to && cc && from !== undefined && subject !== undefined) {
    return buildMessage(input, headers, { from, subject, to, cc, body: plainBody, attachments: [] });
  }
  const mail = await mailparserOn(block, body, plainBody === null, (key) => DECODED_BY_MAILPARSER.has(key) || (key === "to" && !to) || (key === "cc" && !cc));
  return buildMessage(input, headers, {
    from: mailparserFrom(mail),
    subject: mail.subject,
    to: to ?? addressList(mail.to),
    cc: cc ?? addressList(mail.cc),
    body: plainBody ?? pickBody(mail),
    attachments: plainBody === null ? (mail.attachments ?? []) : [],
  });
}

/** mailparser on the `wanted` header fields, plus the MIME fields and the body when `withBody`. */
function mailparserOn(block: HeaderBlock, body: Buffer, withBody: boolean, wanted: (key: string) => boolean): Promise<ParsedMail> {
  const selected = block.fields.filter((f) => wanted(f.key) || (withBody && f.key.startsWith("content-")));
  // No field at all is an empty header: one line end, or the blank line would become the body's first line.
  const head = selected.map((f) => f.raw.replace(/\n/g, block.eol) + block.eol).join("") + block.eol;
  return simpleParser(withBody ? Buffer.concat([Buffer.from(head, "latin1"), body]) : Buffer.from(head, "latin1"), PARSER_OPTIONS);
}

/** A message's decoded body and patch attachments, as `parseMessage` gives them. */
export type BodyResult = { ok: true; body: string; patchAttachments: string[] } | Failure;

/**
 * `parseMessage(bytes)`'s body and patch attachments without reading the other header fields (addresses,
 * dates, ids): for the review pass, which has those from the store already and re-reads tens of
 * thousands of bodies. Same result, checked on every corpus mail by parse-message.test.ts.
 */
export function parseMessageBody(bytes: Buffer): Promise<BodyResult> {
  return guarded(bytes, async (input): Promise<BodyResult> => {
    const block = readHeaderBlock(input);
    if (!block || !block.fields.some((f) => IDENTIFYING_HEADERS.includes(f.key))) {
      // Odd mail takes parseMessage's road, which also gives the reason when it is not mail.
      const parsed = await (block ? parseWithHeaderBlock(input, block) : parseWhole(input));
      return parsed.ok ? { ok: true, body: parsed.message.body, patchAttachments: parsed.message.patchAttachments } : parsed;
    }
    const headers = headerMap(block, (key) => BODY_FIELDS.has(key));
    const body = input.subarray(block.bodyStart);
    const plainBody = plainTextBody(headers, body);
    if (plainBody !== null) return { ok: true, body: stripListFooter(noNul(plainBody)), patchAttachments: [] };
    // The content-* fields go to mailparser with the body anyway.
    const mail = await mailparserOn(block, body, true, (key) => key === "mime-version");
    return { ok: true, body: stripListFooter(noNul(pickBody(mail))), patchAttachments: patchAttachmentsOf(mail.attachments ?? []) };
  });
}

function patchAttachmentsOf(attachments: Attachment[]): string[] {
  return attachments.map(isPatchAttachment).filter((t): t is string => t !== null).map(noNul);
}

function mailparserFrom(mail: ParsedMail): Address | null {
  const first = mail.from?.value?.[0];
  return first ? toAddress(first) : null;
}

/** One plain `Name <addr>` From (null when there is none); undefined when it needs mailparser. */
function plainFrom(values: string[] | undefined): Address | null | undefined {
  if (!values) return null;
  if (values.length !== 1) return undefined;
  const list = parseSimpleAddressList(values[0]!);
  return list && list.length === 1 ? list[0]! : undefined;
}

/**
 * One address field as mailparser's own header reader hands it to its address parser: folds read as one space
 * (libmime's decodeHeader), and only when the field is given once and is ASCII (encoded words included: their
 * names are decoded by the parser; raw 8-bit bytes are mailparser's to decode as a whole). Null otherwise.
 */
function addressFieldValue(block: HeaderBlock, key: string): string | null {
  let found: HeaderField | null = null;
  for (const field of block.fields) {
    if (field.key !== key) continue;
    if (found) return null;
    found = field;
  }
  if (!found || !isAscii(Buffer.from(found.raw, "latin1"))) return null;
  const line = found.raw.replace(/\n[ \t]*/g, " ").trim();
  return line.slice(line.indexOf(":") + 1).trim();
}

/**
 * A To or Cc list that parseSimpleAddressList leaves to mailparser (encoded-word names, names that are
 * addresses, groups): read by mailparser's synchronous address parser, the one its simpleParser runs on the
 * field, so the lists come out alike without streaming the message through the whole parser (a tenth of
 * linux-s390's mail went through it for an address field alone). Null when the field needs the whole parser.
 */
function decodedAddresses(block: HeaderBlock, key: "to" | "cc"): Address[] | null {
  const value = addressFieldValue(block, key);
  return value === null ? null : addressList(parseAddressHeader(value));
}

/** The From that plainFrom leaves to mailparser, read as decodedAddresses reads lists (its first entry); undefined when the field needs the whole parser. */
function decodedFrom(block: HeaderBlock): Address | null | undefined {
  const value = addressFieldValue(block, "from");
  if (value === null) return undefined;
  const first = parseAddressHeader(value).value[0];
  return first ? toAddress(first) : null;
}

/** A Subject of plain ASCII (no encoded words), as is; undefined when it needs mailparser. */
function plainSubject(values: string[] | undefined): string | undefined {
  if (!values) return "";
  if (values.length !== 1) return undefined;
  const value = values[0]!;
  return /^[\x20-\x7e\t]*$/.test(value) && !value.includes("=?") ? value : undefined;
}

/**
 * A plain `Name <addr>` list, or null when it needs mailparser: encoded words, groups, comments, or the
 * header given twice (mailparser then keeps one of them; both roads must read such mail alike).
 */
function simpleAddresses(values: string[] | undefined): Address[] | null {
  if (!values) return [];
  if (values.length > 1) return null;
  const out: Address[] = [];
  for (const value of values) {
    const list = parseSimpleAddressList(value);
    if (!list) return null;
    out.push(...list);
  }
  return out.slice(0, 1000);
}

const PLAIN_ENCODINGS = new Set(["", "7bit", "8bit", "binary"]);
const ASCII_CHARSETS = new Set(["", "us-ascii", "ascii"]);
const UTF8_CHARSETS = new Set(["utf-8", "utf8"]);
const UTF7_CHARSETS = new Set(["utf-7", "utf7", "unicode-1-1-utf-7"]);

/**
 * The body text when the message is one text/plain part in UTF-8 or ASCII, sent as is or quoted-printable,
 * fixed or format=flowed; null for anything else (mailparser decodes it).
 */
function plainTextBody(headers: Map<string, string[]>, body: Buffer): string | null {
  const types = headers.get("content-type") ?? [];
  const encodings = headers.get("content-transfer-encoding") ?? [];
  if (types.length > 1 || encodings.length > 1 || !plainDisposition(headers.get("content-disposition"), types.length)) return null;
  const encoding = (encodings[0] ?? "").toLowerCase();
  const quotedPrintable = encoding.trim() === "quoted-printable";
  if (!quotedPrintable && !PLAIN_ENCODINGS.has(encoding)) return null;
  const type = types[0] ?? "text/plain";
  const semi = type.indexOf(";");
  if ((semi < 0 ? type : type.slice(0, semi)).trim().toLowerCase() !== "text/plain") return null;
  const params = semi < 0 ? "" : type.slice(semi);
  // RFC 2231 parameters are mailparser's to decode.
  if (params.includes("*")) return null;
  const flowed = flowedParams(params);
  if (flowed === undefined) return null;
  const charset = (/;\s*charset\s*=\s*"?([^";\s]*)/i.exec(params)?.[1] ?? "").toLowerCase();
  const bytes = quotedPrintable ? decodeQuotedPrintable(body) : body;
  const utf7 = UTF7_CHARSETS.has(charset);
  if (utf7 || ASCII_CHARSETS.has(charset) ? !isAscii(bytes) : !UTF8_CHARSETS.has(charset) || !isUtf8(bytes)) return null;
  // mailparser would hand UTF-7 back undecoded (see decode-utf7.ts).
  const text = utf7 ? decodeUtf7(bytes.toString("latin1")) : bytes.toString("utf8");
  return (flowed ? decodeFlowed(text, flowed.delSp) : text).replace(/\r\n?/g, "\n");
}

/**
 * No Content-Disposition, or one `inline` beside an explicit Content-Type (mutt sends "Content-Disposition:
 * inline" with every plain mail: a seventh of linux-s390's). mailparser reads an inline text part exactly as
 * one without the header, filename or not; any other value, or none with its type guessed from a filename,
 * is mailparser's to read.
 */
function plainDisposition(values: string[] | undefined, types: number): boolean {
  if (!values) return true;
  return values.length === 1 && types === 1 && /^\s*inline\s*(?:;|$)/i.test(values[0]!);
}

/**
 * format=flowed and its DelSp, from Content-Type parameters: null when not flowed, undefined when the
 * parameters are unusual enough (repeated, odd values) to leave them to mailparser.
 */
function flowedParams(params: string): { delSp: boolean } | null | undefined {
  const format = [...params.matchAll(/;\s*format\s*=\s*("?)([^";\s]*)\1\s*(?=;|$)/gi)];
  const delsp = [...params.matchAll(/;\s*delsp\s*=\s*("?)([^";\s]*)\1\s*(?=;|$)/gi)];
  const mentions = (params.match(/format|delsp/gi) ?? []).length;
  if (format.length > 1 || delsp.length > 1 || mentions !== format.length + delsp.length) return undefined;
  const value = format[0]?.[2]?.toLowerCase() ?? null;
  if (value !== "flowed") return value === null || value === "fixed" ? null : undefined;
  const del = delsp[0]?.[2]?.toLowerCase() ?? "no";
  return del === "yes" || del === "no" ? { delSp: del === "yes" } : undefined;
}

interface DecodedParts {
  from: Address | null;
  subject: string | undefined;
  to: Address[];
  cc: Address[];
  body: string;
  attachments: Attachment[];
}

function buildMessage(input: Buffer, headers: Map<string, string[]>, decoded: DecodedParts): ParseResult {
  if (headers.size === 0) return { ok: false, reason: "no mail headers found" };
  // Random bytes parse as "headers" too; a mail names at least one of these.
  if (!IDENTIFYING_HEADERS.some((h) => headers.has(h))) {
    return { ok: false, reason: "not a mail: no From, Message-ID, Date or Subject header" };
  }

  const rawId = headers.get("message-id")?.[0];
  const parsedId = normalizeMessageId(rawId);
  const from = decoded.from;
  const { date, dateSource } = pickDate(headers);

  const message: MailMessage = {
    messageId: parsedId ?? synthesizeMessageId(input),
    messageIdSynthesized: parsedId === null,
    // Read from the raw header map both roads build alike, so the rewrite never makes them differ.
    from: from ? originalSender(nameWithComment(headers.get("from")?.[0], from), headers) : null,
    to: decoded.to,
    cc: decoded.cc,
    subject: subjectOf(decoded),
    date,
    dateSource,
    inReplyTo: normalizeMessageIds((headers.get("in-reply-to") ?? []).join(" ")),
    // Some mailers send two References headers (patchwork bugs-multiple-references): read them all.
    references: normalizeMessageIds((headers.get("references") ?? []).join(" ")),
    listId: pickListId(headers.get("list-id")?.[0]),
    body: stripListFooter(noNul(decoded.body)),
    patchAttachments: patchAttachmentsOf(decoded.attachments),
    headers: keptHeaders(headers),
  };
  return { ok: true, message };
}

/** The Subject header, or when it is blank, the Subject of a header block opening the body (a pasted patch file). */
function subjectOf(decoded: DecodedParts): string {
  const header = noNul(decoded.subject ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_SUBJECT);
  return header || noNul(inBodySubject(decoded.body) ?? "").slice(0, MAX_SUBJECT);
}

/** Raw bytes (optionally with a leading mbox `From ` line) -> MailMessage, or a reason; never throws. */
export function parseMessage(bytes: Buffer): Promise<ParseResult> {
  return guarded(bytes, (input) => {
    const block = readHeaderBlock(input);
    return block ? parseWithHeaderBlock(input, block) : parseWhole(input);
  });
}

/**
 * The same reading with mailparser decoding every part of the message (no header-block shortcut).
 * For tests that check the shortcut reads mail exactly as mailparser does.
 */
export function parseMessageWithMailparserOnly(bytes: Buffer): Promise<ParseResult> {
  return guarded(bytes, parseWhole);
}

/** Strips an mbox `From ` line and turns anything thrown while reading into a reason. */
async function guarded<T extends { ok: boolean }>(bytes: Buffer, read: (input: Buffer) => Promise<T | Failure>): Promise<T | Failure> {
  try {
    const input = stripMboxFromLine(bytes);
    if (input.length === 0) return { ok: false, reason: "empty message" };
    return await read(input);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: `unparsable mail: ${msg.slice(0, 200)}` };
  }
}
