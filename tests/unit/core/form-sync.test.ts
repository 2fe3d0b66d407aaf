import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pendingFields, pick, withStored } from '../../../components/library/form-sync';

type Form = { title: string; tags: string[]; draft: boolean };
const form = fc.record({
  title: fc.constantFrom('A', 'B', 'C', 'A '),
  tags: fc.constantFrom([], ['x'], ['x', 'y']),
  draft: fc.boolean(),
});

describe('form sync', () => {
  it('never replaces an edit the store has not taken, whatever the stored clip becomes', () => {
    fc.assert(
      fc.property(form, form, form, form, (edited, stored, saved, next) => {
        const pending = pendingFields(edited, stored, saved);
        const merged = withStored(edited, stored, next);
        for (const key of pending) expect(merged[key]).toEqual(edited[key]);
        // A field the user left alone follows the store.
        for (const key of Object.keys(edited) as (keyof Form)[])
          if (JSON.stringify(edited[key]) === JSON.stringify(stored[key]))
            expect(merged[key]).toEqual(next[key]);
      }),
    );
  });

  it('is clean once saved, even when the store keeps another spelling, and dirty again on a new edit', () => {
    const stored: Form = { title: 'A', tags: [], draft: true };
    const typed: Form = { ...stored, title: 'A ' };
    expect(pendingFields(typed, stored, {})).toEqual(['title']);
    const saved = pick(typed, ['title']);
    // The store trimmed it: the form keeps what the user typed, and has nothing left to save.
    const next: Form = { ...stored, title: 'A' };
    expect(withStored(typed, stored, next)).toEqual(typed);
    expect(pendingFields(typed, next, saved)).toEqual([]);
    expect(pendingFields({ ...typed, title: 'A B' }, next, saved)).toEqual(['title']);
  });
});
