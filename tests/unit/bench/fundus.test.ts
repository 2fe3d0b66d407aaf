import { describe, expect, it } from 'vitest';
import { authorSet, scoreFundus, type FundusPage } from '../../../scripts/bench/fundus';

const page: FundusPage = {
  id: 'x',
  url: 'https://news.example/a',
  publisher: 'News',
  file: '',
  title: 'Kenia: Nairobi von unten',
  authors: ['Anna Muster', 'Ben Beispiel'],
  day: '2024-05-03',
  body: 'one two three four five six',
};

describe('fundus scoring', () => {
  it('splits authors on the README rules and compares them as a set', () => {
    expect(authorSet('Ben Beispiel und Anna  Muster')).toEqual(['anna muster', 'ben beispiel']);
    expect(authorSet(['A & B', 'C; D and E'])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('matches title after NFKC/lower case, authors as a set, and the day the page states', () => {
    const s = scoreFundus(page, {
      markdown: 'one two three four five six',
      title: 'KENIA: Nairobi  von unten',
      author: 'Ben Beispiel, Anna Muster',
      published: '2024-05-03T23:30:00+02:00',
    });
    expect(s).toEqual({ shingles: [1, 0, 0], title: true, authors: true, date: true });
    expect(
      scoreFundus(page, { markdown: '', title: 'x', author: 'Anna Muster', published: '' }).authors,
    ).toBe('Anna Muster');
  });
});
