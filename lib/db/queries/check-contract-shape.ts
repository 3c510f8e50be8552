// Checks a `show --json` / `series --json` document against CONTRACT.md's shape and conventions: the types
// of every field, the closed sets of values (states, kinds, statuses, sources), ISO 8601 UTC dates,
// message-ids without angle brackets, line numbers as integers. Scripts and acceptance checks read these
// documents with strict parsers; this is the same reading, run by our tests over every series of a real
// archive so a value that slips out of its set is found here first. Pure: returns the problems, each
// with its JSON path ("series.revisions[2].patches[0].trailers[1].status: …"); none means the document holds.
import type { Handling } from "../../diff/lock-site";
import { SCHEMA_VERSION } from "./contract-types";

/** The states derive gives a series (lib/thread's derive-series-state, lib/ingest's series-acceptance). */
export const SERIES_STATES = new Set(["new", "under-review", "changes-requested", "accepted", "partially-accepted", "superseded"]);
const TRAILER_SOURCES = new Set(["patch", "reply", "cover-reply"]);
const TRAILER_STATUSES = new Set(["present", "collected", "dropped", "identity-mismatch"]);
const COMMENT_KINDS = new Set(["nit", "question", "objection", "ack", "praise", "other"]);
const RESPONSE_KINDS = new Set(["will-fix", "explained", "disagreed", "thanks", "none"]);
const RESOLUTION_STATUSES = new Set(["open", "addressed", "unaddressed", "explained", "obsolete"]);
/**
 * CONTRACT.md names goto, return, break, propagate and ignored; lib/diff adds continue (a loop goes on),
 * assigned (an errno set, or the result kept in a variable read later), logged (the failure only reported),
 * retry (a loop waits the failure out) and other (checked, handled otherwise): an extension, as the contract
 * allows, declared here so nothing else slips in. Typed by lib/diff's Handling: a value added there and not
 * here fails the type check.
 */
const HANDLING_NAMES: Record<Handling, true> = {
  goto: true, return: true, break: true, propagate: true, ignored: true,
  continue: true, assigned: true, logged: true, retry: true, other: true,
};
const HANDLINGS = new Set(Object.keys(HANDLING_NAMES));
const WAITING_ON = new Set(["author", "reviewers", "nobody"]);
const TURN_EVENTS = new Set(["revision", "review", "author-reply"]);
const MATCHED_BY = new Set(["patch-id", "title", "diff"]);
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

type Json = unknown;
type Problems = string[];

const isObject = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

class Reader {
  constructor(private readonly problems: Problems) {}

  fail(path: string, what: string, value: Json): void {
    const shown = JSON.stringify(value);
    this.problems.push(`${path}: ${what}, got ${shown === undefined ? "nothing" : shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}`);
  }

  object(v: Json, path: string): Record<string, Json> | null {
    if (isObject(v)) return v;
    this.fail(path, "expected an object", v);
    return null;
  }

  array(v: Json, path: string): Json[] {
    if (Array.isArray(v)) return v;
    this.fail(path, "expected an array", v);
    return [];
  }

  string(v: Json, path: string, { nonEmpty = false } = {}): void {
    if (typeof v !== "string") this.fail(path, "expected a string", v);
    else if (nonEmpty && !v.trim()) this.fail(path, "expected a non-empty string", v);
  }

  nullableString(v: Json, path: string): void {
    if (v !== null && typeof v !== "string") this.fail(path, "expected a string or null", v);
  }

  boolean(v: Json, path: string): void {
    if (typeof v !== "boolean") this.fail(path, "expected true or false", v);
  }

  integer(v: Json, path: string, { min = -Infinity, nullable = false } = {}): void {
    if (nullable && v === null) return;
    if (typeof v !== "number" || !Number.isInteger(v) || v < min) this.fail(path, `expected an integer${min > -Infinity ? ` >= ${min}` : ""}${nullable ? " or null" : ""}`, v);
  }

