import { readByline, splitByline } from '../../../utils/metadata/byline';
import { joinAuthors } from '../../../utils/metadata/author-list';
import { findHeadline } from '../../../utils/metadata/find-headline';
import { loadFixture, parseHtml } from './load-fixture';

const read = (doc: Document) => readByline(doc, findHeadline(doc));

describe('splitByline', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By A. One, B. Two and C. Three', ['A. One', 'B. Two', 'C. Three']],
    ['Von Lena Vogt und Tom Richter', ['Lena Vogt', 'Tom Richter']],
    ['By Priya Raman | Updated March 5, 2024 8:12 AM', ['Priya Raman']],
    ['Posted on September 21, 2020 by Adi Tzlil', ['Adi Tzlil']],
    ['Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45', ['Pamela Sladky']],
    ['Text, Fotos: Ivan Valetny', ['Ivan Valetny']],
    ['ByJ.R. Stone Thursday, November 9', ['J.R. Stone']],
    ['Loïc Le Clerc', ['Loïc Le Clerc']],
    ['Lisa Petrich Mi, 20. Okt 2021', ['Lisa Petrich']],
    ['Stand: 20. April 2020, 14:57 Uhr', []],
    ['Houzz Deutschlandvor 5 StundenMehr', ['Houzz Deutschland']],
    ['By Jane Doe 3 hours ago', ['Jane Doe']],
    ['Dezember 10, 2012', []],
    ['Autor: Peter Maahn/SP-X', ['Peter Maahn']],
    ['Interview: SVEN MARTENSEN', ['Sven Martensen']],
    ['Name (erforderlich)', []],
    ['https://social.example/jane', []],
    ['Follow', []],
  ])('%j → %j', (raw, names) => {
    expect(splitByline(raw)).toEqual(names);
  });
});

describe('joinAuthors', () => {
  it('joins with ", ", drops duplicates and URLs', () => {
    expect(joinAuthors(['Jane Doe', 'jane doe', 'https://x.example/j', ' John  Roe '])).toBe(
      'Jane Doe, John Roe',
    );
  });
});

describe('readByline', () => {
  it('reads a "By A and B" line after the h1, ignoring nav and comments', () => {
    expect(read(loadFixture('byline-only.html'))).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads a .byline block with several names and a trailing update date', () => {
    expect(read(loadFixture('byline-classes.html'))).toEqual(['Ana Ruiz', 'Li Wei', 'Tom Ekberg']);
  });

  it('reads rel=author and itemprop=author, and nothing on a page without a byline', () => {
    expect(read(parseHtml('<article><h1>T</h1><a rel="author" href="/a">Mo Ali</a></article>'))).toEqual([
      'Mo Ali',
    ]);
    const microdata =
      '<article><h1>T</h1><span itemprop="author"><span itemprop="name">Eva Lind</span></span></article>';
    expect(read(parseHtml(microdata))).toEqual(['Eva Lind']);
    expect(read(loadFixture('no-date.html'))).toEqual([]);
  });
});

describe('readByline: labels, dates and publishers', () => {
  it('reads a credits box that prints the label and the name in separate elements', () => {
    expect(read(loadFixture('byline-label.html'))).toEqual(['Mara Lindqvist']);
  });

  it('reads the name after a bold "Von:" / "Text:" label, at the end of the article too', () => {
    const doc = parseHtml(`<div><h1>Ferry timetable changes</h1><p>${'Long article text. '.repeat(30)}</p>
      <p>(to be continued)<br><strong>Text:</strong> Ole Brandt</p></div>`);
    expect(read(doc)).toEqual(['Ole Brandt']);
  });

  it('reads "date – name" and "date von name" lines, but not "date – topic" or "date category"', () => {
    expect(read(parseHtml('<div><h1>T</h1><p>25.10.2022 - Rina Kowalski</p></div>'))).toEqual([
      'Rina Kowalski',
    ]);
    expect(read(parseHtml('<div><h1>T</h1><span>06.11.2023 13:30 von Olga</span></div>'))).toEqual(['Olga']);
    expect(read(parseHtml('<div><h1>T</h1><p>25.10.2022 - Berlin im Wandel</p></div>'))).toEqual([]);
    expect(read(parseHtml('<div><h1>T</h1><p>2020-04-26 Deutsche Sprache</p></div>'))).toEqual([]);
  });

  it('reads a "date – Redaktion: name (role)" line above the h1', () => {
    const doc =
      parseHtml(`<div><div class="meta">05.02.2020 <span>- Redaktion: Eva Maurer (Pressesprecherin)</span></div>
      <h1>Faire Lieferketten</h1><p>Text.</p></div>`);
    expect(read(doc)).toEqual(['Eva Maurer']);
  });

  it('reads Drupal\'s "Gespeichert von" and a schema.org Person in the text', () => {
    const drupal =
      '<article><h1>T</h1><p class="submitted">Gespeichert von <span>kalle</span> am 24. Juli 2017</p></article>';
    expect(read(parseHtml(drupal))).toEqual(['kalle']);
    const person =
      '<article><h1>T</h1><p>Text.</p><p><em>Von <span itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="Ida Sommer">Ida Sommer</span></em></p></article>';
    expect(read(parseHtml(person))).toEqual(['Ida Sommer']);
  });

  it("passes over a CMS account's login for a printed name, keeping it as the fallback", () => {
    const account =
      '<p class="submitted">Gespeichert von <span class="username" typeof="sioc:UserAccount">human</span> am 7. Juli 2019</p>';
    const doc = parseHtml(
      `<article><h1>Vegetarier</h1>${account}<p>Blog Beitrag von Margarita Koreneva</p></article>`,
    );
    expect(read(doc)).toEqual(['Margarita Koreneva']);
    expect(read(parseHtml(`<article><h1>Vegetarier</h1>${account}</article>`))).toEqual(['human']);
  });

  it('finds a "Geschrieben von" line on a page without a headline', () => {
    const doc = parseHtml(
      '<table><tr><td><span>Geschrieben von <a href="/u/6">Cooper</a></span> am 25.08.2015</td></tr></table>',
    );
    expect(readByline(doc, findHeadline(doc))).toEqual(['Cooper']);
  });

  it('passes over a byline that is the publisher for a personal one, keeping it as the fallback', () => {
    const doc = parseHtml(`<div><h1>T</h1><a rel="author" href="/">Metro Daily</a>
      <span class="byline-author">Posted by Ana Ruiz and Li Wei - Security team</span></div>`);
    const publisher = (name: string) => name === 'Metro Daily';
    expect(readByline(doc, findHeadline(doc), publisher)).toEqual(['Ana Ruiz', 'Li Wei']);
    const only = parseHtml('<div><h1>T</h1><a rel="author" href="/">Metro Daily</a></div>');
    expect(readByline(only, findHeadline(only), publisher)).toEqual(['Metro Daily']);
  });
});

