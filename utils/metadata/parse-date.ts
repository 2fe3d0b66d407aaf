/**
 * Turns the date strings pages carry (ISO-8601, RFC 2822, "January 26, 2024", "26. Januar 2024", "26.01.2024",
 * Unix timestamps, …) into ISO-8601: `parseDate` gives UTC ("YYYY-MM-DDTHH:MM:SSZ"), `parseStatedDate` the same
 * instant in the zone the page wrote it in ("2022-11-07T00:30:00+01:00"), whose date is the day the page
 * states. Values without a zone are read as UTC rather than the machine's zone, so the same page gives the same
 * result everywhere; a date-only value keeps its date.
 */
import { foldAccents } from './lexicon/build-pattern';
import { monthWords } from './lexicon/months';
import { collapse } from '../text/collapse';

/**
 * Month names and abbreviations from the lexicon, folded accent-free and lower-case as `monthNumber` looks them
 * up. Polish is not read here (yet): its genitive months ("5 maja 2021") only mark date lines in
 * remove-byline-lines; adding it would change which dates pages yield.
 */
const MONTHS: Record<string, number> = {};
for (const { word, month } of monthWords(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']))
  MONTHS[foldAccents(word)] = month;

const MIN_YEAR = 1990;
/** Dates more than a year ahead are typos or event dates, not publication dates. */
const MAX_AHEAD_MS = 366 * 24 * 3600 * 1000;

const ISO_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z)?$/;
const NUMERIC_RE = /(\d{1,4})([./-])\s?(\d{1,2})\2\s?(\d{2,4})/;
/** "26 | 01 | 2022": a subline's typography; only with a four-digit year, day first. */
const PIPED_RE = /(?<!\d)(\d{1,2}) ?\| ?(\d{1,2}) ?\| ?((?:19|20)\d{2})(?!\d)/;
const NAMED_DMY_RE =
  /(\d{1,2})(?:\.|st|nd|rd|th|er|º|°)?\s*(?:de\s+)?([a-zäéèûôç]{3,10})\.?,?\s*(?:de\s+)?(\d{4})/i;
const NAMED_MDY_RE = /([a-zäéèûôç]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i;
const NAMED_YMD_RE = /(\d{4})[\s,]+([a-zäéèûôç]{3,10})\.?\s+(\d{1,2})\b/i;
const TIME_RE =
  /(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(am|pm|a\.\s?m\.|p\.\s?m\.)?\s*(?:uhr\s*)?(?:GMT|UTC)?(Z|[+-]\d{2}:?\d{2})?/i;

function fromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offsetMin = 0): string | null {
  if (y < 100) y += y < 50 ? 2000 : 1900;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const local = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59));
  // Date.UTC rolls "31 February" over into March: such a value is not a real date.
  if (new Date(local).getUTCDate() !== d) return null;
  return checkRange(new Date(local - offsetMin * 60_000), offsetMin);
}

/** The instant in the stated zone: "2022-11-07T00:30:00+01:00" (or "…Z" at offset 0); null when out of range. */
function checkRange(date: Date, offsetMin = 0): string | null {
  const t = date.getTime();
  if (Number.isNaN(t) || date.getUTCFullYear() < MIN_YEAR || t > Date.now() + MAX_AHEAD_MS) return null;
  const wall = new Date(t + offsetMin * 60_000).toISOString().slice(0, 19);
  if (offsetMin === 0) return `${wall}Z`;
  const abs = Math.abs(offsetMin);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall}${offsetMin < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** A stated date (see parseStatedDate) as ISO-8601 UTC "YYYY-MM-DDTHH:MM:SSZ". */
export function toUtc(stated: string): string {
  if (stated.endsWith('Z')) return stated;
  return `${new Date(stated).toISOString().slice(0, 19)}Z`;
}

/** "+02:00" → 120, "-0500" → -300, "Z"/"GMT" → 0. */
function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  // Real zones lie within ±14 h: anything else is not an offset we can state the day in.
  if (minutes > 14 * 60 || Number(m[3] ?? 0) > 59) return 0;
  return m[1] === '-' ? -minutes : minutes;
}

function monthNumber(word: string): number | undefined {
  const key = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.$/, '');
  return MONTHS[key] ?? (key.length >= 3 ? MONTHS[key.slice(0, 3)] : undefined);
}

