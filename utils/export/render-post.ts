import type { Clip } from '../clip-schema';
import { attributionLine } from './attribution';
import type { ExportOptions, ResolvedExportOptions } from './export-options';
import { resolveExportOptions } from './export-options';
import { inertBody } from './inert-body';
import { getProfile } from './profiles/profiles';
import type { FilenameClip } from './filename-pattern';
import { postNameParts } from './post-name-parts';
import { safeFilename } from './safe-filename';
import { toYamlFrontmatter } from './yaml-frontmatter';
import { updatesSection } from './updates-section';
import type { UpdateLine } from '../versions/update-lines';

/** A clip as an export renders it: with the changes of its story, for the "Updates" note (when asked for). */
export type ExportClip = Clip & { updates?: readonly UpdateLine[] };

/**
 * Without options: the post as stored, for the review view and the clipboard (no source line).
 * Exports pass their `ExportOptions`, whose defaults add the attribution line.
 */
const PREVIEW_OPTIONS: ExportOptions = { attribution: false };

/**
 * The `.md` file of one clip: YAML frontmatter of the chosen profile (AstroPaper by default) between
 * `---` fences, then the Markdown body, the same for every profile, then the source line if asked for.
 */
export function renderPost(clip: ExportClip, options: ExportOptions = PREVIEW_OPTIONS): string {
  return renderResolvedPost(clip, resolveExportOptions(options));
}

/** `renderPost` with options already resolved: an export of thousands of posts validates them once. */
export function renderResolvedPost(clip: ExportClip, resolved: ResolvedExportOptions): string {
  return renderPostParts(clip, resolved).join('');
}

/**
 * The post as the strings it is the concatenation of (frontmatter, body, source line), so a large export
 * can encode each body as stored instead of copying it into one string first.
 */
export function renderPostParts(clip: ExportClip, resolved: ResolvedExportOptions): string[] {
  const profile = getProfile(resolved.profile, resolved.template);
  const yaml = toYamlFrontmatter(profile.toFrontmatter(clip, resolved), profile.dateKeys);
  const updates = resolved.updatesNote ? updatesSection(clip.updates ?? []) : '';
  // Checked as a whole: the blog must not run what a page, an old clip or an import put in the text.
  const inert = inertBody([clip.markdown.trim(), updates].filter(Boolean).join('\n\n'));
  const body = profile.renderBody
    ? // The template's own text and the values it adds (a title, a URL) are page content too: checked again.
      inertBody(profile.renderBody(clip, inert, resolved).trim())
    : profile.exportBody
      ? profile.exportBody(inert)
      : inert;
  const source = resolved.attribution ? attributionLine(clip, resolved.attributionTemplate) : '';
  const parts = [`---\n${yaml}---\n\n`];
  if (body) parts.push(body);
  parts.push(`${body && source ? '\n\n' : ''}${source}\n`);
  return parts;
}

/**
 * The file name of a clip's post (`<slug>.md`; Jekyll's `<date>-<slug>.md`; or the user's pattern), safe on
 * every OS. A single download has no folders: a pattern's folders ("{year}/…") apply inside zips only.
 */
export function postFilename(clip: FilenameClip, options: ExportOptions = {}): string {
  return safeFilename(postNameParts(clip, resolveExportOptions(options)).at(-1) ?? '');
}
