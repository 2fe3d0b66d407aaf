import type { Clip } from '../clip-schema';
import type { ExportOptions } from './export-options';
import { resolveExportOptions } from './export-options';
import { getProfile } from './profiles/profiles';
import { renderPost } from './render-post';
import { postNameParts } from './post-name-parts';
import { uniqueSafePaths } from './safe-filename';

export type ExportFile = { path: string; text: string; mtime: Date };

/**
 * The posts of an export, in a stable order (published time, then slug, then URL) with safe names unique
 * within the export, under `folder` (default: the profile's content folder, e.g. `blog/`). Each file's
 * time is the clip's modified time, else its published time: both survive an export/import round trip.
 */
export function exportFiles(
  clips: readonly Clip[],
  options: ExportOptions = {},
  folder?: string,
): ExportFile[] {
  const resolved = resolveExportOptions(options);
  const profile = getProfile(resolved.profile);
  const ordered = [...clips].sort(
    (a, b) =>
      compare(a.pubDatetime, b.pubDatetime) ||
      compare(a.slug, b.slug) ||
      compare(a.canonicalURL, b.canonicalURL),
  );
  const names = uniqueSafePaths(ordered.map((clip) => postNameParts(clip, resolved)));
  const dir = folder ?? profile.folder;
  return ordered.map((clip, i) => ({
    path: `${dir}${names[i] ?? ''}`,
    text: renderPost(clip, resolved),
    mtime: new Date(clip.modDatetime ?? clip.pubDatetime),
  }));
}

/** Code-unit order: unlike localeCompare, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
