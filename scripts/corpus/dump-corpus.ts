/**
 * `npm run corpus:dump -- out.jsonl`: writes one JSON line per corpus page with the production extraction's
 * output (markdown and metadata, or the failure reason). A dev tool for behaviour-preservation checks: dump
 * before and after a refactor, then `diff` the two files; any changed line is a page whose output changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractPage } from '../../utils/extract/extract-page';
import { decodeHtml } from '../bench/decode-html';
import {
  corpusRoot,
  loadDefuddleFixtures,
  loadReadabilityPages,
  loadTrafilatura,
  readBytes,
} from '../bench/load-corpus';
import { parseDocument } from '../bench/parse-document';

interface DumpPage {
  id: string;
  url: string;
  bytes: () => Uint8Array;
}

function fundusPages(root: string): DumpPage[] {
  const dir = path.join(root, 'fundus-news');
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<
    string,
    { url?: string }
  >;
  return Object.entries(labels).map(([id, label]) => ({
    id: `fundus-news/${id}`,
    url: label.url ?? `https://example.com/${id}`,
    bytes: () => new Uint8Array(gunzipSync(readFileSync(path.join(dir, 'pages', `${id}.html.gz`)))),
  }));
}

function main(): void {
  const out = process.argv[2];
  if (!out) {
    console.error('Usage: npm run corpus:dump -- out.jsonl');
    process.exit(1);
  }
  const root = corpusRoot();
  const pages: DumpPage[] = [
    ...loadReadabilityPages(root).map((p) => ({
      id: `readability/${p.name}`,
      url: p.url,
      bytes: () => readBytes(p.source),
    })),
    ...loadDefuddleFixtures(root).map((p) => ({
      id: `defuddle/${p.name}`,
      url: p.url,
      bytes: () => readBytes(p.source),
    })),
    ...loadTrafilatura(root).map((p) => ({
      id: `trafilatura/${p.key}`,
      url: p.url,
      bytes: () => readBytes(p.file),
    })),
    ...fundusPages(root),
  ];
  const lines: string[] = [];
  for (const page of pages) {
    let result: unknown;
    try {
      const html = decodeHtml(page.bytes()).text;
      result = extractPage(parseDocument(html, page.url), { url: page.url, mode: 'article' });
    } catch (error) {
      result = { threw: error instanceof Error ? error.message : String(error) };
    }
    lines.push(JSON.stringify({ id: page.id, result }));
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`Dumped ${pages.length} pages to ${out}`);
}

main();
