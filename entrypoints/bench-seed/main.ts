import '@/utils/zod-jitless';
import { unzipSync, zipSync } from 'fflate';
import { bulkAddTag } from '@/utils/db/bulk-ops';
import { addClips } from '@/utils/db/add-clips';
import { getDb } from '@/utils/db/clip-db';
import { exportStoredZip } from '@/utils/export/export-stored-zip';
import { getClips } from '@/utils/db/clip-store';
import { keepVersion, versionStorage } from '@/utils/db/clip-versions';
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
  /** The baseline of bulk tagging: a bare Dexie bulkPut of the same rows, tag added, nothing else kept in step. */
  async bulkPutBaseline(count: number): Promise<number> {
    const db = getDb();
    const rows = (await db.clips.limit(count).toArray()).map((row) => ({
      ...row,
      tags: [...row.tags, 'bench-bare'],
    }));
    const start = performance.now();
    await db.clips.bulkPut(rows);
    return performance.now() - start;
  },
  /**
   * The zip export of every clip, and its limit: fflate zipping the very same files (unpacked from the
   * export, so names, bytes and level are the same) already in memory, in this page.
   */
  async exportAll(): Promise<{ ms: number; bytes: number; inMemoryMs: number }> {
    const db = getDb();
    const start = performance.now();
    // The same call the popup and library make (default options: AstroPaper, source line).
    const { zip } = await exportStoredZip(db, await db.clips.toCollection().primaryKeys(), {});
    const ms = performance.now() - start;
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const inMemory = performance.now();
    zipSync(files, { level: 1 });
    return { ms, bytes: zip.size, inMemoryMs: performance.now() - inMemory };
  },
  /**
   * Five earlier versions for each of the first `clips` clips, as re-clips of a story that grew a paragraph
   * each time would keep (through the store's own `keepVersion`); how much room they take, against the
   * storage the clips alone used just before.
   */
  async seedVersions(
    clips: number,
    perClip: number,
  ): Promise<{ versions: number; textBytes: number; before: number; after: number; ms: number }> {
    const db = getDb();
    const before = (await navigator.storage.estimate()).usage ?? 0;
    const ids = (await db.clips.toCollection().primaryKeys()).slice(0, clips);
    const start = performance.now();
    for (const clip of await getClips(db, ids)) {
      await db.transaction('rw', db.versions, async () => {
        for (let v = 0; v < perClip; v++) {
          const markdown = `${clip.markdown}\n\nUpdate ${v}: a paragraph the newsroom added later.`;
          const at = new Date(Date.parse(clip.savedAt) + v * 3_600_000).toISOString();
          await keepVersion(db, { ...clip, markdown }, at);
        }
      });
    }
    const ms = performance.now() - start;
    const { count, bytes } = await versionStorage(db);
    return {
      versions: count,
      textBytes: bytes,
      before,
      after: (await navigator.storage.estimate()).usage ?? 0,
      ms,
    };
  },
  async storage(): Promise<number> {
    return (await navigator.storage.estimate()).usage ?? 0;
  },
};

(globalThis as unknown as { newsclipBench: typeof api }).newsclipBench = api;
document.body.dataset.ready = 'true';
