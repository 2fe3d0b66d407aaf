import type { Clip, StoredClip, StoredSummary } from '../clip-schema';
import type { ClipDatabase } from './clip-db';
import { clipTerms, tagWords } from './clip-search-words';
import { putClipWords } from './clip-words';
import { adjustTagCounts } from './tag-counts';

/**
 * Splits a clip over its tables (row, body, search words and posting rows) and writes them, with the tag
 * counts: a new clip when `id` is undefined, else the clip under that id. Call inside a transaction over
 * `clipTables(db)`. `words: 'later'` writes a marker instead of the text's words (a few hundred posting
 * rows, most of a clip's write): `indexPending` adds them after the caller has answered. `now` removes a
 * marker an earlier save left.
 */
export async function writeClip(
  db: ClipDatabase,
  clip: Clip,
  id?: number,
  words: 'now' | 'later' = 'now',
): Promise<StoredClip> {
  const { markdown, id: _id, ...summary } = clip;
  const previous = id === undefined ? undefined : await db.clips.get(id);
  const rowId =
    id === undefined
      ? await db.clips.add(summary as StoredSummary)
      : (await db.clips.put({ ...summary, id }), id);
  await adjustTagCounts(db, previous ? [previous.tags] : [], [summary.tags]);
  await db.bodies.put({ id: rowId, markdown });
  if (words === 'later') {
    // The body's words (a tokenization of the whole article) are left to the indexer too.
    await db.toIndex.put({ id: rowId, stamp: crypto.randomUUID() });
    await db.tagTerms.put({ id: rowId, words: tagWords(summary.tags) });
  } else {
    const { terms, tagTerms } = clipTerms(rowId, summary, markdown);
    await putClipWords(db, [terms]);
    // Its words are current now: a marker left by an earlier save has nothing more to do.
    await db.toIndex.delete(rowId);
    await db.tagTerms.put(tagTerms);
  }
  return { ...clip, id: rowId };
}
