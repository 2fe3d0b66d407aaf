import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipSchema } from '../../../utils/clip-schema';
import { slugify } from '../../../utils/slugify';

describe('slugify', () => {
  it.each([
    [
      'Foreign Media: Sora Emerges, China Will Accelerate its Catch-Up Pace',
      'foreign-media-sora-emerges-china-will-accelerate-its-catch-up-pace',
    ],
    ['China Will Accelerate its Catch-Up Pace', 'china-will-accelerate-its-catch-up-pace'],
    ['Café au lait: Ærø Straße', 'cafe-au-lait-aero-strasse'],
    ['Łódź and Kraków', 'lodz-and-krakow'],
    ["Don't panic — it's “fine”", 'dont-panic-its-fine'],
    ['日本語のニュース ジ', '日本語のニュース-ジ'],
    ['Привет, мир й!', 'привет-мир-й'],
    ['مرحبا بالعالم', 'مرحبا-بالعالم'],
    ['ＡＢＣ１２３', 'abc123'],
    ['', 'clip'],
    ['!!! ??? ---', 'clip'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('caps length at a word boundary', () => {
    const slug = slugify('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('always gives a non-empty slug the clip schema accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (title) => {
        const slug = slugify(title);
        expect(slug.length).toBeGreaterThan(0);
        expect(clipSchema.shape.slug.safeParse(slug).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
