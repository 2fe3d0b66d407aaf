import {
  median,
  percentile,
  rate,
  segmentScores,
  shingleScores,
  type PrecisionRecall,
  type Rate,
} from './metrics';
import type { FundusScore } from './fundus';
import type { DefuddleScore } from './defuddle-fixtures';
import type { ReadabilityScore, TrafilaturaScore } from './score-page';

export interface PipelineRecord {
  id: string;
  label: string;
  trafilatura: TrafilaturaScore[];
  readability: ReadabilityScore[];
  fundus: FundusScore[];
  defuddle: DefuddleScore[];
  /** Milliseconds per page (parse + extraction + Markdown), both corpora. */
  times: number[];
  threw: number;
  /** Pages without output, by reason (the part before any ':'). */
  noOutput: Record<string, number>;
}

export interface PipelineSummary {
  id: string;
  label: string;
  trafilatura: {
    pages: number;
    content: ReturnType<typeof segmentScores>;
    title: Rate;
    author: Rate;
    date: Rate;
    /** Diagnostic: date within one day of the label. */
    dateWithinOneDay: Rate;
  };
  readability: { pages: number; shingle: PrecisionRecall; title: Rate; byline: Rate; date: Rate };
  fundus: { pages: number; body: PrecisionRecall; title: Rate; authors: Rate; date: Rate };
  defuddle: { pages: number; body: PrecisionRecall; title: Rate; author: Rate; date: Rate };
  time: { pages: number; medianMs: number; p95Ms: number; meanMs: number };
  failures: { threw: number; noOutput: number; noOutputReasons: Record<string, number> };
}

function fieldRate<T>(scores: T[], pick: (s: T) => true | string | undefined): Rate {
  const labelled = scores.map(pick).filter((v) => v !== undefined);
  return rate(labelled.filter((v) => v === true).length, labelled.length);
}

export function summarize(r: PipelineRecord): PipelineSummary {
  const t = r.trafilatura;
  const dated = t.filter((s) => s.date !== undefined);
  return {
    id: r.id,
    label: r.label,
    trafilatura: {
      pages: t.length,
      content: segmentScores(t),
      title: fieldRate(t, (s) => s.title),
      author: fieldRate(t, (s) => s.author),
      date: fieldRate(t, (s) => s.date),
      dateWithinOneDay: rate(dated.filter((s) => s.dateNear).length, dated.length),
    },
    readability: {
      pages: r.readability.length,
      shingle: shingleScores(r.readability.map((s) => s.shingles)),
      title: fieldRate(r.readability, (s) => s.title),
      byline: fieldRate(r.readability, (s) => s.byline),
      date: fieldRate(r.readability, (s) => s.date),
    },
    fundus: {
      pages: r.fundus.length,
      body: shingleScores(r.fundus.map((s) => s.shingles)),
      title: fieldRate(r.fundus, (s) => s.title),
      authors: fieldRate(r.fundus, (s) => s.authors),
      date: fieldRate(r.fundus, (s) => s.date),
    },
    defuddle: {
      pages: r.defuddle.length,
      body: shingleScores(r.defuddle.map((s) => s.shingles)),
      title: fieldRate(r.defuddle, (s) => s.title),
      author: fieldRate(r.defuddle, (s) => s.author),
      date: fieldRate(r.defuddle, (s) => s.date),
    },
    time: {
      pages: r.times.length,
      medianMs: median(r.times),
      p95Ms: percentile(r.times, 95),
      meanMs: r.times.reduce((a, b) => a + b, 0) / Math.max(1, r.times.length),
    },
    failures: {
      threw: r.threw,
      noOutput: Object.values(r.noOutput).reduce((a, b) => a + b, 0),
      noOutputReasons: r.noOutput,
    },
  };
}

export const TARGETS = {
  contentF1: 0.92,
  date: 0.9,
  author: 0.8,
  title: 0.85,
  readabilityShingleF1: 0.99,
  medianTimeVsBaseline: 1.2,
};

export interface TargetCheck {
  contentF1: boolean;
  title: boolean;
  author: boolean;
  date: boolean;
  readabilityShingleF1: boolean;
  medianTime: boolean;
  /** The median-time ceiling in ms (1.2 × baseline (a)). */
  medianTimeLimitMs: number;
}

export function checkTargets(s: PipelineSummary, baseline: PipelineSummary): TargetCheck {
  const limit = TARGETS.medianTimeVsBaseline * baseline.time.medianMs;
  return {
    contentF1: s.trafilatura.content.f1 >= TARGETS.contentF1,
    title: s.trafilatura.title.rate >= TARGETS.title,
    author: s.trafilatura.author.rate >= TARGETS.author,
    date: s.trafilatura.date.rate >= TARGETS.date,
    readabilityShingleF1: s.readability.shingle.f1 >= TARGETS.readabilityShingleF1,
    medianTime: s.time.medianMs <= limit,
    medianTimeLimitMs: limit,
  };
}

const f3 = (x: number) => x.toFixed(3);
const pct = (r: Rate) => (r.total ? `${(100 * r.rate).toFixed(1)}% (${r.hits}/${r.total})` : '–');
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');

const HEADERS = [
  'pipeline',
  'content F1 (P / R)',
  'title',
  'author',
  'date',
  'RT shingle F1 (P / R)',
  'RT title',
  'RT byline',
  'RT date',
  'median ms',
  'p95 ms',
  'threw / no output',
];

/** One table: pipelines as rows, then the targets row. `check` marks the production pipeline's cells. */
export function formatTable(
  rows: PipelineSummary[],
  checks: Map<string, TargetCheck>,
  baseline: PipelineSummary,
) {
  const body = rows.map((s) => {
    const c = checks.get(s.id);
    const t = s.trafilatura;
    const rt = s.readability;
    return [
      s.label,
      `${f3(t.content.f1)} (${f3(t.content.precision)} / ${f3(t.content.recall)})${mark(c?.contentF1)}`,
      pct(t.title) + mark(c?.title),
      pct(t.author) + mark(c?.author),
      pct(t.date) + mark(c?.date),
      `${f3(rt.shingle.f1)} (${f3(rt.shingle.precision)} / ${f3(rt.shingle.recall)})${mark(c?.readabilityShingleF1)}`,
      pct(rt.title),
      pct(rt.byline),
      pct(rt.date),
      s.time.medianMs.toFixed(1) + mark(c?.medianTime),
      s.time.p95Ms.toFixed(1),
      `${s.failures.threw} / ${s.failures.noOutput}`,
    ];
  });
  const limit = TARGETS.medianTimeVsBaseline * baseline.time.medianMs;
  const targets = [
    'targets',
    `≥ ${TARGETS.contentF1.toFixed(2)}`,
    `≥ ${TARGETS.title * 100}%`,
    `≥ ${TARGETS.author * 100}%`,
    `≥ ${TARGETS.date * 100}%`,
    `≥ ${TARGETS.readabilityShingleF1.toFixed(2)}`,
    '',
    '',
    '',
    `≤ ${limit.toFixed(1)} (1.2×a)`,
    '',
    '0 threw',
  ];
  const all = [HEADERS, ...body, targets];
  const widths = HEADERS.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(HEADERS), rule, ...body.map(line), line(targets)].join('\n');
}
