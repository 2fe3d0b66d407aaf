/**
 * Tag suggestion quality on the shared corpus: for fundus-news (labels.json `topics`) and trafilatura-eval
 * (evaldata.json `tags`), precision@1 and @3 of the suggestions (utils/tags) against the labels, split by the
 * by-site tuning/checking halves, next to the old behaviour (every page keyword a tag, in page order).
 * The library is empty here: ranking by the user's own tags is not measured. `npm run bench:tags`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractMetadata } from '../../utils/metadata/extract-metadata';
import { suggestTags } from '../../utils/tags/suggest-tags';
import { tagCandidates } from '../../utils/tags/tag-candidates';
import { decodeHtml } from './decode-html';
import { loadFundus, readFundusBytes } from './fundus';
import { corpusRoot, loadTrafilatura, readBytes } from './load-corpus';
import { parseDocument } from './parse-document';
import { halfOf, siteOf, siteOfEvalPage, type Half } from './site-split';
import { formatPrecision, tagPrecision, type TagCase } from './tag-precision';

type Row = { corpus: string; half: Half; old: TagCase; now: TagCase };

function casesOf(corpus: string, half: Half, html: string, url: string, labels: string[]): Row {
  const meta = extractMetadata(parseDocument(html, url), url);
  const candidates = tagCandidates({
    keywords: meta.tags,
    sections: meta.sections ?? [],
    siteNames: meta.siteNames ?? [],
    url,
  });
  return {
    corpus,
    half,
    old: { shown: meta.tags, labels },
    now: { shown: suggestTags(candidates, [], []), labels },
  };
}

function fundusRows(root: string): Row[] {
  const labels = JSON.parse(readFileSync(path.join(root, 'fundus-news', 'labels.json'), 'utf8')) as Record<
    string,
    { topics?: string[] }
  >;
  return loadFundus(root).map((page) =>
    casesOf(
      'fundus-news',
      halfOf(siteOf(page.publisher)),
      decodeHtml(readFundusBytes(page)).text,
      page.url,
      labels[page.id]?.topics ?? [],
    ),
  );
}

function trafilaturaRows(root: string): Row[] {
  const data = JSON.parse(
    readFileSync(path.join(root, 'trafilatura-eval', 'evaldata.json'), 'utf8'),
  ) as Record<string, { tags?: unknown }>;
  return loadTrafilatura(root).flatMap((page) => {
    const tags = data[page.key]?.tags;
    const labels = Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
    if (!existsSync(page.file)) return [];
    const half = halfOf(siteOfEvalPage(page));
    return [casesOf('trafilatura-eval', half, decodeHtml(readBytes(page.file)).text, page.url, labels)];
  });
}

function main(): void {
  const root = corpusRoot();
  const present = ['fundus-news', 'trafilatura-eval'].filter((f) => existsSync(path.join(root, f)));
  if (present.length === 0) {
    console.log(`bench:tags: no corpus at ${root} (set NEWSCLIP_CORPUS); nothing to measure.`);
    return;
  }
  const rows = [
    ...(present.includes('fundus-news') ? fundusRows(root) : []),
    ...(present.includes('trafilatura-eval') ? trafilaturaRows(root) : []),
  ];
  console.log(
    'corpus            half      pages  behaviour            p@1                  p@3                  pages with any',
  );
  for (const corpus of present) {
    for (const half of ['tuning', 'checking'] as const) {
      const subset = rows.filter((r) => r.corpus === corpus && r.half === half);
      for (const [name, pick] of [
        ['old: keywords=tags', (r: Row) => r.old],
        ['new: suggestions', (r: Row) => r.now],
      ] as const) {
        const cases = subset.map(pick);
        const p1 = tagPrecision(cases, 1);
        const p3 = tagPrecision(cases, 3);
        console.log(
          [
            corpus.padEnd(17),
            half.padEnd(9),
            String(p1.pages).padStart(5),
            ` ${name.padEnd(20)}`,
            formatPrecision(p1).padEnd(20),
            formatPrecision(p3).padEnd(20),
            `${p1.withSuggestions}/${p1.pages}`,
          ].join(' '),
        );
      }
    }
  }
}

main();
