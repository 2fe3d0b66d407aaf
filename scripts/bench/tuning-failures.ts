/**
 * Lists Newsclip's failures on the **tuning half** of fundus-news and trafilatura-eval, field by field, to
 * write rules from. The checking half is never printed here: it is what shows whether a rule carries over.
 * Usage: `npx tsx scripts/bench/tuning-failures.ts [title|authors|date|body|content] [--corpus fundus|trafilatura]
 * [--show]`. `body` (fundus) lists pages with body F1 < 0.8; `content` (trafilatura) lists pages that keep a
 * segment labelled as not content or miss one labelled as content. `--show` prints what was kept that the
 * label does not have (fundus: output lines sharing no 4-word shingle with the body; trafilatura: the kept
 * non-content segments) and, for trafilatura, the content segments missed.
 */
import { decodeHtml } from './decode-html';
import { loadFundus, readFundusBytes, scoreFundus } from './fundus';
import { corpusRoot, loadTrafilatura, readBytes } from './load-corpus';
import { markdownToText } from './markdown-to-text';
import { collapseWhitespace, shingleMatch } from './metrics';
import { PIPELINES } from './pipelines';
import { scoreTrafilatura } from './score-page';
import { halfOf, siteOf, siteOfEvalPage } from './site-split';

const field = process.argv[2] ?? 'title';
const corpus = process.argv.includes('--corpus')
  ? process.argv[process.argv.indexOf('--corpus') + 1]
  : 'fundus';
const show = process.argv.includes('--show');
const newsclip = PIPELINES[0]!;
const root = corpusRoot();

/** Output lines that share nothing with the labelled body: what the clip kept that the label left out. */
function extraLines(body: string, text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && shingleMatch(body, line)[0] === 0 && !collapseWhitespace(body).includes(line));
}

async function fundus(): Promise<void> {
  for (const page of loadFundus(root)) {
    if (halfOf(siteOf(page.publisher)) !== 'tuning') continue;
    const out = await newsclip.run(decodeHtml(readFundusBytes(page)).text, page.url);
    const s = scoreFundus(page, out);
    const want = field === 'authors' ? page.authors.join(', ') : field === 'date' ? page.day : page.title;
    if (field === 'body') {
      const f1 = s.shingles[0];
      if (f1 !== undefined && f1 < 0.8) {
        console.log(`${page.id} ${page.publisher}: body F1 ${f1.toFixed(3)}`);
        if (show)
          for (const line of extraLines(page.body, markdownToText(out.markdown))) console.log(`  + ${line}`);
      }
      continue;
    }
    const got = s[field as 'title' | 'authors' | 'date'];
    if (got !== undefined && got !== true)
      console.log(`${page.id} ${page.publisher}\n  want: ${want}\n  got:  ${got}`);
  }
}

async function trafilatura(): Promise<void> {
  for (const page of loadTrafilatura(root)) {
    const site = siteOfEvalPage(page);
    if (halfOf(site) !== 'tuning') continue;
    const out = await newsclip.run(decodeHtml(readBytes(page.file)).text, page.url);
    const s = scoreTrafilatura(page, out);
    if (field === 'content') {
      if (s.fp === 0 && s.fn === 0) continue;
      console.log(
        `${page.key}: kept ${s.fp}/${s.fp + s.tn} non-content, missed ${s.fn}/${s.fn + s.tp} content`,
      );
      if (!show) continue;
      const text = collapseWhitespace(markdownToText(out.markdown));
      const found = (segment: string) => text.includes(collapseWhitespace(segment));
      for (const seg of page.without.filter(found)) console.log(`  + ${seg}`);
      for (const seg of page.with.filter((x) => !found(x))) console.log(`  - ${seg}`);
      continue;
    }
    const got = (s as unknown as Record<string, unknown>)[field];
    if (got !== undefined && got !== true && typeof got !== 'number')
      console.log(
        `${page.key}\n  want: ${JSON.stringify(page[field as 'title'])}\n  got:  ${JSON.stringify(got)}`,
      );
  }
}

void (corpus === 'fundus' ? fundus() : trafilatura());
