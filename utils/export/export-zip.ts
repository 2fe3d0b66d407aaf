import type { Clip } from '../clip-schema';
import type { ExportOptions } from './export-options';
import { exportFiles, type ExportFile } from './export-files';
import { resolveExportOptions } from './export-options';
import { countImages, localizeImages } from './localize-images';
import { getProfile } from './profiles/profiles';
import { timeSlicer } from './time-slicer';
import { zipWriter } from './zip-writer';

export type ExportZipHooks = {
  /** Called after each file is compressed. */
  onProgress?: (done: number, total: number) => void;
  /** Overrides the profile's folder (`''` for a flat zip). */
  folder?: string;
  /** For `saveImages`: the fetch images are downloaded with (tests pass a fake). */
  fetch?: typeof fetch;
};

/** Zips already-listed export files in one go (no progress, no yielding). */
export function zipFiles(files: readonly ExportFile[]): Uint8Array {
  const writer = zipWriter();
  for (const file of files) writer.add(file);
  return writer.finish();
}

/**
 * A zip laid out like the blog's content folder (`blog/<slug>.md` for AstroPaper). Deterministic: the same
 * clips in any order give the same bytes. Reports progress per post and yields to the page every ~50 ms.
 */
export async function exportZip(
  clips: readonly Clip[],
  options: ExportOptions = {},
  hooks: ExportZipHooks = {},
): Promise<Uint8Array> {
  const files = exportFiles(clips, options, hooks.folder);
  if (resolveExportOptions(options).saveImages) return exportWithImages(files, options, hooks);
  const writer = zipWriter();
  const slice = timeSlicer();
  for (const [i, file] of files.entries()) {
    writer.add(file);
    hooks.onProgress?.(i + 1, files.length);
    await slice();
  }
  return writer.finish();
}

/** Downloads first (each image counts as a step of the progress), then zips each post with its images. */
async function exportWithImages(
  files: ExportFile[],
  options: ExportOptions,
  hooks: ExportZipHooks,
): Promise<Uint8Array> {
  const downloads = countImages(files);
  const total = downloads + files.length;
  const resolved = resolveExportOptions(options);
  const folder = hooks.folder ?? getProfile(resolved.profile, resolved.template).folder;
  const { posts, report } = await localizeImages(files, folder, {
    fetch: hooks.fetch,
    onDone: (done) => hooks.onProgress?.(done, total),
  });
  const writer = zipWriter();
  const slice = timeSlicer();
  for (const [i, { post, images }] of posts.entries()) {
    writer.add(post);
    for (const image of images) writer.addBytes(image);
    hooks.onProgress?.(downloads + i + 1, total);
    await slice();
  }
  if (report) writer.add(report);
  return writer.finish();
}
