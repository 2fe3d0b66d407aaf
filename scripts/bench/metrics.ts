/**
 * Scoring functions for the benchmark, as the corpus README defines them. Pure functions, unit-tested in
 * tests/unit/bench.
 */

export const collapseWhitespace = (s: string): string => s.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------------------
// trafilatura-eval content metric

export interface SegmentCounts {
  /** `with` segments found. */
  tp: number;
  /** `with` segments missing. */
  fn: number;
  /** `without` segments found. */
  fp: number;
  /** `without` segments absent. */
  tn: number;
}

/** Substring match of each whitespace-collapsed segment in the whitespace-collapsed text. */
export function segmentCounts(
  text: string,
  withSegments: string[],
  withoutSegments: string[],
): SegmentCounts {
  const haystack = collapseWhitespace(text);
  const found = (segment: string) => haystack.includes(collapseWhitespace(segment));
  const tp = withSegments.filter(found).length;
  const fp = withoutSegments.filter(found).length;
  return { tp, fn: withSegments.length - tp, fp, tn: withoutSegments.length - fp };
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

const harmonic = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Sums the counts over all pages, then precision, recall, F1. */
export function segmentScores(pages: SegmentCounts[]): SegmentCounts & PrecisionRecall {
  const sum = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const p of pages) {
    sum.tp += p.tp;
    sum.fn += p.fn;
    sum.fp += p.fp;
    sum.tn += p.tn;
  }
  const precision = sum.tp + sum.fp > 0 ? sum.tp / (sum.tp + sum.fp) : 0;
  const recall = sum.tp + sum.fn > 0 ? sum.tp / (sum.tp + sum.fn) : 0;
  return { ...sum, precision, recall, f1: harmonic(precision, recall) };
}

// ---------------------------------------------------------------------------------------------------------
// Shingle F1 (Zyte article-extraction-benchmark, evaluate.py)

/**
 * Python's Unicode `\w` (letters, numbers, underscore). JavaScript's `/\w/u` is ASCII-only, so the class is
 * spelled out.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

/** Multiset of consecutive n-token shingles; a text shorter than n tokens is one shingle (as in Zyte's). */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** [tp, fp, fn] normalised to sum to 1 (so long pages don't weigh more); all 0 when both texts are empty. */
export type ShingleMatch = [tp: number, fp: number, fn: number];

export function shingleMatch(truth: string, predicted: string, n = 4): ShingleMatch {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

function pagePrecision([tp, fp, fn]: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function pageRecall([tp, fp, fn]: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Precision averaged over pages with tp+fp > 0, recall over pages with tp+fn > 0, F1 = harmonic mean of the
 * two averages (evaluate.py's `metrics_from_tp_fp_fns`).
 */
export function shingleScores(matches: ShingleMatch[]): PrecisionRecall {
  const precision = mean(matches.filter(([tp, fp]) => tp + fp > 0).map(pagePrecision));
  const recall = mean(matches.filter(([tp, , fn]) => tp + fn > 0).map(pageRecall));
  return { precision, recall, f1: harmonic(precision, recall) };
}

// ---------------------------------------------------------------------------------------------------------
// Metadata

/**
 * Whitespace-collapsed exact match. A label that is a list (a few trafilatura pages list several authors)
 * matches the extracted value when it equals the names joined by ", ", "; ", " and ", " & ", " | " or as
 * "A, B and C".
 */
export function metadataMatches(extracted: string | null | undefined, expected: string | string[]): boolean {
  const value = collapseWhitespace(extracted ?? '');
  if (!value) return false;
  if (typeof expected === 'string') return value === collapseWhitespace(expected);
  const names = expected.map(collapseWhitespace);
  const serial = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
  return value === serial || [', ', '; ', ' and ', ' & ', ' | '].some((sep) => value === names.join(sep));
}

/**
 * Calendar date (YYYY-MM-DD) of a published time: the date as written when the value starts with an ISO
 * date (so "2020-01-05T00:30+01:00" is the 5th), else the UTC date of whatever `Date` parses; null if none.
 */
export function calendarDate(value: string | null | undefined): string | null {
  const s = (value ?? '').trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/** Whether two calendar dates are at most one day apart (diagnostic: a UTC shift moves dates by one). */
export function withinOneDay(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) <= 86_400_000;
}

export interface Rate {
  hits: number;
  total: number;
  rate: number;
}

export function rate(hits: number, total: number): Rate {
  return { hits, total, rate: total > 0 ? hits / total : 0 };
}

// ---------------------------------------------------------------------------------------------------------
// Time

/** Nearest-rank percentile (p in 0..100) of a list of numbers; 0 for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

/** Median (the mean of the two middle values for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
