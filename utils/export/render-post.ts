import type { Clip } from '../clip-schema';
import { attributionLine } from './attribution';
import type { ExportOptions } from './export-options';
import { resolveExportOptions } from './export-options';
import { getProfile } from './profiles/profiles';
import type { FilenameClip } from './filename-pattern';
import { postNameParts } from './post-name-parts';
import { safeFilename } from './safe-filename';
import { toYamlFrontmatter } from './yaml-frontmatter';

/**
 * Without options: the post as stored, for the review view and the clipboard (no source line).
 * Exports pass their `ExportOptions`, whose defaults add the attribution line.
 */
const PREVIEW_OPTIONS: ExportOptions = { attribution: false };

/**
 * The `.md` file of one clip: YAML frontmatter of the chosen profile (AstroPaper by default) between
 * `---` fences, then the Markdown body, the same for every profile, then the source line if asked for.
 */
export function renderPost(clip: Clip, options: ExportOptions = PREVIEW_OPTIONS): string {
  const resolved = resolveExportOptions(options);
  const profile = getProfile(resolved.profile);
  const yaml = toYamlFrontmatter(profile.toFrontmatter(clip, resolved), profile.dateKeys);
  const parts = [clip.markdown.trim()];
  if (resolved.attribution) parts.push(attributionLine(clip, resolved.attributionTemplate));
  return `---\n${yaml}---\n\n${parts.filter(Boolean).join('\n\n')}\n`;
}

/**
 * The file name of a clip's post (`<slug>.md`; Jekyll's `<date>-<slug>.md`; or the user's pattern), safe on
 * every OS. A single download has no folders: a pattern's folders ("{year}/…") apply inside zips only.
 */
export function postFilename(clip: FilenameClip, options: ExportOptions = {}): string {
  return safeFilename(postNameParts(clip, resolveExportOptions(options)).at(-1) ?? '');
}