describe('splitByline: credits and interface words', () => {
  it.each([
    ['Christian Sander Illustration von Markus Rot', ['Christian Sander']],
    ['Zeige alle Beiträge von Creeny →', ['Creeny']],
    ['vor 5 Stunden', []],
    ['人氣(23925)', []],
    ['Johanna Kropfitsch Alle Artikel', ['Johanna Kropfitsch']],
    ['Rob Ewaschuk Edited by Betsy Beyer', ['Rob Ewaschuk']],
    ['Revised Edition Edited by Adrian Parr', []],
    ['Ein Interview von Eugen Zentner mit Sonja Silberhorn.', ['Eugen Zentner']],
    // WordPress's "Posted by X in <category>": the category is no name; an association's place is its name.
    ['Posted by DT in Tagebuch', ['DT']],
    ['By Jane Doe in News, Politics', ['Jane Doe']],
    ['Verein: Historische Wehranlage in Horka e.V.', ['Verein: Historische Wehranlage in Horka e.V.']],
  ])('%j → %j', (raw, names) => {
    expect(splitByline(raw)).toEqual(names);
  });
});

describe('readByline: author boxes, ruled lines and scripts without case', () => {
  it('reads the name link of an author box whose whole text runs the name into a button and a bio', () => {
    const doc = parseHtml(`<article><header><h1>Eine Hochzeit im Wendland</h1><div class="author-info">
      <div class="mini-card"><a href="/in/ih"><img alt=""></a><h3><a href="/in/ih">Inga Hoeltmann</a><a href="/follow">Follow</a></h3>
      <p>Transformationsbegleiterin und Expertin für Neue Arbeit und Neues Lernen. Schwerpunkt: Organisationen im Wandel, Führung und Kultur.</p></div>
      </div></header><p>Text.</p></article>`);
    expect(read(doc)).toEqual(['Inga Hoeltmann']);
    // A box whose links are no one's name gives none.
    const none = parseHtml(`<article><h1>T</h1><div class="author-info"><a href="/f">Follow</a>
      <a href="/m">Mehr Artikel zum Thema Energie und Klima</a> ${'Bio text. '.repeat(15)}</div></article>`);
    expect(read(none)).toEqual([]);
  });

  it('reads "Ein Interview von … mit …" as its interviewer, not an Instagram embed\'s "Ein Beitrag geteilt von"', () => {
    const interview = parseHtml(
      '<div><h1>T</h1><p><em>Ein Interview von <strong>Eugen Zentner</strong> mit <strong>Sonja Silberhorn</strong>.</em></p></div>',
    );
    expect(read(interview)).toEqual(['Eugen Zentner']);
    const embed = parseHtml('<div><h1>T</h1><p>Ein Beitrag geteilt von SKEP (@skep.association)</p></div>');
    expect(read(embed)).toEqual([]);
  });

  it('reads a "by" line drawn after a rule of dashes, and a Chinese editor credit', () => {
    const ruled = parseHtml(
      '<div><h1>micropolitics</h1><div><span><strong><em>---- by Kenneth Surin</em></strong></span></div><p>Text.</p></div>',
    );
    expect(read(ruled)).toEqual(['Kenneth Surin']);
    expect(read(parseHtml('<div><h1>标题</h1><p>正文。</p><span>责任编辑： 焦鹏</span></div>'))).toEqual([
      '焦鹏',
    ]);
  });
});

describe('the place a writer reports from', () => {
  it('is not a second author: "Markus Balser, Berlin" is one name', () => {
    expect(splitByline('Von Markus Balser, Berlin')).toEqual(['Markus Balser']);
    expect(splitByline('Anna Berg, Tom Muller, Bonn')).toEqual(['Anna Berg', 'Tom Muller']);
    expect(splitByline('Anna Berg, Tom Muller')).toEqual(['Anna Berg', 'Tom Muller']);
    expect(splitByline('David Straub, MDR Thüringen')).toEqual(['David Straub', 'MDR Thüringen']);
  });
});
