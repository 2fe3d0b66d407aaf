import Dexie from 'dexie';
import { expect } from 'vitest';
import type { ClipDatabase } from '../../../utils/db/clip-db';
import { indexPending } from '../../../utils/db/index-pending';
import { forEachId } from '../../../utils/db/posting-block';

/** The clip ids in the posting rows of `word`, ascending. */
export async function postingIds(db: ClipDatabase, word: string): Promise<number[]> {
  const rows = await db.postings
    .where('[word+block]')
    .between([word, Dexie.minKey], [word, Dexie.maxKey])
    .toArray();
  const ids: number[] = [];
  for (const row of rows) forEachId(row, (id) => ids.push(id));
  return ids;
}

/**
 * The maintained posting rows say exactly what the stored word lists say, rebuilt from scratch: every
 * word of every clip, no id of a deleted clip, no empty row. Clips saved for later indexing are indexed
 * first, as every page does when it opens.
 */
export async function expectPostingsInStep(db: ClipDatabase): Promise<void> {
  await indexPending(db);
  expect(await db.toIndex.count()).toBe(0);
  const expected = new Map<string, number[]>();
  for (const { id, words } of await db.terms.toArray()) {
    for (const word of words) expected.set(word, [...(expected.get(word) ?? []), id]);
  }
  const stored = new Map<string, number[]>();
  for (const row of await db.postings.toArray()) {
    const ids = stored.get(row.word) ?? [];
    const before = ids.length;
    forEachId(row, (id) => ids.push(id));
    expect(ids.length).toBeGreaterThan(before);
    stored.set(row.word, ids);
  }
  const sorted = (map: Map<string, number[]>) =>
    [...map].map(([word, ids]) => [word, ids.sort((a, b) => a - b)]).sort();
  expect(sorted(stored)).toEqual(sorted(expected));
  expect((await db.terms.toCollection().primaryKeys()).sort()).toEqual(
    (await db.clips.toCollection().primaryKeys()).sort(),
  );
}
