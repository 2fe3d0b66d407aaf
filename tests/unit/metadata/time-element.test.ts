import { findHeadline } from '../../../utils/metadata/find-headline';
import { readTimeElements } from '../../../utils/metadata/time-element';
import { loadFixture, parseHtml } from './load-fixture';

const read = (doc: Document) => readTimeElements(doc, findHeadline(doc));

describe('readTimeElements', () => {
  it('prefers the published-marked <time> in the headline container over teasers, updates and related boxes', () => {
    expect(read(loadFixture('time-near-h1.html'))).toEqual({
      published: '2024-03-09T21:45:00Z',
      modified: '2024-03-10T08:00:00Z',
    });
  });

  it('takes the first plain <time> after the h1 and falls back to a marked date elsewhere', () => {
    const plain = parseHtml(`<article><time datetime="2019-01-01">old</time><h1>T</h1>
      <time datetime="2024-01-26T10:00:00Z">today</time></article>`);
    expect(read(plain).published).toBe('2024-01-26T10:00:00Z');
    const blogger =
      parseHtml(`<h1>Title</h1><div class="post"><abbr class="published" itemprop="datePublished"
      title="2018-06-05T08:00:00-07:00">08:00</abbr></div>`);
    expect(read(blogger).published).toBe('2018-06-05T15:00:00Z');
  });

  it('finds nothing on a page without dates', () => {
    expect(read(loadFixture('no-date.html'))).toEqual({ published: undefined, modified: undefined });
  });
});
