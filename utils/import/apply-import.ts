import { clipSchema, type Clip } from '../clip-schema';
import type { ClipDatabase } from '../db/clip-db';
import { deleteClip, restoreClip } from '../db/clip-store';
import { toStoreError } from '../db/store-error';
import type { ImportPlan } from './import-plan';

export type ImportDecision = 'keep-both' | 'replace' | 'skip';
export type ImportResult = { added: number; replaced: number; keptBoth: number; skipped: number };

/**
 * A URL for the second copy of a page. The canonical URL is a unique index, so a kept copy needs its own:
 * the same page with a `#newsclip-copy-N` fragment (appended to an existing fragment with `-`). It still
 * opens the page, is plainly marked as a copy in exported posts, and a later import of that post lands on
 * the copy again.
 */
export function copyURL(canonicalURL: string, n: number): string {
  const hash = canonicalURL.indexOf('#');
  const base = hash < 0 ? canonicalURL : canonicalURL.slice(0, hash);
  const fragment = hash < 0 ? '' : canonicalURL.slice(hash + 1);
  return `${base}#${fragment ? `${fragment}-` : ''}newsclip-copy-${n}`;
}

/**
 * Stores the plan's clips in one transaction (all or nothing). A clip whose canonical URL is free is added;
 * one whose URL is taken — by a stored clip or an earlier clip of this import — follows the decision for
 * that URL: 'replace' overwrites it (keeping its id), 'keep-both' adds it under `copyURL`, 'skip' (the
 * default when there is no decision) leaves it out. A backup clip keeps its id when that id is free.
 */
export async function applyImport(
  db: ClipDatabase,
  plan: Pick<ImportPlan, 'ready'>,
  decisions: Readonly<Record<string, ImportDecision>> = {},
): Promise<ImportResult> {
  const result: ImportResult = { added: 0, replaced: 0, keptBoth: 0, skipped: 0 };
  try {
    const clips = plan.ready.map((clip) => clipSchema.parse(clip));
    // Every table: the store's functions run inside as sub-transactions, whatever tables they touch.
    await db.transaction('rw', db.tables, async () => {
      const holderOf = async (url: string) => (await db.clips.where('canonicalURL').equals(url).first())?.id;
      // An explicit id keeps the store's own write path (restoreClip) for every clip.
      const nextId = async () => Number((await db.clips.toCollection().lastKey()) ?? 0) + 1;
      const freeId = async (id: number | undefined) =>
        id !== undefined && (await db.clips.get(id)) === undefined ? id : nextId();
      const add = (clip: Clip, id: number) => restoreClip(db, { ...clip, id });
      for (const clip of clips) {
        const holder = await holderOf(clip.canonicalURL);
        if (holder === undefined) {
          await add(clip, await freeId(clip.id));
          result.added++;
          continue;
        }
        const decision = decisions[clip.canonicalURL] ?? 'skip';
        if (decision === 'skip') {
          result.skipped++;
        } else if (decision === 'replace') {
          await deleteClip(db, holder);
          await add(clip, holder);
          result.replaced++;
        } else {
          let n = 2;
          while ((await holderOf(copyURL(clip.canonicalURL, n))) !== undefined) n++;
          await add({ ...clip, canonicalURL: copyURL(clip.canonicalURL, n) }, await freeId(clip.id));
          result.keptBoth++;
        }
      }
    });
  } catch (error) {
    throw toStoreError(error);
  }
  return result;
}
