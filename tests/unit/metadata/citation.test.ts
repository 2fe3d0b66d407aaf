import { readCitation } from '../../../utils/metadata/citation';
import { indexMetaTags } from '../../../utils/metadata/meta-index';
import { loadFixture } from './load-fixture';

describe('readCitation', () => {
  it('reads citation_* tags, turning "Last, First" authors around', () => {
    const citation = readCitation(indexMetaTags(loadFixture('dc-citation.html')));
    expect(citation).toMatchObject({
      title: 'Soil carbon in restored wetlands: a ten-year survey',
      authors: ['Anna Meyer', 'Ben Okoro'],
      published: '2023/06/15',
      keywords: ['wetlands; soil carbon'],
    });
  });
});
