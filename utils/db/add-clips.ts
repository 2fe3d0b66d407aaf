import type { Clip, StoredSummary } from '../clip-schema';
import { clipSchema } from '../clip-schema';
import { clipTables, type ClipDatabase } from './clip-db';
import { freeSlug } from '../unique-slug';
import { clipTerms } from './clip-search-words';
import { putClipWords } from './clip-words';
import { takenSlugs } from './library-slug';
import { toStoreError } from './store-error';
import { adjustTagCounts } from './tag-counts';

/**
 * Adds many validated clips in one transaction (imports, restores): all of them, or — on any failure —
 * none, with the stored clips unchanged. `ids` (same order), when given, are the ids to store them under
 * (they must be free); otherwise new ids are assigned. Returns the ids in input order.
 */
export async function addClips(
  db: ClipDatabase,
  clips: readonly Clip[],
  ids?: readonly number[],
): Promise<number[]> {
  try {
    const valid = clips.map((clip) => clipSchema.parse(clip));
    if (ids && ids.length !== valid.length) throw new Error('addClips: one id per clip');
    return await db.transaction('rw', clipTables(db), async () => {
      // Each clip gets a slug no stored or earlier added clip has (`x-2` …), as a saved clip does.
      const taken = await takenSlugs(db);
      for (const clip of valid) {
        clip.slug = freeSlug(clip.slug, (s) => taken.has(s));
        taken.add(clip.slug);
      }
      const summaries = valid.map(({ markdown: _markdown, ...summary }, i) =>
        ids ? ({ ...summary, id: ids[i]! } as StoredSummary) : (summary as StoredSummary),
      );
      const added = await db.clips.bulkAdd(summaries, { allKeys: true });
      await db.bodies.bulkAdd(valid.map((clip, i) => ({ id: added[i]!, markdown: clip.markdown })));
      const rows = valid.map((clip, i) => clipTerms(added[i]!, clip, clip.markdown));
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
      return added;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
