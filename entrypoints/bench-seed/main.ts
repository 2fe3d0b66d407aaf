import { bulkAddTag } from '@/utils/db/bulk-ops';
import { addClips } from '@/utils/db/add-clips';
import { getDb } from '@/utils/db/clip-db';
import { exportStoredZip } from '@/utils/export/export-stored-zip';
import { generateClips } from './generate-clips';

// Only in the `--mode bench` build: lets `npm run bench:ui` fill the real database through the
// production store and time store-level operations inside the extension.
const api = {
  async seed(count: number): Promise<{ ms: number; count: number }> {
    const db = getDb();
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
    const clips = generateClips(count);
    const start = performance.now();
    for (let i = 0; i < clips.length; i += 500) await addClips(db, clips.slice(i, i + 500));
    return { ms: performance.now() - start, count: await db.clips.count() };
  },
  async bulkTag(count: number): Promise<number> {
    const db = getDb();
    const ids = (await db.clips.toCollection().primaryKeys()).slice(0, count);
    const start = performance.now();
    await bulkAddTag(db, ids, 'bench-bulk');
    return performance.now() - start;
  },
  async exportAll(): Promise<{ ms: number; bytes: number }> {
    const db = getDb();
    const start = performance.now();
    // The same call the popup and library make (default options: AstroPaper, source line).
    const { zip } = await exportStoredZip(db, await db.clips.toCollection().primaryKeys(), {});
    return { ms: performance.now() - start, bytes: zip.size };
  },
  async storage(): Promise<number> {
    return (await navigator.storage.estimate()).usage ?? 0;
  },
};

(globalThis as unknown as { newsclipBench: typeof api }).newsclipBench = api;
document.body.dataset.ready = 'true';
