import type { Clip } from '../clip-schema';
import type { ExportOptions } from './export-options';
import { exportFiles } from './export-files';
import { zipFiles } from './export-zip';

/**
 * One `.zip` of `<slug>.md` posts (flat unless `folder` is given). Same clips in, same bytes out: files in a
 * stable order with each file's time set from the clip, so exports diff cleanly. `exportZip` is the async
 * version with progress and the profile's folder layout.
 */
export function zipPosts(clips: readonly Clip[], options: ExportOptions, folder = ''): Uint8Array {
  return zipFiles(exportFiles(clips, options, folder));
}
