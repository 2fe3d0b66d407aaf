import type { ClipDatabase, ClipTerms, ToIndexRow } from './clip-db';
import { clipTerms } from './clip-search-words';
import { putClipWords } from './clip-words';

/** Clips indexed per round: a backlog (after a crash, say) never holds the store for long. */
const BATCH = 20;

/** The marked clips' text words, read in a read-only transaction (the lists and the review form read on). */
async function readPending(db: ClipDatabase): Promise<{ markers: ToIndexRow[]; terms: ClipTerms[] }> {
  const { markers, rows, bodies } = await db.transaction('r', [db.toIndex, db.clips, db.bodies], async () => {
    const markers = await db.toIndex.limit(BATCH).toArray();
    const ids = markers.map((m) => m.id);
    const [rows, bodies] = await Promise.all([db.clips.bulkGet(ids), db.bodies.bulkGet(ids)]);
    return { markers, rows, bodies };
  });
  // Tokenized outside any transaction: a long article holds no store while its words are found.
  const terms = rows.flatMap((row, i) =>
    row ? [clipTerms(row.id, row, bodies[i]?.markdown ?? '').terms] : [],
  );
  return { markers, terms };
}

/**
 * Adds the search words of every clip marked in `toIndex` (saved with `words: 'later'`) to the posting
 * rows, and removes the markers. Each round reads a batch of clips without blocking the clip tables, then
 * writes their words in a transaction over the index tables only, for the clips whose marker is still
 * the one it read: a clip saved again, edited or deleted in between is left to its newer marker (or has
 * none left), so no stale word is ever written. Two pages running this at once index each version once.
 * Returns how many clips were indexed.
 */
export async function indexPending(db: ClipDatabase): Promise<number> {
  let indexed = 0;
  for (;;) {
    const { markers, terms } = await readPending(db);
    if (markers.length === 0) return indexed;
    indexed += await db.transaction('rw', [db.toIndex, db.terms, db.postings], async () => {
      const now = await db.toIndex.bulkGet(markers.map((m) => m.id));
      const unchanged = new Set(
        markers.filter((m, i) => now[i] !== undefined && now[i]!.stamp === m.stamp).map((m) => m.id),
      );
      const current = terms.filter((row) => unchanged.has(row.id));
      await putClipWords(db, current);
      // A marker whose clip is gone (deleted before stamps cleared markers) is done with too.
      await db.toIndex.bulkDelete([...unchanged]);
      return current.length;
    });
  }
}