  oneOf(v: Json, set: Set<string>, path: string): void {
    if (typeof v !== "string" || !set.has(v)) this.fail(path, `expected one of ${[...set].join(" | ")}`, v);
  }

  date(v: Json, path: string): void {
    if (v === null) return;
    if (typeof v !== "string" || !ISO_UTC.test(v) || Number.isNaN(Date.parse(v))) this.fail(path, "expected an ISO 8601 UTC date or null", v);
  }

  messageId(v: Json, path: string): void {
    if (typeof v !== "string" || !v || /[<>\s]/.test(v)) this.fail(path, "expected a message-id without angle brackets or spaces", v);
  }

  person(v: Json, path: string): void {
    const p = this.object(v, path);
    if (!p) return;
    this.string(p.name, `${path}.name`);
    this.string(p.email, `${path}.email`);
  }
}

/** Problems with a `show --json` document (an empty list when it holds). */
export function checkShowJson(doc: Json): string[] {
  const problems: Problems = [];
  const r = new Reader(problems);
  const root = r.object(doc, "$");
  if (!root) return problems;
  if (root.schemaVersion !== SCHEMA_VERSION) r.fail("schemaVersion", `expected ${SCHEMA_VERSION}`, root.schemaVersion);
  const series = r.object(root.series, "series");
  if (!series) return problems;
  r.string(series.id, "series.id", { nonEmpty: true });
  r.string(series.title, "series.title");
  r.person(series.author, "series.author");
  r.oneOf(series.state, SERIES_STATES, "series.state");
  checkWhoseTurn(r, series.whoseTurn, "series.whoseTurn");
  const revisions = r.array(series.revisions, "series.revisions");
  if (!revisions.length) r.fail("series.revisions", "expected at least one revision", revisions);
  let lastVersion = -Infinity;
  revisions.forEach((rev, i) => {
    const path = `series.revisions[${i}]`;
    const version = checkRevision(r, rev, path);
    if (version !== null) {
      if (version < lastVersion) r.fail(`${path}.version`, `expected versions in ascending order (after ${lastVersion})`, version);
      lastVersion = version;
    }
  });
  return problems;
}

/** Problems with a `series --json` document. */
export function checkSeriesListJson(doc: Json): string[] {
  const problems: Problems = [];
  const r = new Reader(problems);
  const root = r.object(doc, "$");
  if (!root) return problems;
  if (root.schemaVersion !== SCHEMA_VERSION) r.fail("schemaVersion", `expected ${SCHEMA_VERSION}`, root.schemaVersion);
  r.array(root.series, "series").forEach((item, i) => {
    const path = `series[${i}]`;
    const s = r.object(item, path);
    if (!s) return;
    r.string(s.id, `${path}.id`, { nonEmpty: true });
    r.string(s.title, `${path}.title`);
    r.person(s.author, `${path}.author`);
    r.oneOf(s.state, SERIES_STATES, `${path}.state`);
    r.integer(s.latestVersion, `${path}.latestVersion`, { min: 0 });
    r.integer(s.revisionCount, `${path}.revisionCount`, { min: 1 });
    r.integer(s.patchCount, `${path}.patchCount`, { min: 0 });
    r.date(s.lastActivity, `${path}.lastActivity`);
    r.date(s.date, `${path}.date`);
    const counts = r.object(s.trailerCounts, `${path}.trailerCounts`);
    if (counts) for (const k of ["acked", "reviewed", "tested"]) r.integer(counts[k], `${path}.trailerCounts.${k}`, { min: 0 });
    r.integer(s.commentCount, `${path}.commentCount`, { min: 0 });
    checkWhoseTurn(r, s.whoseTurn, `${path}.whoseTurn`);
  });
  return problems;
}

