import type { ClipDatabase, ClipTerms } from './clip-db';
import { updatePostings } from './update-postings';

/** Stores clips' text words (new or replacing their old ones) and updates the posting rows to match. */
export async function putClipWords(db: ClipDatabase, rows: readonly ClipTerms[]): Promise<void> {
  const before = await db.terms.bulkGet(rows.map((row) => row.id));
  await db.terms.bulkPut([...rows]);
  await updatePostings(
    db.postings,
    rows.map((row, i) => ({ id: row.id, before: before[i]?.words ?? [], after: row.words })),
  );
}

/** Removes clips' text words and their ids from the posting rows. */
export async function deleteClipWords(db: ClipDatabase, ids: readonly number[]): Promise<void> {
  const before = await db.terms.bulkGet([...ids]);
  await db.terms.bulkDelete([...ids]);
  await updatePostings(
    db.postings,
    before.flatMap((row) => (row ? [{ id: row.id, before: row.words, after: [] }] : [])),
  );
}
