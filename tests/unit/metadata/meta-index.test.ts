import { allMeta, firstMeta, indexMetaTags } from '../../../utils/metadata/meta-index';
import { parseHtml } from './load-fixture';

describe('indexMetaTags', () => {
  it('indexes name, property, itemprop and http-equiv case-insensitively, keeping every value in order', () => {
    const doc = parseHtml(`<head>
      <meta name="Author" content=" Ann  Lee ">
      <meta property="article:tag" content="a"><meta property="article:tag" content="b">
      <meta itemprop="datePublished" content="2024-01-01">
      <meta http-equiv="Content-Language" content="de">
      <meta name="empty" content="">
      <meta name="escaped" content="Caf&amp;eacute;">
    </head>`);
    const index = indexMetaTags(doc);
    expect(firstMeta(index, 'author')).toBe('Ann Lee');
    expect(allMeta(index, 'article:tag')).toEqual(['a', 'b']);
    expect(firstMeta(index, 'datepublished')).toBe('2024-01-01');
    expect(firstMeta(index, 'content-language')).toBe('de');
    expect(firstMeta(index, 'empty', 'author')).toBe('Ann Lee');
    expect(firstMeta(index, 'escaped')).toBe('Café');
  });
});