function checkWhoseTurn(r: Reader, v: Json, path: string): void {
  const t = r.object(v, path);
  if (!t) return;
  r.oneOf(t.waitingOn, WAITING_ON, `${path}.waitingOn`);
  r.date(t.since, `${path}.since`);
  r.integer(t.days, `${path}.days`, { min: 0, nullable: true });
  r.boolean(t.ping, `${path}.ping`);
  r.string(t.reason, `${path}.reason`);
  if (t.lastEvent !== null) {
    const e = r.object(t.lastEvent, `${path}.lastEvent`);
    if (e) {
      r.oneOf(e.type, TURN_EVENTS, `${path}.lastEvent.type`);
      r.messageId(e.messageId, `${path}.lastEvent.messageId`);
      r.string(e.by, `${path}.lastEvent.by`);
    }
  }
}

/** Checks one revision; returns its version when it is a number. */
function checkRevision(r: Reader, v: Json, path: string): number | null {
  const rev = r.object(v, path);
  if (!rev) return null;
  r.integer(rev.version, `${path}.version`, { min: 0 });
  r.boolean(rev.versionInferred, `${path}.versionInferred`);
  r.date(rev.date, `${path}.date`);
  if (rev.cover !== null) {
    const cover = r.object(rev.cover, `${path}.cover`);
    if (cover) {
      r.messageId(cover.messageId, `${path}.cover.messageId`);
      r.string(cover.subject, `${path}.cover.subject`);
    }
  }
  r.array(rev.changelog, `${path}.changelog`).forEach((entry, i) => {
    const e = r.object(entry, `${path}.changelog[${i}]`);
    if (!e) return;
    r.string(e.text, `${path}.changelog[${i}].text`, { nonEmpty: true });
    r.array(e.credits, `${path}.changelog[${i}].credits`).forEach((c, k) => r.string(c, `${path}.changelog[${i}].credits[${k}]`, { nonEmpty: true }));
  });
  const version = typeof rev.version === "number" ? rev.version : null;
  r.array(rev.comments, `${path}.comments`).forEach((c, i) => checkComment(r, c, `${path}.comments[${i}]`, version));
  r.array(rev.patches, `${path}.patches`).forEach((p, i) => checkPatch(r, p, `${path}.patches[${i}]`, version));
  return version;
}

function checkPatch(r: Reader, v: Json, path: string, version: number | null): void {
  const p = r.object(v, path);
  if (!p) return;
  r.integer(p.number, `${path}.number`, { min: 0 });
  r.integer(p.total, `${path}.total`, { min: 0 });
  r.messageId(p.messageId, `${path}.messageId`);
  r.string(p.subject, `${path}.subject`);
  r.string(p.title, `${path}.title`);
  if (p.previous !== null) {
    const prev = r.object(p.previous, `${path}.previous`);
    if (prev) {
      r.integer(prev.version, `${path}.previous.version`, { min: 0 });
      if (version !== null && typeof prev.version === "number" && prev.version > version) {
        r.fail(`${path}.previous.version`, `expected a version not after this revision's ${version}`, prev.version);
      }
      r.integer(prev.number, `${path}.previous.number`, { min: 0 });
      r.messageId(prev.messageId, `${path}.previous.messageId`);
      if (prev.by !== undefined) r.oneOf(prev.by, MATCHED_BY, `${path}.previous.by`);
    }
  }
  r.array(p.trailers, `${path}.trailers`).forEach((t, i) => checkTrailer(r, t, `${path}.trailers[${i}]`));
  r.array(p.files, `${path}.files`).forEach((f, i) => checkFile(r, f, `${path}.files[${i}]`));
  r.array(p.comments, `${path}.comments`).forEach((c, i) => checkComment(r, c, `${path}.comments[${i}]`, version));
}

function checkTrailer(r: Reader, v: Json, path: string): void {
  const t = r.object(v, path);
  if (!t) return;
  r.string(t.kind, `${path}.kind`, { nonEmpty: true });
  r.string(t.name, `${path}.name`);
  r.string(t.email, `${path}.email`);
  r.nullableString(t.comment, `${path}.comment`);
  r.oneOf(t.source, TRAILER_SOURCES, `${path}.source`);
  r.messageId(t.messageId, `${path}.messageId`);
  r.oneOf(t.status, TRAILER_STATUSES, `${path}.status`);
}

