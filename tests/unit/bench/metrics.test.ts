// @vitest-environment node
import {
  calendarDate,
  metadataMatches,
  median,
  percentile,
  segmentCounts,
  segmentScores,
  shingleMatch,
  shingleScores,
  shingles,
  tokenize,
} from '../../../scripts/bench/metrics';

describe('trafilatura content metric', () => {
  it('counts with/without segments by substring match on whitespace-collapsed text', () => {
    const text = 'The  quick brown\nfox jumps.\n\nShare this article';
    const counts = segmentCounts(text, ['quick brown fox', 'lazy dog'], ['Share this  article', 'Subscribe']);
    expect(counts).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
  });

  it('is case-sensitive', () => {
    expect(segmentCounts('Hello World', ['hello world'], []).tp).toBe(0);
  });

  it('sums over pages before computing precision, recall and F1', () => {
    const scores = segmentScores([
      { tp: 3, fn: 1, fp: 0, tn: 2 },
      { tp: 1, fn: 1, fp: 2, tn: 0 },
    ]);
    expect(scores).toMatchObject({ tp: 4, fn: 2, fp: 2, tn: 2 });
    expect(scores.precision).toBeCloseTo(4 / 6);
    expect(scores.recall).toBeCloseTo(4 / 6);
    expect(scores.f1).toBeCloseTo(4 / 6);
  });

  it('scores nothing found as zero without dividing by zero', () => {
    expect(segmentScores([{ tp: 0, fn: 2, fp: 0, tn: 1 }])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('shingle F1 (Zyte)', () => {
  it('tokenizes Unicode words like Python \\w (JavaScript \\w is ASCII-only)', () => {
    expect(tokenize('Über straße, naïve_x 42 — 日本語!')).toEqual([
      'Über',
      'straße',
      'naïve_x',
      '42',
      '日本語',
    ]);
  });

  it('builds a multiset of 4-token shingles, one shingle for shorter texts', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b c d a b c d').get(['a', 'b', 'c', 'd'].join('\u0000'))).toBe(2);
    expect([...shingles('only two').keys()]).toHaveLength(1);
    expect(shingles('').size).toBe(0);
  });

  it('normalises tp/fp/fn per page', () => {
    expect(shingleMatch('a b c d e', 'a b c d e')).toEqual([1, 0, 0]);
    // truth: abcd bcde; predicted: abcd bcdf → tp 1, fp 1, fn 1
    const [tp, fp, fn] = shingleMatch('a b c d e', 'a b c d f');
    expect([tp, fp, fn].map((x) => x.toFixed(3))).toEqual(['0.333', '0.333', '0.333']);
    expect(shingleMatch('', '')).toEqual([0, 0, 0]);
    expect(shingleMatch('a b c d', '')).toEqual([0, 0, 1]);
  });

  it('averages per-page precision and recall, then takes the harmonic mean', () => {
    const perfect = shingleMatch('one two three four five', 'one two three four five');
    const missing = shingleMatch('one two three four five', '');
    const half = shingleMatch('a b c d e', 'a b c d f');
    const scores = shingleScores([perfect, missing, half]);
    // precision over pages with tp+fp>0: perfect (1), half (0.5); missing is skipped
    expect(scores.precision).toBeCloseTo(0.75);
    // recall over pages with tp+fn>0: 1, 0, 0.5
    expect(scores.recall).toBeCloseTo(0.5);
    expect(scores.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
  });
});

describe('metadata', () => {
  it('matches exactly after collapsing whitespace', () => {
    expect(metadataMatches(' Jane   Doe ', 'Jane Doe')).toBe(true);
    expect(metadataMatches('jane doe', 'Jane Doe')).toBe(false);
    expect(metadataMatches('', 'Jane Doe')).toBe(false);
    expect(metadataMatches(null, 'Jane Doe')).toBe(false);
  });

  it('matches a list label joined in the usual ways', () => {
    expect(metadataMatches('A B, C D', ['A B', 'C D'])).toBe(true);
    expect(metadataMatches('A, B and C', ['A', 'B', 'C'])).toBe(true);
    expect(metadataMatches('A B', ['A B', 'C D'])).toBe(false);
  });

  it('compares the calendar date of a published time', () => {
    expect(calendarDate('2020-01-05T00:30:00+01:00')).toBe('2020-01-05');
    expect(calendarDate('2020-01-04T23:30:00Z')).toBe('2020-01-04');
    expect(calendarDate('Tue, 07 Jan 2020 10:00:00 GMT')).toBe('2020-01-07');
    expect(calendarDate('not a date')).toBeNull();
    expect(calendarDate('')).toBeNull();
  });
});

describe('time statistics', () => {
  it('computes the median and a nearest-rank percentile', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(
      percentile(
        [...Array(100).keys()].map((i) => i + 1),
        95,
      ),
    ).toBe(95);
    expect(percentile([], 95)).toBe(0);
  });
});
