import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse, collapsedLength } from '../../../utils/text/collapse';

// Every character `\s` matches, and neighbours it does not (U+0085, U+180E, U+200B).
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const NOT_SPACES = 'aZ9\u0085\u180e\u200b新';

describe('collapse', () => {
  it('is the replace-and-trim it stands for, for any string (text already collapsed comes back as it is)', () => {
    const unit = fc.constantFrom(...SPACES, ...NOT_SPACES);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit }), fc.string({ unit: 'grapheme' })), (s) => {
        expect(collapse(s)).toBe(s.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 3000 },
    );
    expect(collapse(null)).toBe('');
    expect(collapse(undefined)).toBe('');
    expect(collapse('a b')).toBe('a b');
  });
});

describe('collapsedLength', () => {
  it('is the length of the collapsed text, for any string', () => {
    const unit = fc.constantFrom(...SPACES, ...NOT_SPACES);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit }), fc.string({ unit: 'grapheme' })), (s) => {
        expect(collapsedLength(s)).toBe(collapse(s).length);
      }),
      { numRuns: 2000 },
    );
    expect(collapsedLength(null)).toBe(0);
  });

  it('counts no further than a limit, answering the smaller of the two', () => {
    const unit = fc.constantFrom(...SPACES, ...NOT_SPACES);
    fc.assert(
      fc.property(fc.string({ unit }), fc.nat(40), (s, limit) => {
        expect(collapsedLength(s, limit)).toBe(Math.min(collapse(s).length, limit));
      }),
      { numRuns: 2000 },
    );
  });
});
