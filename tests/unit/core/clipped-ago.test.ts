import { describe, expect, it } from 'vitest';
import { clippedAgo } from '../../../components/clipped-ago';

describe('clippedAgo', () => {
  const now = Date.parse('2026-12-05T12:00:00Z');
  it('says when, in the largest whole unit, and how many tags with the plural rule', () => {
    expect(clippedAgo('2026-12-02T11:00:00Z', 5, now)).toBe('Clipped 3 days ago · 5 tags');
    expect(clippedAgo('2026-12-04T12:00:00Z', 1, now)).toBe('Clipped yesterday · 1 tag');
    expect(clippedAgo('2026-12-05T11:58:00Z', 0, now)).toBe('Clipped 2 minutes ago · 0 tags');
    expect(clippedAgo('2026-12-05T11:59:59Z', 2, now)).toBe('Clipped now · 2 tags');
    expect(clippedAgo('2025-10-01T00:00:00Z', 2, now)).toBe('Clipped last year · 2 tags');
  });
});
