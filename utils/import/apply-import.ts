import type { ClipDatabase } from '../db/clip-db';
import { addClips } from '../db/add-clips';
import { bulkDelete } from '../db/bulk-ops';
import { clipSchema } from '../clip-schema';
import { toStoreError } from '../db/store-error';
import type { ImportDecision, ImportResult } from './import-decision';
import type { ImportPlan } from './import-plan';
import { planImportWrites } from './plan-import-writes';
import { addHistory } from './add-history';

export { copyURL, type ImportDecision, type ImportResult } from './import-decision';

/** Clips written per batch: a batch shares the reads and writes of the words its clips have in common. */
const BATCH = 200;

/**
 * Stores the plan's clips in one transaction (all or nothing). A clip whose canonical URL is free is added;
 * one whose URL is taken — by a stored clip or an earlier clip of this import — follows the decision for
 * that URL: 'replace' overwrites it (keeping its id), 'keep-both' adds it under `copyURL`, 'skip' (the
 * default when there is no decision) leaves it out. A backup clip keeps its id when that id is free.
 * Clips are written in batches through the store's bulk paths: a one-by-one restore of thousands of clips
 * would update the search postings of every word once per clip.
 */
export async function applyImport(
  db: ClipDatabase,
  plan: Pick<ImportPlan, 'ready' | 'history'>,
  decisions: Readonly<Record<string, ImportDecision>> = {},
): Promise<ImportResult> {
  try {
    const clips = plan.ready.map((clip) => clipSchema.parse(clip));
    // Every table: the store's functions run inside as sub-transactions, whatever tables they touch.
    return await db.transaction('rw', db.tables, async () => {
      const { remove, add, result } = await planImportWrites(db, clips, decisions);
      if (remove.length) await bulkDelete(db, remove);
      const writes = [...add];
      for (let i = 0; i < writes.length; i += BATCH) {
        const batch = writes.slice(i, i + BATCH);
        await addClips(
          db,
          batch.map(([, clip]) => clip),
          batch.map(([id]) => id),
        );
      }
      await addHistory(db, plan.history ?? {}, [...add.values()]);
      return result;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
