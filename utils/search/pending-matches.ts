import type { ClipDatabase } from '../db/clip-db';
import { clipTerms, tagWords } from '../db/clip-search-words';

export type Lookup = { token: string; prefix: boolean };

/**
 * The search result with the clips still waiting in `toIndex` judged from their own text: the posting
 * rows don't have their words yet (or still have an earlier version's), so without this a clip would be
 * missing from search from its save until its indexing. There is rarely more than one such clip.
 */
export async function withPendingClips(
  db: ClipDatabase,
  lookups: readonly Lookup[],
  result: Set<number>,
): Promise<Set<number>> {
  const pending = await db.toIndex.toCollection().primaryKeys();
  if (pending.length === 0) return result;
  const [rows, bodies] = await Promise.all([db.clips.bulkGet(pending), db.bodies.bulkGet(pending)]);
  const out = new Set(result);
  rows.forEach((row, i) => {
    const id = pending[i]!;
    out.delete(id);
    if (!row) return;
    const words = [...clipTerms(id, row, bodies[i]?.markdown ?? '').terms.words, ...tagWords(row.tags)];
    const exact = new Set(words);
    const found = lookups.every(({ token, prefix }) =>
      prefix ? words.some((word) => word.startsWith(token)) : exact.has(token),
    );
    if (found) out.add(id);
  });
  // The same set when nothing changed: the list takes an identical set as "no new result".
  return out.size === result.size && [...out].every((id) => result.has(id)) ? result : out;
}
