import type { Clip } from '../clip-schema';
import type { ExportOptions, ResolvedExportOptions } from './export-options';
import { resolveExportOptions } from './export-options';
import type { FilenameClip } from './filename-pattern';
import { postNameParts } from './post-name-parts';
import { getProfile } from './profiles/profiles';
import { renderResolvedPost } from './render-post';
import { uniqueSafePaths } from './safe-filename';
import { uniqueSlugs } from '../unique-slug';
import type { ZipTextFile } from './zip-writer';

export type ExportFile = ZipTextFile;

/** What placing a clip in an export needs: no body, so a large export can be planned before reading any. */
export type PlannableClip = FilenameClip & Pick<Clip, 'canonicalURL' | 'modDatetime'>;

/** A file's time: the clip's modified time, else its published time; both survive an export/import round trip. */
export function fileTime(clip: Pick<Clip, 'modDatetime' | 'pubDatetime'>): Date {
  return new Date(clip.modDatetime ?? clip.pubDatetime);
}

/**
 * Where each clip goes in an export, in a stable order (published time, then slug, then URL) with safe names
 * unique within the export, under `folder` (default: the profile's content folder, e.g. `blog/`).
 * Slugs are made unique too (`x`, `x-2` …) and the clip is given its export slug before the file is named:
 * a blog keys posts by slug (Astro built 1 of 8 same-headline posts), and `<slug>.md` must say the same.
 */
export function planExport<C extends PlannableClip>(
  clips: readonly C[],
  options: Pick<ResolvedExportOptions, 'profile' | 'filenamePattern'> &
    Partial<Pick<ResolvedExportOptions, 'template'>>,
  folder?: string,
): { clip: C; path: string }[] {
  const ordered = [...clips].sort(
    (a, b) =>
      compare(a.pubDatetime, b.pubDatetime) ||
      compare(a.slug, b.slug) ||
      compare(a.canonicalURL, b.canonicalURL),
  );
  const slugs = uniqueSlugs(ordered.map((clip) => clip.slug));
  const renamed = ordered.map((clip, i) => ({ ...clip, slug: slugs[i] ?? clip.slug }));
  const names = uniqueSafePaths(renamed.map((clip) => postNameParts(clip, options)));
  const dir = folder ?? getProfile(options.profile, options.template).folder;
  return renamed.map((clip, i) => ({ clip, path: `${dir}${names[i] ?? ''}` }));
}

/** The posts of an export, planned by `planExport` and rendered. */
export function exportFiles(
  clips: readonly Clip[],
  options: ExportOptions = {},
  folder?: string,
): ExportFile[] {
  const resolved = resolveExportOptions(options);
  return planExport(clips, resolved, folder).map(({ clip, path }) => ({
    path,
    text: renderResolvedPost(clip, resolved),
    mtime: fileTime(clip),
  }));
}

/** Code-unit order: unlike localeCompare, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
