import type { Clip } from '../clip-schema';
import type { ClipDatabase } from '../db/clip-db';
import { copyURL, type ImportDecision, type ImportResult } from './import-decision';

/** What an import writes: stored clips to remove first, then clips to add under the given ids. */
export type ImportWrites = { remove: number[]; add: Map<number, Clip>; result: ImportResult };

/**
 * Decides, in plan order, where each clip goes (see applyImport), reading the stored clips in a few
 * queries instead of one per clip. Call inside the import's transaction; writes nothing.
 */
export async function planImportWrites(
  db: ClipDatabase,
  clips: readonly Clip[],
  decisions: Readonly<Record<string, ImportDecision>>,
): Promise<ImportWrites> {
  const result: ImportResult = { added: 0, replaced: 0, keptBoth: 0, skipped: 0 };
  const urls = [...new Set(clips.map((clip) => clip.canonicalURL))];
  const stored = await db.clips.where('canonicalURL').anyOf(urls).toArray();
  // URL → id of the clip holding it: stored, or planned by this import.
  const holders = new Map(stored.map((clip) => [clip.canonicalURL, clip.id]));
  const wanted = clips.flatMap((clip) => (clip.id === undefined ? [] : [clip.id]));
  const storedIds = new Set((await db.clips.bulkGet(wanted)).flatMap((clip) => (clip ? [clip.id] : [])));
  const add = new Map<number, Clip>();
  const remove: number[] = [];
  let next = Number((await db.clips.toCollection().lastKey()) ?? 0) + 1;
  const freeId = (id: number | undefined) => {
    const free = id !== undefined && !storedIds.has(id) && !add.has(id) ? id : next;
    next = Math.max(next, free + 1);
    return free;
  };
  const holderOf = async (url: string) =>
    holders.has(url) ? holders.get(url) : (await db.clips.where('canonicalURL').equals(url).first())?.id;
  const put = (clip: Clip, id: number) => {
    add.set(id, clip);
    holders.set(clip.canonicalURL, id);
  };

  for (const clip of clips) {
    const holder = holders.get(clip.canonicalURL);
    if (holder === undefined) {
      put(clip, freeId(clip.id));
      result.added++;
      continue;
    }
    const decision = decisions[clip.canonicalURL] ?? 'skip';
    if (decision === 'skip') {
      result.skipped++;
    } else if (decision === 'replace') {
      // The clip holding the URL goes (a stored one is removed first) and this one takes its id.
      if (!add.has(holder)) remove.push(holder);
      put(clip, holder);
      result.replaced++;
    } else {
      let n = 2;
      while ((await holderOf(copyURL(clip.canonicalURL, n))) !== undefined) n++;
      put({ ...clip, canonicalURL: copyURL(clip.canonicalURL, n) }, freeId(clip.id));
      result.keptBoth++;
    }
  }
  return { remove, add, result };
}
