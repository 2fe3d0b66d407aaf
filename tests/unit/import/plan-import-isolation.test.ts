import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { planImport } from '../../../utils/import/plan-import';

// Whatever reading one post throws (a bug, a date no Date can hold), stands in for what is not yet known.
vi.mock('../../../utils/import/import-post', async (original) => {
  const real = await original<typeof import('../../../utils/import/import-post')>();
  return {
    ...real,
    importPost: (...args: Parameters<typeof real.importPost>) => {
      if (args[0].includes('throws')) throw new RangeError('Invalid time value');
      return real.importPost(...args);
    },
  };
});

const post = (n: number) =>
  strToU8(`---\ntitle: Post ${n}\ncanonicalURL: https://a.example/${n}\n---\nBody ${n}\n`);

describe('planImport isolates every file', () => {
  it('a file that throws fails alone, named, with the reason; picked or in a zip', () => {
    const zip = zipSync({ 'a-throws.md': post(1), 'b.md': post(2) });
    const plan = planImport(
      [
        { name: 'throws.md', data: post(3) },
        { name: 'x.zip', data: zip },
        { name: 'ok.md', data: post(4) },
      ],
      { now: '2026-01-01T00:00:00Z' },
    );
    expect(plan.errors).toEqual([
      { file: 'throws.md', message: 'Could not be read (RangeError: Invalid time value)' },
      { file: 'x.zip/a-throws.md', message: 'Could not be read (RangeError: Invalid time value)' },
    ]);
    expect(plan.readyFiles).toEqual(['x.zip/b.md', 'ok.md']);
  });
});
