import type { Clip, StoredSummary } from '../clip-schema';
import { clipSchema } from '../clip-schema';
import { clipTables, type ClipDatabase } from './clip-db';
import { clipTerms } from './clip-search-words';
import { putClipWords } from './clip-words';
import { toStoreError } from './store-error';
import { adjustTagCounts } from './tag-counts';

/**
 * Adds many validated clips in one transaction (imports, restores): all of them, or — on any failure —
 * none, with the stored clips unchanged. Returns the new ids in input order.
 */
export async function addClips(db: ClipDatabase, clips: readonly Clip[]): Promise<number[]> {
  try {
    const valid = clips.map((clip) => clipSchema.parse(clip));
    return await db.transaction('rw', clipTables(db), async () => {
      const summaries = valid.map(({ markdown: _markdown, ...summary }) => summary as StoredSummary);
      const ids = await db.clips.bulkAdd(summaries, { allKeys: true });
      await db.bodies.bulkAdd(valid.map((clip, i) => ({ id: ids[i]!, markdown: clip.markdown })));
      const rows = valid.map((clip, i) => clipTerms(ids[i]!, clip, clip.markdown));
      await putClipWords(
        db,
        rows.map((r) => r.terms),
      );
      await db.tagTerms.bulkAdd(rows.map((r) => r.tagTerms));
      await adjustTagCounts(
        db,
        [],
        valid.map((clip) => clip.tags),
      );
      return ids;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
