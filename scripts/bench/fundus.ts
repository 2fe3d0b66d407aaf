import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { markdownToText } from './markdown-to-text';
import { calendarDate, collapseWhitespace, shingleMatch, type ShingleMatch } from './metrics';
import type { PipelineOutput } from './pipelines';
import type { FieldResult } from './score-page';

export interface FundusPage {
  id: string;
  url: string;
  publisher: string;
  file: string;
  title: string;
  authors: string[];
  /** The label's calendar day, as the page states it (its first 10 characters). */
  day: string | null;
  body: string;
}

interface Label {
  url: string;
  publisher: string;
  title?: string;
  authors?: string[];
  date?: string | null;
  summary?: string[];
  paragraphs?: string[];
}

export function loadFundus(root: string): FundusPage[] {
  const dir = path.join(root, 'fundus-news');
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  return Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, l]) => ({
      id,
      url: l.url,
      publisher: l.publisher,
      file: path.join(dir, 'pages', `${id}.html.gz`),
      title: l.title ?? '',
      authors: l.authors ?? [],
      day: l.date ? l.date.slice(0, 10) : null,
      body: [...(l.summary ?? []), ...(l.paragraphs ?? [])].join('\n'),
    }));
}

/** The page's bytes: fundus stores pages gzipped. */
export const readFundusBytes = (page: FundusPage): Uint8Array =>
  new Uint8Array(gunzipSync(readFileSync(page.file)));

const norm = (s: string) => collapseWhitespace(s.normalize('NFKC').toLowerCase());

/** Authors as a normalized set, split on `,` `;` `&` and the words `and` / `und` (the corpus README's rules). */
export function authorSet(names: string | string[]): string[] {
  const all = (Array.isArray(names) ? names : [names]).flatMap((n) => n.split(/[,;&]|\s(?:and|und)\s/i));
  return [...new Set(all.map(norm).filter(Boolean))].sort();
}

export interface FundusScore {
  shingles: ShingleMatch;
  title?: FieldResult;
  authors?: FieldResult;
  date?: FieldResult;
}

export function scoreFundus(page: FundusPage, out: PipelineOutput): FundusScore {
  const score: FundusScore = { shingles: shingleMatch(page.body, markdownToText(out.markdown)) };
  if (page.title.trim()) score.title = norm(out.title) === norm(page.title) || collapseWhitespace(out.title);
  if (page.authors.length) {
    const got = authorSet(out.author);
    score.authors = got.join('|') === authorSet(page.authors).join('|') || collapseWhitespace(out.author);
  }
  if (page.day) score.date = calendarDate(out.published) === page.day || out.published;
  return score;
}