function checkFile(r: Reader, v: Json, path: string): void {
  const f = r.object(v, path);
  if (!f) return;
  r.string(f.path, `${path}.path`, { nonEmpty: true });
  r.integer(f.added, `${path}.added`, { min: 0 });
  r.integer(f.removed, `${path}.removed`, { min: 0 });
  r.array(f.hunks, `${path}.hunks`).forEach((h, i) => {
    const hp = `${path}.hunks[${i}]`;
    const hunk = r.object(h, hp);
    if (!hunk) return;
    r.integer(hunk.index, `${hp}.index`, { min: 0 });
    r.string(hunk.header, `${hp}.header`);
    r.nullableString(hunk.function, `${hp}.function`);
    r.array(hunk.labels, `${hp}.labels`).forEach((l, k) => {
      const label = r.object(l, `${hp}.labels[${k}]`);
      if (!label) return;
      r.string(label.rule, `${hp}.labels[${k}].rule`, { nonEmpty: true });
      if (label.handling !== undefined) r.oneOf(label.handling, HANDLINGS, `${hp}.labels[${k}].handling`);
      if (label.errno !== undefined) r.nullableString(label.errno, `${hp}.labels[${k}].errno`);
      if (label.label !== undefined) r.nullableString(label.label, `${hp}.labels[${k}].label`);
    });
    r.array(hunk.nits, `${hp}.nits`).forEach((n, k) => {
      const nit = r.object(n, `${hp}.nits[${k}]`);
      if (!nit) return;
      r.string(nit.rule, `${hp}.nits[${k}].rule`, { nonEmpty: true });
      r.integer(nit.line, `${hp}.nits[${k}].line`, { min: 1, nullable: true });
      r.string(nit.message, `${hp}.nits[${k}].message`, { nonEmpty: true });
    });
  });
}

function checkComment(r: Reader, v: Json, path: string, version: number | null): void {
  const c = r.object(v, path);
  if (!c) return;
  r.messageId(c.messageId, `${path}.messageId`);
  r.person(c.author, `${path}.author`);
  if (c.anchor !== null) {
    const a = r.object(c.anchor, `${path}.anchor`);
    if (a) {
      r.string(a.path, `${path}.anchor.path`, { nonEmpty: true });
      r.integer(a.hunk, `${path}.anchor.hunk`, { min: 0 });
      r.nullableString(a.function, `${path}.anchor.function`);
      r.integer(a.line, `${path}.anchor.line`, { min: 1, nullable: true });
    }
  }
  r.string(c.text, `${path}.text`, { nonEmpty: true });
  r.oneOf(c.kind, COMMENT_KINDS, `${path}.kind`);
  if (c.response !== null) {
    const resp = r.object(c.response, `${path}.response`);
    if (resp) {
      // No answer is `{ messageId: null, kind: "none", text: "" }`: there is no reply to name.
      if (!(resp.kind === "none" && resp.messageId === null)) r.messageId(resp.messageId, `${path}.response.messageId`);
      r.oneOf(resp.kind, RESPONSE_KINDS, `${path}.response.kind`);
      r.string(resp.text, `${path}.response.text`);
    }
  }
  if (c.resolution !== null) {
    const res = r.object(c.resolution, `${path}.resolution`);
    if (res) {
      r.oneOf(res.status, RESOLUTION_STATUSES, `${path}.resolution.status`);
      r.integer(res.inVersion, `${path}.resolution.inVersion`, { min: 0, nullable: true });
      if (version !== null && typeof res.inVersion === "number" && res.inVersion < version) {
        r.fail(`${path}.resolution.inVersion`, `expected a version not before the commented revision's ${version}`, res.inVersion);
      }
      r.string(res.evidence, `${path}.resolution.evidence`);
    }
  }
}
