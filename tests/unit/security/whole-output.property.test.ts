import fc from 'fast-check';
import { htmlToMarkdown } from '../../../utils/markdown/html-to-markdown';
import { hostileArticle } from './hostile-pages';
import { markdownProblems } from './markdown-safety';

// The guarantee is about the whole output: whatever the route a page's text takes through the converter
// (split over elements, attributes, math, code, markers), the Markdown renders to nothing but safe elements.
describe('the whole Markdown of a hostile page', () => {
  it('renders (marked, GFM) to safe elements and attributes only, with no template delimiter in text', () => {
    fc.assert(
      fc.property(hostileArticle, (html) => {
        const markdown = htmlToMarkdown(html, { baseUrl: 'https://example.com/story' });
        expect(markdownProblems(markdown)).toEqual([]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });
});
