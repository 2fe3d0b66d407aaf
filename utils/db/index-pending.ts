import type { ClipDatabase } from './clip-db';
import { clipTerms } from './clip-search-words';
import { putClipWords } from './clip-words';

/** Clips indexed per transaction: a backlog (after a crash, say) never holds the store for long. */
const BATCH = 20;

/**
 * Adds the search words of every clip marked in `toIndex` (saved with `words: 'later'`) to the posting
 * rows, and removes the markers, a batch per transaction. Each batch re-reads its markers inside its
 * transaction, so two pages running this at once index each clip once; a clip deleted meanwhile just
 * loses its marker (the delete removed the words it had). Returns how many clips were indexed.
 */
export async function indexPending(db: ClipDatabase): Promise<number> {
  let indexed = 0;
  for (;;) {
    const done = await db.transaction(
      'rw',
      [db.toIndex, db.clips, db.bodies, db.terms, db.postings],
      async () => {
        const ids = await db.toIndex.limit(BATCH).primaryKeys();
        if (ids.length === 0) return null;
        const [rows, bodies] = await Promise.all([db.clips.bulkGet(ids), db.bodies.bulkGet(ids)]);
        const terms = rows.flatMap((row, i) =>
          row ? [clipTerms(row.id, row, bodies[i]?.markdown ?? '').terms] : [],
        );
        await putClipWords(db, terms);
        await db.toIndex.bulkDelete(ids);
        return terms.length;
      },
    );
    if (done === null) return indexed;
    indexed += done;
  }
}
