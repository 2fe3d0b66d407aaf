import { describe, expect, it } from 'vitest';
import { normalizeTag, normalizeTagList } from '@/utils/tags/normalize-tag';

describe('normalizeTag', () => {
  it('trims, lower-cases and collapses spaces', () => {
    expect(normalizeTag('  Climate   Change ')).toBe('climate change');
  });
});

describe('normalizeTagList', () => {
  it('keeps each normalized tag once, in order, and drops empty ones', () => {
    expect(normalizeTagList(['Politics', ' ', 'EU', 'politics', 'eu ', 'Trade'])).toEqual([
      'politics',
      'eu',
      'trade',
    ]);
  });
});
