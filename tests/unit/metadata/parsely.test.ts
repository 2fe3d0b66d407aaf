import { indexMetaTags } from '../../../utils/metadata/meta-index';
import { readParsely } from '../../../utils/metadata/parsely';
import { loadFixture, parseHtml } from './load-fixture';

describe('readParsely', () => {
  it('reads parsely-* tags', () => {
    const parsely = readParsely(indexMetaTags(loadFixture('parsely-sailthru.html')));
    expect(parsely).toMatchObject({
      title: 'Council delays vote on stadium lease',
      authors: ['Omar Haddad', 'Lucy Brandt'],
      published: '1706278404',
      keywords: ['Stadium, City Hall, 2024'],
    });
  });

  it('falls back to the parsely-page JSON and survives broken JSON', () => {
    const page = readParsely(indexMetaTags(loadFixture('parsely-page.html')));
    expect(page).toMatchObject({
      title: 'Tram line extension approved',
      authors: ['Noor Aziz'],
      published: '2023-11-08T16:20:00Z',
      keywords: ['trams', 'transport'],
      section: 'Transport',
      url: 'https://tramtimes.example/tram-extension',
    });
    const broken = parseHtml(`<meta name="parsely-page" content="{not json">`);
    expect(readParsely(indexMetaTags(broken)).authors).toEqual([]);
  });
});
