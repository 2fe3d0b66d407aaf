import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '../../../components/library/date-input';

describe('the published date input', () => {
  it('reads and writes the user’s zone, stores UTC and the day chosen', () => {
    const stored = fromLocalInput('2026-03-14T00:30');
    expect(stored?.pubDay).toBe('2026-03-14');
    expect(new Date(stored!.pubDatetime).getTime()).toBe(new Date('2026-03-14T00:30').getTime());
    expect(toLocalInput(stored!.pubDatetime)).toBe('2026-03-14T00:30');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('14.03.2026')).toBeNull();
  });
});
