import { readDateText } from '../../../utils/metadata/date-text';
import { findHeadline } from '../../../utils/metadata/find-headline';
import { loadFixture, parseHtml } from './load-fixture';

const read = (doc: Document) => readDateText(doc, findHeadline(doc));

describe('readDateText', () => {
  it('reads a date written in a date-classed element near the headline', () => {
    expect(read(loadFixture('date-text.html'))).toBe('2024-01-26T00:00:00Z');
  });

  it('reads a short line after the h1 and a paragraph that opens with its date', () => {
    expect(read(parseHtml('<div><h1>T</h1><p>3. August 2015 · Filed under Music</p></div>'))).toBe(
      '2015-08-03T00:00:00Z',
    );
    const long = `(21. November 2022) ${'Energieverbraucher erhalten eine Erhöhung nach der nächsten. '.repeat(4)}`;
    expect(read(parseHtml(`<div><h1>T</h1><p>${long}</p></div>`))).toBe('2022-11-21T00:00:00Z');
  });

  it('reads a byline block\'s own "Name, date" text past the widgets nested in it', () => {
    const rating =
      '<div class="rating">Bewertung 3.17 von 5 bei 12 Stimmen. Jetzt bewerten: 1 2 3 4 5</div>'.repeat(2);
    const doc = parseHtml(`<div class="article"><h1>Eine Interpretation des Multiplikators</h1>
      <p>5343 mal gelesen</p><div class="byline"><a href="/autoren/g-q">Georg Quaas</a>, 21. Jan. 2015 ${rating}</div>
      <p>${'Text. '.repeat(30)}</p></div>`);
    expect(read(doc)).toBe('2015-01-21T00:00:00Z');
  });

  it('ignores "updated" dates and pages without any', () => {
    expect(read(parseHtml('<div><h1>T</h1><span class="date">Updated 3 May 2020</span></div>'))).toBeNull();
    expect(read(loadFixture('no-date.html'))).toBeNull();
  });

  it('reads the published part of a "Written: … Updated: …" line', () => {
    const doc = parseHtml(
      '<div><h1>T</h1><p class="date">Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 09:00:00</p></div>',
    );
    expect(read(doc)).toBe('2023-11-07T15:03:30Z');
  });
});
