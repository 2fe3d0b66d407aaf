import type { Rate } from './metrics';
import { summarize, type PipelineRecord, type PipelineSummary } from './report';
import type { Half } from './site-split';

export type HalfName = Half | 'all';
export const HALVES: HalfName[] = ['tuning', 'checking', 'all'];

/**
 * One pipeline's summary over one half: `tHalves`/`rHalves` give each trafilatura/readability page's half,
 * in the order the pages ran (times hold the trafilatura pages first, then the readability pages).
 */
export function summarizeHalf(
  r: PipelineRecord,
  half: HalfName,
  tHalves: Half[],
  rHalves: Half[],
): PipelineSummary {
  if (half === 'all') return summarize(r);
  const inT = (_: unknown, i: number) => tHalves[i] === half;
  const inR = (_: unknown, i: number) => rHalves[i] === half;
  const n = tHalves.length;
  return summarize({
    ...r,
    trafilatura: r.trafilatura.filter(inT),
    readability: r.readability.filter(inR),
    times: r.times.filter((_, i) => (i < n ? tHalves[i] === half : rHalves[i - n] === half)),
  });
}

const f3 = (x: number) => x.toFixed(3);
const pct = (r: Rate) => (r.total ? `${(100 * r.rate).toFixed(1)}% (${r.hits}/${r.total})` : '–');

const HEADERS = ['corpus', 'half', 'pipeline', 'pages', 'F1 (P / R)', 'title', 'author', 'date', 'median ms'];

/** One table: corpus × half rows for each pipeline, with the corpus's own metrics. */
export function formatHalvesTable(rows: { half: HalfName; summary: PipelineSummary }[]): string {
  const body: string[][] = [];
  for (const corpus of ['trafilatura-eval', 'readability-test-pages'] as const) {
    for (const half of HALVES) {
      for (const { summary: s } of rows.filter((x) => x.half === half)) {
        const t = s.trafilatura;
        const r = s.readability;
        body.push(
          corpus === 'trafilatura-eval'
            ? [
                corpus,
                half,
                s.label,
                String(t.pages),
                `${f3(t.content.f1)} (${f3(t.content.precision)} / ${f3(t.content.recall)})`,
                pct(t.title),
                pct(t.author),
                pct(t.date),
                s.time.medianMs.toFixed(1),
              ]
            : [
                corpus,
                half,
                s.label,
                String(r.pages),
                `${f3(r.shingle.f1)} (${f3(r.shingle.precision)} / ${f3(r.shingle.recall)})`,
                pct(r.title),
                pct(r.byline),
                pct(r.date),
                '',
              ],
        );
      }
    }
  }
  const all = [HEADERS, ...body];
  const widths = HEADERS.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(HEADERS), rule, ...body.map(line)].join('\n');
}
