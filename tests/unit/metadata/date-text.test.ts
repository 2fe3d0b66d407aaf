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

  it('reads a subline above the headline that opens with a "26 | 01 | 2022" date', () => {
    const cells =
      '<td>26 | 01 | 2022</td><td>Schweiz | Praxis | Video</td><td>Text &amp; Fotos: Ivan Valetny</td>';
    const doc = parseHtml(`<section><div class="nopadding"><div class="subline">
      <table class="desktop"><tr>${cells}<td>0</td><td>337</td></tr></table>
      <table class="mobile"><tr>${cells}</tr></table></div>
      <h1>Bielersee-Winterhechte</h1></div></section><section><p>${'Text. '.repeat(40)}</p></section>`);
    expect(readDateText(doc, { h1: doc.querySelector('h1'), container: doc.body })).toBe(
      '2022-01-26T00:00:00Z',
    );
  });

  it('reads a byline block\'s own "Name, date" text past the widgets nested in it', () => {
    const rating =
      '<div class="rating">Bewertung 3.17 von 5 bei 12 Stimmen. Jetzt bewerten: 1 2 3 4 5</div>'.repeat(2);
    const doc = parseHtml(`<div class="article"><h1>Eine Interpretation des Multiplikators</h1>
      <p>5343 mal gelesen</p><div class="byline"><a href="/autoren/g-q">Georg Quaas</a>, 21. Jan. 2015 ${rating}</div>
      <p>${'Text. '.repeat(30)}</p></div>`);
    expect(read(doc)).toBe('2015-01-21T00:00:00Z');
  });

  it("prefers the date right above the headline to a teaser's date far below it, unless both are one day", () => {
    const teasers = '<div class="teaser"><p>Teaser text.</p></div>'.repeat(10);
    const doc = parseHtml(`<div class="main"><span class="-meta">Par Loïc Le Clerc | 30 septembre 2018</span>
      <h2>Deux ans et demi en Macronie</h2><p>${'Texte. '.repeat(60)}</p>${teasers}
      <span class="-meta">18 février 2020</span></div>`);
    expect(readDateText(doc, { h1: doc.querySelector('h2'), container: doc.querySelector('.main') })).toBe(
      '2018-09-30T00:00:00Z',
    );
    const blogger = parseHtml(`<div class="post"><h2 class="date-header">Tuesday, April 28, 2020</h2>
      <h3>Python 2.7.18</h3><p>${'Text. '.repeat(60)}</p>${teasers}
      <span class="post-timestamp"><abbr class="published" title="2020-04-28T19:11:00Z">7:11 PM</abbr></span></div>`);
    expect(
      readDateText(blogger, { h1: blogger.querySelector('h3'), container: blogger.querySelector('.post') }),
    ).toBe('2020-04-28T19:11:00Z');
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
