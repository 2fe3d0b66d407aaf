/**
 * Lists Newsclip's failures on the **tuning half** of fundus-news and trafilatura-eval, field by field, to
 * write rules from. The checking half is never printed here: it is what shows whether a rule carries over.
 * Usage: `npx tsx scripts/bench/tuning-failures.ts [title|authors|date|body] [--corpus fundus|trafilatura]`.
 */
import { decodeHtml } from './decode-html';
import { loadFundus, readFundusBytes, scoreFundus } from './fundus';
import { corpusRoot, loadTrafilatura, readBytes } from './load-corpus';
import { PIPELINES } from './pipelines';
import { scoreTrafilatura } from './score-page';
import { halfOf, siteOf, siteOfEvalPage } from './site-split';

const field = process.argv[2] ?? 'title';
const corpus = process.argv.includes('--corpus')
  ? process.argv[process.argv.indexOf('--corpus') + 1]
  : 'fundus';
const newsclip = PIPELINES[0]!;
const root = corpusRoot();

async function main(): Promise<void> {
  if (corpus === 'fundus') {
    for (const page of loadFundus(root)) {
      if (halfOf(siteOf(page.publisher)) !== 'tuning') continue;
      const out = await newsclip.run(decodeHtml(readFundusBytes(page)).text, page.url);
      const s = scoreFundus(page, out);
      const want = field === 'authors' ? page.authors.join(', ') : field === 'date' ? page.day : page.title;
      if (field === 'body') {
        const f1 = s.shingles[0];
        if (f1 !== undefined && f1 < 0.8)
          console.log(`${page.id} ${page.publisher}: body F1 ${f1.toFixed(3)}`);
        continue;
      }
      const got = s[field as 'title' | 'authors' | 'date'];
      if (got !== undefined && got !== true)
        console.log(`${page.id} ${page.publisher}\n  want: ${want}\n  got:  ${got}`);
    }
  } else {
    for (const page of loadTrafilatura(root)) {
      const site = siteOfEvalPage(page);
      if (halfOf(site) !== 'tuning') continue;
      const out = await newsclip.run(decodeHtml(readBytes(page.file)).text, page.url);
      const s = scoreTrafilatura(page, out) as unknown as Record<string, unknown>;
      const got = s[field];
      if (got !== undefined && got !== true && typeof got !== 'number')
        console.log(
          `${page.key}\n  want: ${JSON.stringify(page[field as 'title'])}\n  got:  ${JSON.stringify(got)}`,
        );
    }
  }
}

void main();
