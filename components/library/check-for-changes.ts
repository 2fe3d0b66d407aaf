import type { ClipDatabase } from '@/utils/db/clip-db';
import { startBatchFromClick } from '../start-batch';

/**
 * "Check for changes" (#14) on some clips: a batch that re-clips each clip's page in a background tab;
 * a story that changed keeps its earlier version. Call in the click. Returns what to tell the user if it
 * did not start.
 */
export function checkForChanges(db: ClipDatabase, ids: readonly number[]): Promise<string | null> {
  return startBatchFromClick({
    kind: 'recheck',
    items: async () =>
      (await db.clips.bulkGet([...ids])).flatMap((row) =>
        row ? [{ url: row.url || row.canonicalURL, label: row.title, clipId: row.id }] : [],
      ),
  });
}
