import { findHeadline } from '../../../utils/metadata/find-headline';
import { readTimeElements } from '../../../utils/metadata/time-element';
import { loadFixture, loadMetadataFixture, parseHtml } from './load-fixture';

const read = (doc: Document) => readTimeElements(doc, findHeadline(doc));

// Readers keep the zone the page wrote (its day is the page's day); extractMetadata gives UTC.
describe('readTimeElements', () => {
  it('prefers the published-marked <time> in the headline container over teasers, updates and related boxes', () => {
    expect(read(loadFixture('time-near-h1.html'))).toEqual({
      published: '2024-03-09T22:45:00+01:00',
      modified: '2024-03-10T09:00:00+01:00',
      publishedShown: true,
    });
  });

  it('takes the first plain <time> after the h1 and falls back to a marked date elsewhere', () => {
    const plain = parseHtml(`<article><time datetime="2019-01-01">old</time><h1>T</h1>
      <time datetime="2024-01-26T10:00:00Z">today</time></article>`);
    expect(read(plain).published).toBe('2024-01-26T10:00:00Z');
    const blogger =
      parseHtml(`<h1>Title</h1><div class="post"><abbr class="published" itemprop="datePublished"
      title="2018-06-05T08:00:00-07:00">08:00</abbr></div>`);
    expect(read(blogger).published).toBe('2018-06-05T08:00:00-07:00');
  });

  it('reads the date in an <aside class="meta"> beside the article, not a teaser aside\'s', () => {
    expect(read(loadMetadataFixture('aside-meta-box.html'))).toEqual({
      published: '2022-01-21T00:00:00Z',
      modified: undefined,
      publishedShown: true,
    });
  });

  it("passes over the dates of a teaser list (date + link to another article) for the article's own", () => {
    expect(read(loadMetadataFixture('teaser-list-time.html')).published).toBe('2022-12-12T12:22:00Z');
  });

  it('says whether the published date is printed or only in a <meta itemprop>', () => {
    const hidden = parseHtml(`<article><h1>T</h1>
      <meta itemprop="datePublished" content="2021-12-14T15:41:07+01:00"><p>Text</p></article>`);
    expect(read(hidden)).toEqual({
      published: '2021-12-14T15:41:07+01:00',
      modified: undefined,
      publishedShown: false,
    });
  });

  it('finds nothing on a page without dates', () => {
    expect(read(loadFixture('no-date.html'))).toEqual({ modified: undefined });
  });
});
