// How many corpus pages extractPage would call thin (they are real articles: ideally none).
// Usage: npx tsx scripts/bench/thin-rate.ts [trafilatura|fundus|readability ...]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'fflate';
import { extractPage } from '../../utils/extract/extract-page';
import { decodeHtml } from './decode-html';
import { corpusRoot, loadReadabilityPages, loadTrafilatura, readBytes } from './load-corpus';
import { parseDocument } from './parse-document';

const root = corpusRoot();
const sets = process.argv.slice(2).length ? process.argv.slice(2) : ['trafilatura', 'fundus', 'readability'];

function* pages(set: string): Generator<{ name: string; url: string; html: string }> {
  if (set === 'trafilatura')
    for (const p of loadTrafilatura(root))
      yield { name: p.key, url: p.url, html: decodeHtml(readBytes(p.file)).text };
  if (set === 'readability')
    for (const p of loadReadabilityPages(root))
      yield { name: p.name, url: p.url, html: readFileSync(p.source, 'utf8') };
  if (set === 'fundus') {
    const dir = path.join(root, 'fundus-news');
    const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<
      string,
      { url: string }
    >;
    for (const file of readdirSync(path.join(dir, 'pages'))) {
      const id = file.replace(/\.html\.gz$/, '');
      const bytes = gunzipSync(readBytes(path.join(dir, 'pages', file)));
      yield { name: id, url: labels[id]?.url ?? 'https://example.com/', html: decodeHtml(bytes).text };
    }
  }
}

for (const set of sets) {
  let total = 0;
  const flagged: string[] = [];
  for (const page of pages(set)) {
    total++;
    const outcome = extractPage(parseDocument(page.html, page.url), { url: page.url, mode: 'article' });
    if (!outcome.ok || !outcome.thin) continue;
    flagged.push(page.name);
    console.log(`  ${set} ${page.name}: ${outcome.thin.reason} (${outcome.thin.words} words)`);
  }
  console.log(`${set}: ${flagged.length} of ${total} flagged thin`);
}
