import { joinAuthors, readByline, splitByline } from '../../../utils/metadata/byline';
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
