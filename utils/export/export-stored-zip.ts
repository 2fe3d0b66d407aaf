import type { StoredClip } from '../clip-schema';
import type { ClipDatabase } from '../db/clip-db';
import { getClips } from '../db/clip-store';
import { fileTime, planExport } from './export-files';
import type { ExportOptions } from './export-options';
import { resolveExportOptions } from './export-options';
import { exportZip, type ExportZipHooks } from './export-zip';
import { renderPost } from './render-post';
import { timeSlicer, zipWriter } from './zip-writer';

/** Clips read per database request while the previous ones are zipped. */
const CHUNK = 200;

/**
 * Stored clips as a zip, the same bytes `exportZip` gives for them, without holding every body at once:
 * names and order are planned from the summaries, then bodies are read in chunks, the next chunk being read
 * by the database while this one is rendered and zipped. A clip deleted during the export is left out.
 */
export async function exportStoredZip(
  db: ClipDatabase,
  ids: readonly number[],
  options: ExportOptions = {},
  hooks: Omit<ExportZipHooks, 'fetch'> = {},
): Promise<{ zip: Uint8Array; count: number }> {
  const resolved = resolveExportOptions(options);
  if (resolved.saveImages) {
    // Downloading the images dominates there; the posts are needed together to list their images.
    const clips = await getClips(db, ids);
    return { zip: await exportZip(clips, options, hooks), count: clips.length };
  }
  const summaries = (await db.clips.bulkGet([...ids])).flatMap((row) => (row ? [row] : []));
  const plan = planExport(summaries, resolved, hooks.folder);
  const read = async (start: number): Promise<{ path: string; clip: StoredClip | null }[]> => {
    const part = plan.slice(start, start + CHUNK);
    const keys = part.map(({ clip }) => clip.id);
    const [rows, bodies] = await db.transaction('r', db.clips, db.bodies, () =>
      Promise.all([db.clips.bulkGet(keys), db.bodies.bulkGet(keys)]),
    );
    return part.map(({ path }, i) => {
      const row = rows[i];
      return { path, clip: row ? { ...row, markdown: bodies[i]?.markdown ?? '' } : null };
    });
  };

  const writer = zipWriter();
  const slice = timeSlicer();
  let count = 0;
  let next = read(0);
  for (let start = 0; start < plan.length; start += CHUNK) {
    const part = await next;
    if (start + CHUNK < plan.length) {
      next = read(start + CHUNK);
      next.catch(() => undefined); // awaited next round; don't report it unhandled if this round throws
    }
    for (const [i, { path, clip }] of part.entries()) {
      // Rendered from the row read now (an edit during the export is included), at its planned path.
      if (clip) {
        writer.add({ path, text: renderPost(clip, resolved), mtime: fileTime(clip) });
        count++;
      }
      hooks.onProgress?.(start + i + 1, plan.length);
      await slice();
    }
  }
  return { zip: writer.finish(), count };
}
