import { readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { installReadabilitySpeedups } from '../../../utils/extract/readability-speedups';
import { parseHtml } from '../parse-html';

type Predicates = Record<
  '_isValidByline' | '_isElementWithoutContent' | '_isProbablyVisible',
  (node: Element, matchString?: string) => boolean
>;

/** Small trees of the markup the predicates look at: text or whitespace, br/hr, styles, hiding, bylines. */
const text = fc.constantFrom('', ' ', '\n\t ', '\u00a0', 'x', ' By Ana Ruiz ', 'a'.repeat(120));
const attrs = fc.constantFrom(
  '',
  ' style="display: none"',
  ' style="visibility:hidden"',
  ' style="color: red"',
  ' hidden',
  ' aria-hidden="true"',
  ' aria-hidden="true" class="fallback-image"',
  ' aria-hidden="false"',
  ' rel="author"',
  ' itemprop="author"',
  ' class="byline"',
  ' id="writtenby"',
);
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom('<br>', '<hr>', '<!-- note -->'),
    fc
      .tuple(
        fc.constantFrom('div', 'span', 'p', 'section', 'h2'),
        attrs,
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, a, children]) => `<${tag}${a}>${children.join('')}</${tag}>`),
  ),
})).node;

function predicatesOf(doc: Document): { original: Predicates; fast: Predicates } {
  const original = new Readability(doc) as unknown as Predicates;
  const fast = new Readability(doc) as unknown as Predicates;
  expect(installReadabilitySpeedups(fast)).toBe(true);
  return { original, fast };
}

function sameAnswers(doc: Document): void {
  const { original, fast } = predicatesOf(doc);
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    const matchString = `${el.className} ${el.id}`;
    // Readability only branches on them: the originals return '' for some falsy answers.
    expect(fast._isValidByline(el, matchString)).toBe(!!original._isValidByline(el, matchString));
    expect(fast._isElementWithoutContent(el)).toBe(!!original._isElementWithoutContent(el));
    expect(fast._isProbablyVisible(el)).toBe(!!original._isProbablyVisible(el));
  }
}

describe('readability speed-ups', () => {
  it('mirrors Readability 0.6.0 (an upgrade must re-check them) and installs only where the methods exist', () => {
    const pkg = JSON.parse(readFileSync('node_modules/@mozilla/readability/package.json', 'utf8')) as {
      version: string;
    };
    expect(pkg.version).toBe('0.6.0');
    const doc = parseHtml('<p>x</p>', 'https://news.example/');
    expect(installReadabilitySpeedups(new Readability(doc))).toBe(true);
    expect(installReadabilitySpeedups({})).toBe(false);
  });

  it('answers as the originals do on every element of generated trees (happy-dom and linkedom)', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (parts) => {
        const html = `<div id="root">${parts.join('')}</div>`;
        sameAnswers(parseHtml(html, 'https://news.example/'));
        sameAnswers(parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves Readability's article, title and byline unchanged on every fixture page", () => {
    const dir = 'tests/fixtures/news';
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readFileSync(`${dir}/${page}`, 'utf8');
      const run = (fast: boolean) => {
        const { document } = parseHTML(html);
        const reader = new Readability(document as unknown as Document);
        if (fast) installReadabilitySpeedups(reader);
        const article = reader.parse();
        return [article?.content, article?.title, article?.byline];
      };
      expect(run(true), page).toEqual(run(false));
    }
  });
});
