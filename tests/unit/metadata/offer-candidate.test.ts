import { offer, worthReading } from '../../../utils/metadata/offer-candidate';
import type { PageMetadata } from '../../../utils/metadata/page-metadata-schema';

const URL = 'https://metro.example/news/2024/rents';
const base: PageMetadata = {
  title: 'Rents rise again',
  author: 'Jane Doe',
  pubDatetime: '2024-05-01T08:00:00Z',
  pubDay: '2024-05-01',
  modDatetime: null,
  description: '',
  tags: [],
  canonicalURL: URL,
  ogImage: null,
  lang: 'en',
  siteName: 'Metro Daily',
  sources: { title: 'h1', author: 'json-ld', pubDatetime: 'json-ld' },
};

describe('a source read after Readability offers its candidate to the same resolver', () => {
  it('keeps a value from a source earlier in the registry', () => {
    const signature = { value: 'Ann Lee', source: 'article-signature', standing: 'plain' } as const;
    expect(offer(base, 'author', signature, URL)).toBe(base);
    expect(worthReading(base, 'author', 'article-signature', URL)).toBe(false);
  });

  it('replaces a fallback: the publisher as the author, the <title> as the title', () => {
    const publisher = { ...base, author: 'Metro Daily' };
    const byline = { value: 'Ann Lee', source: 'readability', standing: 'plain' } as const;
    expect(offer(publisher, 'author', byline, URL)).toMatchObject({
      author: 'Ann Lee',
      sources: { author: 'readability' },
    });
    const titled = { ...base, sources: { ...base.sources, title: 'title-tag' as const } };
    const heading = {
      value: 'Rents rise again in May',
      source: 'article-heading',
      standing: 'plain',
    } as const;
    expect(offer(titled, 'title', heading, URL).sources.title).toBe('article-heading');
  });

  it('fills an empty field, and writes what goes with the value', () => {
    const undated = { ...base, pubDatetime: null, pubDay: null, sources: { title: 'h1' as const } };
    const date = {
      value: '2024-05-02T09:00:00+02:00',
      source: 'article-text',
      standing: 'fallback',
    } as const;
    const next = offer(undated, 'pubDatetime', date, URL, (m, value) => {
      m.pubDatetime = value;
      m.pubDay = value.slice(0, 10);
    });
    expect(next).toMatchObject({ pubDay: '2024-05-02', sources: { pubDatetime: 'article-text' } });
    // A date from the story's text is a fallback: it does not replace the address's date.
    const fromUrl = { ...base, sources: { ...base.sources, pubDatetime: 'url' as const } };
    expect(offer(fromUrl, 'pubDatetime', date, URL)).toBe(fromUrl);
  });
});
