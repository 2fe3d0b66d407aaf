import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToText } from './markdown-to-text';
import { calendarDate, collapseWhitespace, shingleMatch, type ShingleMatch } from './metrics';
import type { PipelineOutput } from './pipelines';
import type { FieldResult } from './score-page';
import { loadDefuddleFixtures } from './load-corpus';
import { authorSet } from './fundus';
import { siteOf } from './site-split';

/**
 * Defuddle's regression fixtures, scored like the other corpora: body shingle F1 against the Markdown of
 * `expected/<name>.md`, and its JSON block's title, author and published day. The expectations are
 * Defuddle's own output (the corpus README: snapshots, not truth), so baseline (b) scores near 1 by
 * construction; the figures catch regressions and show element cases (footnotes, math, code, tables).
 */
export interface DefuddleFixture {
  name: string;
  url: string;
  source: string;
  /** The site the fixture was saved from, else its case name: what the split by site keys on. */
  site: string;
  title: string;
  author: string;
  day: string | null;
  body: string;
}

const META_BLOCK = /^```json\s*\n([\s\S]*?)\n```\s*\n?/;

/** Fixtures that have an expected file (element cases without one are only run, in the corpus run). */
export function loadScoredFixtures(root: string): DefuddleFixture[] {
  const dir = path.join(root, 'defuddle-fixtures', 'expected');
  return loadDefuddleFixtures(root).flatMap((f) => {
    const file = path.join(dir, `${f.name}.md`);
    if (!existsSync(file)) return [];
    const text = readFileSync(file, 'utf8');
    const block = META_BLOCK.exec(text);
    let meta: { title?: unknown; author?: unknown; published?: unknown } = {};
    try {
      meta = block ? (JSON.parse(block[1] ?? '{}') as typeof meta) : {};
    } catch {
      // A fixture whose block is not JSON is scored on its body alone.
    }
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const published = str(meta.published);
    const fromFile = f.url.startsWith('https://example.com/');
    return [
      {
        ...f,
        site: fromFile ? (f.name.split('--')[1] ?? f.name) : siteOf(f.url),
        title: str(meta.title),
        author: str(meta.author),
        day: /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
        body: markdownToText(block ? text.slice(block[0].length) : text),
      },
    ];
  });
}

export interface DefuddleScore {
  shingles: ShingleMatch;
  title?: FieldResult;
  author?: FieldResult;
  date?: FieldResult;
}

const norm = (s: string) => collapseWhitespace(s.normalize('NFKC').toLowerCase());

export function scoreDefuddleFixture(page: DefuddleFixture, out: PipelineOutput): DefuddleScore {
  const score: DefuddleScore = { shingles: shingleMatch(page.body, markdownToText(out.markdown)) };
  if (page.title.trim()) score.title = norm(out.title) === norm(page.title) || collapseWhitespace(out.title);
  if (page.author.trim()) {
    const same = authorSet(out.author).join('|') === authorSet(page.author).join('|');
    score.author = same || collapseWhitespace(out.author);
  }
  if (page.day) score.date = calendarDate(out.published) === page.day || out.published;
  return score;
}
