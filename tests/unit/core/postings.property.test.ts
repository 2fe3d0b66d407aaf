import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { BLOCK_SIZE, editBlock, forEachId, type PostingRow } from '../../../utils/db/posting-block';
import { updatePostings, type WordChange } from '../../../utils/db/update-postings';
import { postingIds } from './postings-in-step';

const idsOf = (row: PostingRow | null) => {
  const ids: number[] = [];
  if (row) forEachId(row, (id) => ids.push(id));
  return ids;
};

describe('posting blocks', () => {
  it('hold exactly the ids put in and not taken out, sparse or dense', () => {
    const block = 2;
    const id = fc.integer({ min: block * BLOCK_SIZE, max: (block + 1) * BLOCK_SIZE - 1 });
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 600 }),
        fc.array(id, { maxLength: 300 }),
        fc.array(id, { maxLength: 300 }),
        (start, add, remove) => {
          const row = editBlock('w', block, undefined, start, []);
          const edited = editBlock('w', block, row ?? undefined, add, remove);
          const model = new Set(start);
          for (const r of remove) model.delete(r);
          for (const a of add) model.add(a);
          expect(idsOf(edited)).toEqual([...model].sort((a, b) => a - b));
          if (model.size === 0) expect(edited).toBeNull();
          // Dense blocks are 1 KB bitmaps; sparse ones are smaller lists of offsets.
          else if (model.size >= 256) expect(edited?.bits?.length).toBe(BLOCK_SIZE / 8);
          else expect(edited?.offsets?.length).toBe(model.size);
        },
      ),
    );
  });
});

describe('updatePostings', () => {
  let db: ClipDatabase;
  let n = 0;
  beforeEach(() => {
    db = new ClipDatabase(`postings-${n++}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('follows any sequence of writes of word lists across id blocks', async () => {
    const word = fc.constantFrom('tide', 'tidal', 'harbour', 'vote', '新闻');
    const id = fc.constantFrom(1, 2, 8191, 8192, 8193, 20000);
    const write = fc.record({ id, words: fc.uniqueArray(word) });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(write, { maxLength: 4 }), { maxLength: 6 }), async (batches) => {
        await db.postings.clear();
        const model = new Map<number, readonly string[]>();
        for (const batch of batches) {
          const changes: WordChange[] = [];
          const seen = new Map<number, readonly string[]>(model);
          for (const { id, words } of batch) {
            changes.push({ id, before: seen.get(id) ?? [], after: words });
            seen.set(id, words);
          }
          await db.transaction('rw', db.postings, () => updatePostings(db.postings, changes));
          for (const [id, words] of seen) model.set(id, words);
        }
        for (const w of ['tide', 'tidal', 'harbour', 'vote', '新闻']) {
          const expected = [...model].filter(([, words]) => words.includes(w)).map(([id]) => id);
          expect(await postingIds(db, w)).toEqual(expected.sort((a, b) => a - b));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('turns a block dense and sparse again, and drops it when empty', async () => {
    const ids = Array.from({ length: 300 }, (_, i) => BLOCK_SIZE + i * 3);
    const put = (changes: WordChange[]) =>
      db.transaction('rw', db.postings, () => updatePostings(db.postings, changes));
    await put(ids.map((id) => ({ id, before: [], after: ['common'] })));
    expect((await db.postings.get(['common', 1]))?.bits).toBeDefined();
    await put(ids.slice(0, 50).map((id) => ({ id, before: ['common'], after: [] })));
    expect((await db.postings.get(['common', 1]))?.offsets).toHaveLength(250);
    expect(await postingIds(db, 'common')).toEqual(ids.slice(50));
    await put(ids.slice(50).map((id) => ({ id, before: ['common'], after: [] })));
    expect(await db.postings.count()).toBe(0);
  });
});
