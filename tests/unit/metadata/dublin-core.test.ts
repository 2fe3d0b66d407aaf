import { readDublinCore } from '../../../utils/metadata/dublin-core';
import { indexMetaTags } from '../../../utils/metadata/meta-index';
import { loadFixture } from './load-fixture';

describe('readDublinCore', () => {
  it('reads DC.* and dcterms.* tags', () => {
    const dc = readDublinCore(indexMetaTags(loadFixture('dublin-core.html')));
    expect(dc).toMatchObject({
      title: 'Neue Öffnungszeiten im Bürgeramt',
      authors: ['Hanna Berg'],
      published: '26.01.2024',
      keywords: ['Verwaltung, Bürgeramt'],
      lang: 'de',
    });
  });
});
