import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Clip } from '../clip-schema';
import type { ExportOptions } from './export-options';
import { renderPost } from './render-post';
import { uniqueFilenames } from './unique-filenames';

/**
 * One `.zip` of `<slug>.md` posts. Same clips in, same bytes out: files in a stable order (published
 * time, then slug) with each file's time set from the clip, so exports diff cleanly.
 */
export function zipPosts(clips: readonly Clip[], options: ExportOptions, folder = ''): Uint8Array {
  const ordered = [...clips].sort(
    (a, b) =>
      a.pubDatetime.localeCompare(b.pubDatetime) ||
      a.slug.localeCompare(b.slug) ||
      a.canonicalURL.localeCompare(b.canonicalURL),
  );
  const names = uniqueFilenames(ordered.map((c) => c.slug));
  const files: Zippable = {};
  ordered.forEach((clip, i) => {
    files[`${folder}${names[i]}`] = [strToU8(renderPost(clip, options)), { mtime: new Date(clip.updatedAt) }];
  });
  return zipSync(files, { level: 6 });
}