/** Time of day and zone found anywhere after the date in free text ("14:13 Uhr", "2:13 PM GMT+1"). */
function timeAfter(text: string): [number, number, number, number] {
  // Only just after the date: further on, "10.000 Euro" is not a time of day.
  const m = TIME_RE.exec(text.slice(0, 30));
  if (!m) return [0, 0, 0, 0];
  let hour = Number(m[1]);
  const ampm = m[4]?.toLowerCase().replace(/[.\s]/g, '');
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  if (hour > 23) return [0, 0, 0, 0];
  return [hour, Number(m[2]), Number(m[3] ?? 0), offsetMinutes(m[5])];
}

function parseIso(s: string): string | null | undefined {
  const m = ISO_RE.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, zone] = m;
  return fromParts(
    Number(y),
    Number(mo),
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(sec ?? 0),
    offsetMinutes(zone),
  );
}

function parseTimestamp(s: string): string | null | undefined {
  if (!/^\d{9,13}$/.test(s)) return undefined;
  const n = Number(s);
  return checkRange(new Date(s.length >= 12 ? n : n * 1000));
}

/** Which capture group holds year, month name and day in each named-month pattern. */
const NAMED_PATTERNS: [RegExp, number, number, number][] = [
  [NAMED_DMY_RE, 3, 2, 1],
  [NAMED_MDY_RE, 3, 1, 2],
  [NAMED_YMD_RE, 1, 2, 3],
];

function parseNamed(s: string): string | null | undefined {
  for (const [re, yi, mi, di] of NAMED_PATTERNS) {
    // Every match, not just the first: "26 von 2024 … 3 March 2024" must reach the real month.
    for (const m of s.matchAll(new RegExp(re.source, 'gi'))) {
      const month = monthNumber(m[mi] ?? '');
      if (!month) continue;
      const rest = s.slice((m.index ?? 0) + m[0].length);
      return fromParts(Number(m[yi]), month, Number(m[di]), ...timeAfter(rest));
    }
  }
  return undefined;
}

/** "26.01.2024", "26/01/2024", "2024/01/26", "01/26/2024": day first unless that cannot be. */
function parseNumeric(s: string): string | null | undefined {
  const m = NUMERIC_RE.exec(s);
  if (!m) {
    const piped = PIPED_RE.exec(s);
    return piped ? fromParts(Number(piped[3]), Number(piped[2]), Number(piped[1])) : undefined;
  }
  const a = Number(m[1]);
  const b = Number(m[3]);
  const c = Number(m[4]);
  const rest = s.slice(m.index + m[0].length);
  if ((m[1] ?? '').length === 4) return fromParts(a, b, c, ...timeAfter(rest));
  if ((m[4] ?? '').length === 3) return undefined;
  if (m[2] !== '.' && b > 12 && a <= 12) return fromParts(c, a, b, ...timeAfter(rest));
  return fromParts(c, b, a, ...timeAfter(rest));
}

/**
 * Parses one date string into ISO-8601 UTC; null when it is not a date or lies outside 1990 … next year.
 * Free text ("Veröffentlicht am 26. Januar 2024, 14:13 Uhr") is searched for the first date it contains.
 */
export function parseDate(input: string | number | null | undefined): string | null {
  const stated = parseStatedDate(input);
  return stated && toUtc(stated);
}

/**
 * Like parseDate, but the instant stays in the zone the value names ("…T00:30:00+01:00"): its first ten
 * characters are the calendar day the page states, which a UTC reading can move across midnight.
 */
export function parseStatedDate(input: string | number | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  const s = collapse(String(input));
  if (!s || s.length > 200) return null;
  for (const parse of [parseIso, parseTimestamp]) {
    const result = parse(s);
    if (result !== undefined) return result;
  }
  const compact = COMPACT_RE.exec(s);
  if (compact) {
    const [, y, mo, d, h, mi, sec] = compact;
    return fromParts(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0));
  }
  // RFC 2822 and other forms the engine knows, but only when they name their zone (no local-time guesses).
  if (/^[a-z]{3},? \d{1,2} [a-z]{3} \d{4} \d{2}:\d{2}(:\d{2})? ?(gmt|ut|utc|[+-]\d{4}|[a-z]{3})$/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return checkRange(new Date(t), offsetMinutes(/[+-]\d{4}$/.exec(s)?.[0]));
  }
  // ISO somewhere inside a longer string ("Published: 2024-01-26T10:00:00+01:00").
  const embedded = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(
    s,
  );
  if (embedded) {
    const result = parseIso(embedded[0]);
    if (result) return result;
  }
  return parseNamed(s) ?? parseNumeric(s) ?? null;
}
