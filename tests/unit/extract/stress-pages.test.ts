import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../scripts/bench/parse-document';
import { stressPages } from '../../../scripts/bench/stress-pages';
import { extractPage } from '../../../utils/extract/extract-page';
import { parseHtml } from '../parse-html';

const URL = 'https://courier.example/news/harbour';
const CLEAR_REASONS = ['too-large', 'no-article'];

// Smaller versions of the benchmark's 5 MB stress pages: the outcome must be a clip or a clear reason, and
// extractPage must never throw. Timing is the benchmark's job, not the unit tests'.
describe('extractPage on hostile pages', () => {
  for (const page of stressPages(120_000)) {
    it(`${page.name} (${page.what}) gives a clip or a clear reason`, () => {
      let outcome: ReturnType<typeof extractPage> | undefined;
      expect(() => {
        outcome = extractPage(parseHtml(page.html, URL), { url: URL, mode: 'article' });
      }).not.toThrow();
      if (!outcome) throw new Error('no outcome');
      if (outcome.ok) expect(String(outcome.extraction.markdown)).toMatch(/[Hh]arbour|council|tidal/);
      else expect(CLEAR_REASONS).toContain(outcome.reason);
    });
  }

  // happy-dom's own querySelectorAll recurses and overflows on this page (a clear 'too-large' above);
  // linkedom, like a browser's native DOM, doesn't, so there the deep page must give a clip.
  it('clips the article out of a page nested thousands of levels deep (linkedom)', () => {
    const page = stressPages(120_000).find((p) => p.name === 'deep-nesting');
    if (!page) throw new Error('missing stress page');
    const outcome = extractPage(parseDocument(page.html, URL), { url: URL, mode: 'article' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(String(outcome.extraction.markdown).length).toBeGreaterThan(1000);
  });
});
