import { planExport } from '../export/export-files';
import { resolveExportOptions, type ExportOptions } from '../export/export-options';
import { renderResolvedPost, type ExportClip } from '../export/render-post';
import type { PublishDestination } from './publish-destination';

/** A post as it is to be in the repository: its path from the root, its text, and the page it is of. */
export type PublishFile = { path: string; text: string; canonicalURL: string; title: string };

/**
 * The posts rendered as an export would render them (the user's export settings: source line, file
 * names, default author), in the destination's profile and content folder.
 */
export function publishFiles(
  posts: readonly ExportClip[],
  destination: Pick<PublishDestination, 'profile' | 'folder'>,
  exportOptions: ExportOptions = {},
): PublishFile[] {
  const resolved = resolveExportOptions({ ...exportOptions, profile: destination.profile });
  return planExport(posts, resolved, destination.folder).map(({ clip, path }) => ({
    path,
    text: renderResolvedPost(clip, resolved),
    canonicalURL: clip.canonicalURL,
    title: clip.title,
  }));
}
