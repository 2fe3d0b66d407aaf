import { normalizeTags } from '../../../utils/metadata/normalize-tags';

describe('normalizeTags', () => {
  it('splits on commas and semicolons, trims, lower-cases and dedupes in order', () => {
    expect(normalizeTags(['Climate, Energy; climate', ' #Policy ', 'energy'])).toEqual([
      'climate',
      'energy',
      'policy',
    ]);
  });

  it('drops empties, numbers and over-long tags and keeps at most 8', () => {
    expect(
      normalizeTags([',,2024, 12.5,a tag that is much longer than forty characters in total, ok']),
    ).toEqual(['ok']);
    expect(normalizeTags(['a,b,c,d,e,f,g,h,i,j'])).toHaveLength(8);
  });
});
