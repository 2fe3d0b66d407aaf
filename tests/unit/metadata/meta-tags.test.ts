import { indexMetaTags } from '../../../utils/metadata/meta-index';
import { readMetaTags } from '../../../utils/metadata/meta-tags';
import { parseHtml } from './load-fixture';

const read = (head: string) => readMetaTags(indexMetaTags(parseHtml(`<head>${head}</head>`)));

describe('readMetaTags', () => {
  it('reads author, description, keywords, news_keywords and twitter tags', () => {
    const meta = read(`
      <meta name="author" content="Kim Berg">
      <meta name="description" content="Short summary.">
      <meta name="keywords" content="one, two">
      <meta name="news_keywords" content="breaking">
      <meta name="twitter:title" content="Twitter title">
      <meta name="twitter:image" content="https://img.example/t.jpg">`);
    expect(meta).toMatchObject({
      authors: ['Kim Berg'],
      description: 'Short summary.',
      keywords: ['breaking', 'one, two'],
      title: 'Twitter title',
      image: 'https://img.example/t.jpg',
    });
  });

  it('keeps an undescribed <meta name="date"> apart from the publication date', () => {
    expect(read('<meta name="date" content="2024-01-26">')).toMatchObject({
      published: undefined,
      pageDate: '2024-01-26',
    });
  });

  it.each([
    ['<meta name="pubdate" content="2024-01-26">'],
    ['<meta name="publish-date" content="2024-01-26">'],
    ['<meta itemprop="datePublished" content="2024-01-26">'],
  ])('reads the publication date from %s', (tag) => {
    expect(read(tag).published).toBe('2024-01-26');
  });

  it('reads itemprop dateModified and the Yoast "Written by" twitter label', () => {
    const meta = read(`<meta itemprop="dateModified" content="2024-02-01">
      <meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karla Herr">`);
    expect(meta.modified).toBe('2024-02-01');
    expect(meta.authors).toEqual(['Karla Herr']);
  });

  it('reads Baidu Baike\'s itemprop "dateUpdate" as the modification date, never the publication date', () => {
    const meta = read('<meta itemprop="dateUpdate" content="2020-02-14 10:47:36">');
    expect(meta.modified).toBe('2020-02-14 10:47:36');
    expect(meta.published).toBeUndefined();
  });
});
