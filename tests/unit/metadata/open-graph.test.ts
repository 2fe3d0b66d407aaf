import { indexMetaTags } from '../../../utils/metadata/meta-index';
import { readOpenGraph } from '../../../utils/metadata/open-graph';
import { loadFixture } from './load-fixture';

describe('readOpenGraph', () => {
  it('reads og:* and article:* tags', () => {
    const og = readOpenGraph(indexMetaTags(loadFixture('og-only.html')));
    expect(og).toEqual({
      title: 'Night trains return to the coast line | Coastal Courier',
      description: 'Sleeper services resume in May after four years.',
      image: '/images/sleeper.jpg',
      siteName: 'Coastal Courier',
      url: 'https://coastalcourier.example/travel/night-trains',
      published: '2024-04-30T23:30:00-04:00',
      modified: '2024-05-01T10:00:00Z',
      authors: ['Nadia Ferreira'],
      keywords: ['Rail', 'Night Trains', 'rail'],
      section: 'Travel',
      lang: 'fr-FR',
    });
  });
});
