import { describe, expect, it } from 'vitest';
import { PREPARED_MAX_AGE_MS, PreparedExtractions } from '../../../utils/capture/prepared-extractions';

const URL_A = 'https://news.example/story';

function store() {
  let now = 1_000;
  const prepared = new PreparedExtractions(() => now);
  return { prepared, later: (ms: number) => (now += ms) };
}

describe('PreparedExtractions (the reading the popup starts as it opens)', () => {
  it('gives the reading to the click on the same page, once', async () => {
    const { prepared } = store();
    let reads = 0;
    prepared.prepare(3, URL_A, async () => ({ ok: true, n: ++reads }));
    expect(await prepared.take(3, URL_A)).toEqual({ ok: true, n: 1 });
    expect(await prepared.take(3, URL_A)).toBeUndefined();
    expect(reads).toBe(1);
  });

  it('is not used for another address, another tab, or when too old: the click reads the page again', async () => {
    const { prepared, later } = store();
    prepared.prepare(3, URL_A, async () => 'reading');
    expect(await prepared.take(3, `${URL_A}?page=2`)).toBeUndefined();
    prepared.prepare(3, URL_A, async () => 'reading');
    expect(await prepared.take(4, URL_A)).toBeUndefined();
    later(PREPARED_MAX_AGE_MS + 1);
    expect(await prepared.take(3, URL_A)).toBeUndefined();
  });

  it('a failed reading is no answer (the click reads anew and reports its own failure), and raises nothing', async () => {
    const { prepared } = store();
    prepared.prepare(3, URL_A, () => Promise.reject(new Error('Cannot access contents of the page')));
    expect(await prepared.take(3, URL_A)).toBeUndefined();
  });

  it('a newer opening of the popup replaces the older reading', async () => {
    const { prepared } = store();
    prepared.prepare(3, URL_A, async () => 'older');
    prepared.prepare(3, URL_A, async () => 'newer');
    expect(await prepared.take(3, URL_A)).toBe('newer');
  });

  it('settle waits for a reading still running and forgets it (a selection clip runs its own)', async () => {
    const { prepared } = store();
    let finish!: (value: string) => void;
    prepared.prepare(3, URL_A, () => new Promise<string>((resolve) => (finish = resolve)));
    let settled = false;
    const settling = prepared.settle(3).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    finish('reading');
    await settling;
    expect(await prepared.take(3, URL_A)).toBeUndefined();
  });
});
