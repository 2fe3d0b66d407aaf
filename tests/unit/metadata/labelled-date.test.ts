import { findHeadline } from '../../../utils/metadata/find-headline';
import { readLabelledDate } from '../../../utils/metadata/labelled-date';
import { loadFixture, loadMetadataFixture, parseHtml } from './load-fixture';

const read = (doc: Document) => readLabelledDate(doc, findHeadline(doc).container);

describe('readLabelledDate', () => {
  it('reads the date labelled "Erschienen am" in the article, not the sidebar teaser or script JSON', () => {
    expect(read(loadFixture('labelled-date.html'))).toBe('2023-11-01T00:00:00Z');
  });

  it('reads labels in other languages, with times', () => {
    const doc = parseHtml('<div><h1>T</h1><p>Podcast. Veröffentlicht am 16.08.2019, 10:30 Uhr</p></div>');
    expect(read(doc)).toBe('2019-08-16T10:30:00Z');
    expect(read(parseHtml('<main><h1>T</h1><p>Publié le 3 mai 2021</p></main>'))).toBe(
      '2021-05-03T00:00:00Z',
    );
  });

  it('reads WordPress\'s "… wurde am <date> um <time> Uhr gepostet", not a sentence merely saying "wurde am"', () => {
    expect(read(loadMetadataFixture('wordpress-postmetadata.html'))).toBe('2010-05-19T23:03:00Z');
    const plain = parseHtml('<main><h1>T</h1><p>Die Brücke wurde am 3. März 2009 eröffnet.</p></main>');
    expect(read(plain)).toBeNull();
  });

  it('ignores labels not followed by a date, and pages without any', () => {
    expect(read(parseHtml('<div><h1>T</h1><p>Published by the city council in 2019.</p></div>'))).toBeNull();
    expect(read(loadFixture('no-date.html'))).toBeNull();
  });

  it("reads the last update's label only when asked for it", () => {
    const doc = parseHtml('<main><h1>T</h1><p>Text.</p><p class="info">Aktualisiert: 30.12.2016</p></main>');
    expect(read(doc)).toBeNull();
    expect(readLabelledDate(doc, findHeadline(doc).container, 'updated')).toBe('2016-12-30T00:00:00Z');
    const wiki = parseHtml(
      '<div><h1>T</h1><p>BeginnersGuide (last edited 2019-11-10 13:28:18 by Mats)</p></div>',
    );
    expect(readLabelledDate(wiki, findHeadline(wiki).container, 'updated')).toBe('2019-11-10T13:28:18Z');
  });
});
