import type { Rate } from './metrics';
import { summarize, type PipelineRecord, type PipelineSummary } from './report';
import type { Half } from './site-split';

export type HalfName = Half | 'all';
export const HALVES: HalfName[] = ['tuning', 'checking', 'all'];

/**
 * One pipeline's summary over one half: `tHalves`/`rHalves`/`fHalves`/`dHalves` give each trafilatura,
 * readability, fundus and defuddle-fixtures page's half, in the order the pages ran (times hold the
 * trafilatura pages first, then readability's, fundus's and the fixtures').
 */
export function summarizeHalf(
  r: PipelineRecord,
  half: HalfName,
  tHalves: Half[],
  rHalves: Half[],
  fHalves: Half[],
  dHalves: Half[],
): PipelineSummary {
  if (half === 'all') return summarize(r);
  const timeHalves = [...tHalves, ...rHalves, ...fHalves, ...dHalves];
  return summarize({
    ...r,
    trafilatura: r.trafilatura.filter((_, i) => tHalves[i] === half),
    readability: r.readability.filter((_, i) => rHalves[i] === half),
    fundus: r.fundus.filter((_, i) => fHalves[i] === half),
    defuddle: r.defuddle.filter((_, i) => dHalves[i] === half),
    times: r.times.filter((_, i) => timeHalves[i] === half),
  });
}

const f3 = (x: number) => x.toFixed(3);
const pct = (r: Rate) => (r.total ? `${(100 * r.rate).toFixed(1)}% (${r.hits}/${r.total})` : '–');

const HEADERS = [
  'corpus',
  'half',
  'pipeline',
  'pages',
  'F1 (P / R)',
  'title',
  'author / byline',
  'date',
  'median ms (all corpora)',
];

/** One table: corpus × half rows for each pipeline, with the corpus's own metrics. */
export function formatHalvesTable(rows: { half: HalfName; summary: PipelineSummary }[]): string {
  const body: string[][] = [];
  for (const corpus of [
    'trafilatura-eval',
    'readability-test-pages',
    'fundus-news',
    'defuddle-fixtures',
  ] as const) {
    for (const half of HALVES) {
      for (const { summary: s } of rows.filter((x) => x.half === half)) {
        const t = s.trafilatura;
        const r = s.readability;
        const f = s.fundus;
        const d = s.defuddle;
        const pr = (x: { f1: number; precision: number; recall: number }) =>
          `${f3(x.f1)} (${f3(x.precision)} / ${f3(x.recall)})`;
        const cells =
          corpus === 'trafilatura-eval'
            ? [t.pages, pr(t.content), pct(t.title), pct(t.author), pct(t.date), s.time.medianMs.toFixed(1)]
            : corpus === 'readability-test-pages'
              ? [r.pages, pr(r.shingle), pct(r.title), pct(r.byline), pct(r.date), '']
              : corpus === 'fundus-news'
                ? [f.pages, pr(f.body), pct(f.title), pct(f.authors), pct(f.date), '']
                : [d.pages, pr(d.body), pct(d.title), pct(d.author), pct(d.date), ''];
        body.push([corpus, half, s.label, ...cells.map(String)]);
      }
    }
  }
  const all = [HEADERS, ...body];
  const widths = HEADERS.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(HEADERS), rule, ...body.map(line)].join('\n');
}
