/**
 * `npm run test:corpus`: runs the production extraction over every page of the shared corpus's
 * readability-test-pages (and Defuddle's fixtures, unless `--no-defuddle`). Every page must either extract
 * (ok: true, and the extraction passes `extractionSchema`) or fail with a clear reason (ok: false); none may
 * throw. Exits 1 when a page threw or returned an invalid extraction, or when the corpus is missing.
 */
import { extractPage } from '../../utils/extract/extract-page';
import { extractionSchema } from '../../utils/clip-schema';
import { decodeHtml } from '../bench/decode-html';
import {
  corpusRoot,
  loadDefuddleFixtures,
  loadReadabilityPages,
  readBytes,
  requireCorpusDirs,
} from '../bench/load-corpus';
import { parseDocument } from '../bench/parse-document';

interface CorpusPage {
  set: string;
  name: string;
  url: string;
  source: string;
}

type PageResult =
  | { status: 'extracted' }
  | { status: 'failed'; reason: string }
  | { status: 'threw'; error: string }
  | { status: 'invalid'; issues: string };

function checkPage(page: CorpusPage): PageResult {
  try {
    const html = decodeHtml(readBytes(page.source)).text;
    const outcome = extractPage(parseDocument(html, page.url), { url: page.url, mode: 'article' });
    if (!outcome.ok) {
      if (!outcome.reason) return { status: 'invalid', issues: 'ok:false without a reason' };
      return {
        status: 'failed',
        reason: outcome.detail ? `${outcome.reason} (${outcome.detail})` : outcome.reason,
      };
    }
    const parsed = extractionSchema.safeParse(outcome.extraction);
    if (parsed.success) return { status: 'extracted' };
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { status: 'invalid', issues };
  } catch (error) {
    return {
      status: 'threw',
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}

function main(): void {
  const withDefuddle = !process.argv.includes('--no-defuddle');
  const root = corpusRoot();
  requireCorpusDirs(
    root,
    withDefuddle ? ['readability-test-pages', 'defuddle-fixtures/fixtures'] : ['readability-test-pages'],
  );
  const pages: CorpusPage[] = [
    ...loadReadabilityPages(root).map((p) => ({
      set: 'readability-test-pages',
      name: p.name,
      url: p.url,
      source: p.source,
    })),
    ...(withDefuddle ? loadDefuddleFixtures(root).map((p) => ({ set: 'defuddle-fixtures', ...p })) : []),
  ];

  const counts = { extracted: 0, failed: 0, threw: 0, invalid: 0 };
  const bySet = new Map<string, typeof counts>();
  const lines: Record<'failed' | 'threw' | 'invalid', string[]> = { failed: [], threw: [], invalid: [] };
  for (const page of pages) {
    const result = checkPage(page);
    counts[result.status]++;
    const setCounts = bySet.get(page.set) ?? { extracted: 0, failed: 0, threw: 0, invalid: 0 };
    setCounts[result.status]++;
    bySet.set(page.set, setCounts);
    const id = `${page.set}/${page.name}`;
    if (result.status === 'failed') lines.failed.push(`  ${id}: ${result.reason}`);
    if (result.status === 'threw')
      lines.threw.push(`  ${id}: ${result.error.split('\n').slice(0, 4).join('\n    ')}`);
    if (result.status === 'invalid') lines.invalid.push(`  ${id}: ${result.issues}`);
  }

  console.log(`Corpus: ${root}\n`);
  if (lines.failed.length)
    console.log(`Clear failures (ok: false with a reason):\n${lines.failed.join('\n')}\n`);
  if (lines.invalid.length)
    console.log(`INVALID extractions (extractionSchema):\n${lines.invalid.join('\n')}\n`);
  if (lines.threw.length) console.log(`THREW:\n${lines.threw.join('\n')}\n`);
  const line = (label: string, c: typeof counts) =>
    `${label}: ${c.extracted} extracted, ${c.failed} clear failures, ${c.invalid} invalid extractions, ${c.threw} thrown`;
  for (const [set, c] of bySet) console.log(line(`${set} (${Object.values(c).reduce((a, b) => a + b)})`, c));
  console.log(`${line(`All ${pages.length} pages`, counts)}.`);
  if (counts.threw > 0 || counts.invalid > 0) process.exit(1);
}

main();
