// Tolerant RFC 5322 / 2822 date reader (obsolete forms included). Written by hand because mailparser
// turns an unreadable Date into "now" and Date.parse accepts too much (and too little) of real mail.

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};
const DAYS = new Set(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
// Obsolete zone names (RFC 5322 4.3); military single letters are ambiguous and read as UTC.
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480,
  pdt: -420, cet: 60, cest: 120, met: 60, mest: 120, bst: 60, ist: 330, jst: 540,
};

/** Plausible mail years; outside this the header is garbage, not a date. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2100;
/** Longer headers are garbage (fuzz/date-too-long); bound the work. */
const MAX_LEN = 200;

const TIME_RE = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d{1,9})?)?$/;
const NUM_ZONE_RE = /^([+-])(\d{2}):?(\d{2})$/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:\s?(Z|[+-]\d{2}:?\d{2}))?$/i;

function stripComments(s: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0) out += c;
  }
  return out;
}

function zoneMinutes(token: string): number | null {
  const m = NUM_ZONE_RE.exec(token);
  if (m) {
    const mins = Number(m[2]) * 60 + Number(m[3]);
    if (Number(m[2]) > 23 || Number(m[3]) > 59) return null;
    return m[1] === "-" ? -mins : mins;
  }
  const named = ZONES[token.toLowerCase()];
  if (named !== undefined) return named;
  if (/^[a-ik-z]$/i.test(token)) return 0;
  return null;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: number): Date | null {
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 0 || mo > 11 || d < 1 || d > 31) return null;
  if (h > 23 || mi > 59 || s > 60) return null;
  const base = new Date(Date.UTC(y, mo, d, h, mi, Math.min(s, 59)));
  // Date.UTC rolls 31 Feb into March: a day that does not exist makes the header invalid.
  if (base.getUTCDate() !== d) return null;
  const t = base.getTime() - zone * 60_000;
  return Number.isFinite(t) ? new Date(t) : null;
}

/** Reads an RFC 5322 date (also obsolete and asctime forms, ISO 8601); null when it is not one. Never "now". */
export function parseMailDate(input: string | null | undefined): Date | null {
  if (!input) return null;
  let s = input.trim();
  if (s.length === 0 || s.length > MAX_LEN) return null;
  const iso = ISO_RE.exec(s);
  if (iso) {
    const zone = iso[7] ? (zoneMinutes(iso[7]) ?? 0) : 0;
    return build(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), zone);
  }
  s = stripComments(s).replace(/,/g, " ");
  const tokens = s.split(/\s+/).filter((t) => t.length > 0);
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  let time: [number, number, number] | null = null;
  let zone: number | null = null;
  for (const raw of tokens) {
    const tok = raw.endsWith(".") ? raw.slice(0, -1) : raw;
    const lower = tok.toLowerCase();
    if (/^[a-z]+$/i.test(tok)) {
      const three = lower.slice(0, 3);
      if (month === null && tok.length >= 3 && MONTHS[three] !== undefined && (tok.length === 3 || lower.length <= 9)) {
        month = MONTHS[three]!;
        continue;
      }
      if (DAYS.has(three)) continue;
      if (time !== null && zone === null) {
        const z = zoneMinutes(tok);
        if (z !== null) {
          zone = z;
          continue;
        }
      }
      return null;
    }
    const tm = TIME_RE.exec(tok);
    if (tm) {
      if (time !== null) return null;
      time = [Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0)];
      continue;
    }
    if (/^[+-]/.test(tok)) {
      if (zone !== null) return null;
      const z = zoneMinutes(tok);
      if (z === null) return null;
      zone = z;
      continue;
    }
    // "09-Feb-2026" (obsolete, still seen in old archives)
    const dashed = /^(\d{1,2})-([a-z]{3})-(\d{2,4})$/i.exec(tok);
    if (dashed && day === null && month === null && year === null) {
      const mo = MONTHS[dashed[2]!.toLowerCase()];
      if (mo === undefined) return null;
      day = Number(dashed[1]);
      month = mo;
      year = readYear(dashed[3]!);
      continue;
    }
    if (/^\d+$/.test(tok)) {
      if (tok.length <= 2 && day === null) day = Number(tok);
      else if (year === null && tok.length <= 4) year = readYear(tok);
      else if (tok.length === 4 && zone === null && time !== null) zone = zoneMinutes(`+${tok}`);
      else return null;
      continue;
    }
    return null;
  }
  if (day === null || month === null || year === null) return null;
  const [h, mi, sec] = time ?? [0, 0, 0];
  return build(year, month, day, h, mi, sec, zone ?? 0);
}

function readYear(tok: string): number {
  const n = Number(tok);
  // RFC 5322 4.3: two-digit years below 50 are 20xx, three-digit years add 1900.
  if (tok.length <= 2) return n < 50 ? 2000 + n : 1900 + n;
  if (tok.length === 3) return 1900 + n;
  return n;
}

/** The date a Received header was stamped with (after its last `;`), or null. */
export function parseReceivedDate(value: string): Date | null {
  const semi = value.lastIndexOf(";");
  if (semi < 0) return null;
  return parseMailDate(value.slice(semi + 1));
}
