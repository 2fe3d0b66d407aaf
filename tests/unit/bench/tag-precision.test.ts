import { formatPrecision, tagPrecision } from '../../../scripts/bench/tag-precision';

describe('tagPrecision', () => {
  it('counts the first k suggestions of labelled pages, matching folded, skipping unlabelled pages', () => {
    const cases = [
      { shown: ['Storms', 'coast', 'news'], labels: ['storm', 'Weather'] },
      { shown: [], labels: ['x'] },
      { shown: ['a'], labels: [] },
    ];
    expect(tagPrecision(cases, 1)).toEqual({ pages: 2, withSuggestions: 1, hits: 1, shown: 1 });
    expect(tagPrecision(cases, 3)).toEqual({ pages: 2, withSuggestions: 1, hits: 1, shown: 3 });
    expect(formatPrecision(tagPrecision(cases, 3))).toBe('33.3% (1/3)');
  });
});
