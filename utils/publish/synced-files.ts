import { z } from 'zod';
import type { GitStore } from './git-tree-files';

/**
 * For each post file of a destination, the blob this browser last pushed there or pulled from there. A
 * file whose blob in the repository is another has been edited since (by hand, or by another browser
 * that this one has not pulled), and is not overwritten without asking.
 */
const syncedFilesSchema = z.record(z.string(), z.string().regex(/^[0-9a-f]{40}$/));
export type SyncedFiles = z.infer<typeof syncedFilesSchema>;

/** Kept next to the local copy it describes: dropping the copy drops the record, and the two agree. */
const fileOf = (store: GitStore) => `${store.gitdir}/newsclip-synced.json`;

export const syncedFiles = {
  async read(store: GitStore): Promise<SyncedFiles> {
    let text: string;
    try {
      text = String(await store.fs.promises.readFile(fileOf(store), { encoding: 'utf8' }));
    } catch {
      return {};
    }
    // A damaged record is no record: every differing file is then asked about, never overwritten.
    const parsed = syncedFilesSchema.safeParse(safeJson(text));
    return parsed.success ? parsed.data : {};
  },
  async update(store: GitStore, changes: SyncedFiles): Promise<void> {
    const next = { ...(await syncedFiles.read(store)), ...changes };
    await store.fs.promises.writeFile(fileOf(store), JSON.stringify(next), { encoding: 'utf8' });
  },
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
