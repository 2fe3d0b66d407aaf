import type { ClipDatabase } from '../db/clip-db';
import { getClips } from '../db/clip-store';
import { fileTime, planExport } from './export-files';
import type { ExportOptions } from './export-options';
import { resolveExportOptions } from './export-options';
import { exportZip, type ExportZipHooks } from './export-zip';
import { renderPostParts } from './render-post';
import { loadUpdateLines } from '../db/load-update-lines';
import { timeSlicer } from './time-slicer';
import { zipWriter } from './zip-writer';

/** Bodies read per database request while the previous ones are zipped. */
const CHUNK = 100;

async function storedSummaries(db: ClipDatabase, ids: readonly number[]) {
  // Thousands of single-key reads cost more than one read of the whole table.
  if (ids.length > 500) {
    const wanted = new Set(ids);
    return (await db.clips.toArray()).filter((row) => wanted.has(row.id));
  }
  return (await db.clips.bulkGet([...ids])).flatMap((row) => (row ? [row] : []));
}

/**
 * Stored clips as a zip, the same bytes `exportZip` gives for them, without holding every body (or the
 * whole archive) in memory: names and order are planned from the summaries, then bodies are read in chunks,
 * the next chunk being read by the database while this one is rendered and zipped, and the archive is
 * built as a Blob. The export is of the clips as they were when it started, with the bodies read as it
 * goes; a clip deleted meanwhile is left out.
 */
export async function exportStoredZip(
  db: ClipDatabase,
  ids: readonly number[],
  options: ExportOptions = {},
  hooks: Omit<ExportZipHooks, 'fetch'> = {},
): Promise<{ zip: Blob; count: number }> {
  const resolved = resolveExportOptions(options);
  if (resolved.saveImages) {
    // Downloading the images dominates there; the posts are needed together to list their images.
    const clips = await getClips(db, ids);
    const updates = resolved.updatesNote ? await loadUpdateLines(db, clips) : new Map();
    const zip = await exportZip(
      clips.map((clip) => ({ ...clip, updates: updates.get(clip.id) })),
      options,
      hooks,
    );
    return {
      zip: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      count: clips.length,
    };
  }
  const plan = planExport(await storedSummaries(db, ids), resolved, hooks.folder);
  const read = (start: number) =>
    db.bodies.bulkGet(plan.slice(start, start + CHUNK).map(({ clip }) => clip.id));

  const writer = zipWriter('blob');
  const slice = timeSlicer();
  let count = 0;
  let next = read(0);
  for (let start = 0; start < plan.length; start += CHUNK) {
    const bodies = await next;
    if (start + CHUNK < plan.length) {
      next = read(start + CHUNK);
      next.catch(() => undefined); // awaited next round; don't report it unhandled if this round throws
    }
    for (const [i, body] of bodies.entries()) {
      const { clip, path } = plan[start + i]!;
      // No body: deleted since the export began (left out), or stored without one (exported as getClips
      // reads it, with an empty body, rather than lost from the export).
      if (body || (await db.clips.get(clip.id))) {
        const whole = { ...clip, markdown: body?.markdown ?? '' };
        const updates = resolved.updatesNote ? (await loadUpdateLines(db, [whole])).get(clip.id) : undefined;
        const parts = renderPostParts({ ...whole, updates }, resolved);
        writer.addParts(path, parts, fileTime(clip));
        count++;
      }
      hooks.onProgress?.(start + i + 1, plan.length);
      await slice();
    }
  }
  return { zip: writer.finishBlob(), count };
}
