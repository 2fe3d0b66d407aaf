import { indexMetaTags } from '../../../utils/metadata/meta-index';
import { readSailthru } from '../../../utils/metadata/sailthru';
import { loadFixture } from './load-fixture';

describe('readSailthru', () => {
  it('reads sailthru.* tags', () => {
    const sailthru = readSailthru(indexMetaTags(loadFixture('sailthru-only.html')));
    expect(sailthru).toMatchObject({
      authors: ['Greta Lind'],
      published: 'Fri, 26 Jan 2024 14:13:24 +0200',
      keywords: ['ferries;fares'],
    });
  });
});
