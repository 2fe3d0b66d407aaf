import type { Half } from './site-split';
import type { PipelineSummary } from './report';

/** Figures Newsclip must not drop below, keyed `<corpus>/<half>/<figure>`; time is machine-dependent, never here. */
export type Figures = Record<string, number>;

/** F1 figures may wobble by this much; count figures (pages right) by one page. */
export const F1_TOLERANCE = 0.002;
export const COUNT_TOLERANCE = 1;

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The ratcheted figures of one half's summary: F1 as a fraction, metadata as pages right. */
export function figuresOf(half: Half | 'all', s: PipelineSummary): Figures {
  const t = s.trafilatura;
  const r = s.readability;
  const out: Figures = {};
  if (t.pages) {
    out[`trafilatura-eval/${half}/content-f1`] = round(t.content.f1);
    out[`trafilatura-eval/${half}/title`] = t.title.hits;
    out[`trafilatura-eval/${half}/author`] = t.author.hits;
    out[`trafilatura-eval/${half}/date`] = t.date.hits;
  }
  if (r.pages) {
    out[`readability-test-pages/${half}/shingle-f1`] = round(r.shingle.f1);
    out[`readability-test-pages/${half}/title`] = r.title.hits;
    out[`readability-test-pages/${half}/byline`] = r.byline.hits;
    out[`readability-test-pages/${half}/date`] = r.date.hits;
  }
  const f = s.fundus;
  if (f.pages) {
    out[`fundus-news/${half}/body-f1`] = round(f.body.f1);
    out[`fundus-news/${half}/title`] = f.title.hits;
    out[`fundus-news/${half}/authors`] = f.authors.hits;
    out[`fundus-news/${half}/date`] = f.date.hits;
  }
  const d = s.defuddle;
  if (d.pages) {
    out[`defuddle-fixtures/${half}/body-f1`] = round(d.body.f1);
    out[`defuddle-fixtures/${half}/title`] = d.title.hits;
    out[`defuddle-fixtures/${half}/author`] = d.author.hits;
    out[`defuddle-fixtures/${half}/date`] = d.date.hits;
  }
  return out;
}

const tolerance = (key: string) => (key.endsWith('-f1') ? F1_TOLERANCE : COUNT_TOLERANCE);

/** Every floor the current figures fell below (beyond the tolerance), or that they no longer report. */
export function dropsBelow(figures: Figures, floors: Figures): string[] {
  return Object.entries(floors).flatMap(([key, floor]) => {
    const now = figures[key];
    if (now === undefined) return [`${key}: no figure (floor ${floor})`];
    return now < floor - tolerance(key) - 1e-9 ? [`${key}: ${now} < floor ${floor}`] : [];
  });
}

/** The floors raised to every figure that rose; a floor is never lowered. */
export function raiseFloors(figures: Figures, floors: Figures): Figures {
  const next: Figures = { ...floors };
  for (const [key, now] of Object.entries(figures)) next[key] = Math.max(now, floors[key] ?? -Infinity);
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}
