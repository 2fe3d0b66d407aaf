/**
 * How the library's clip form and the stored clip stay in step while the form saves itself: which fields
 * still have to be saved, and what the form shows when the stored clip changes under it (its own save
 * landing, a re-clip, a bulk tag). The rule that matters: an edit the store has not taken is never replaced.
 */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Fields the user changed that the store does not have yet: different from the stored value and from what
 * was last saved from this form (the store may keep a normalized spelling of it, e.g. a trimmed title).
 */
export function pendingFields<F extends object>(form: F, stored: F, saved: Partial<F>): (keyof F)[] {
  return (Object.keys(form) as (keyof F)[]).filter(
    (key) => !same(form[key], stored[key]) && !(key in saved && same(form[key], saved[key])),
  );
}

/** The form once the stored clip changed from `stored` to `next`: fields the user left alone follow it. */
export function withStored<F extends object>(form: F, stored: F, next: F): F {
  const out = { ...form };
  for (const key of Object.keys(form) as (keyof F)[]) if (same(form[key], stored[key])) out[key] = next[key];
  return out;
}

/** Only the given fields of `form`. */
export function pick<F extends object>(form: F, keys: readonly (keyof F)[]): Partial<F> {
  const out: Partial<F> = {};
  for (const key of keys) out[key] = form[key];
  return out;
}
