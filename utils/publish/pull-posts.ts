import git from 'isomorphic-git';
import { t } from '../i18n/t';
import type { ImportOptions, ImportPlan } from '../import/import-plan';
import { planImport } from '../import/plan-import';
import { listTreeFiles } from './git-tree-files';
import { openRemote, type PublishDeps, type RemoteOptions } from './open-remote';
import type { PublishDestination } from './publish-destination';
import { PublishError, toPublishError } from './publish-error';
import type { SyncedFiles } from './synced-files';

const POST = /\.(md|markdown|mdx)$/i;

export type PullResult = {
  /** The posts as an import plan: the caller runs the import's skip / replace / keep-both on it. */
  plan: ImportPlan;
  /**
   * The blob of each post file read, by path. Once the import is applied, pass those the user took
   * (added or replaced, not skipped) to `syncedFiles.update`: publishing them again is then no conflict.
   */
  blobs: SyncedFiles;
};

/**
 * Reads the posts in the destination's content folder, on the tip of its branch (fetched shallow), back
 * into clips with the import's reader: another browser's posts come into this one as an import would
 * bring them. An empty repository has no posts; a branch without the folder is an error.
 */
export async function pullPosts(
  deps: PublishDeps,
  destination: PublishDestination,
  token: string,
  options: RemoteOptions & { importOptions?: ImportOptions } = {},
): Promise<PullResult> {
  const context = { url: destination.url, token, username: destination.username, signal: options.signal };
  try {
    const { tip } = await openRemote(deps, destination, token, options);
    if (!tip) return { plan: planImport([], options.importOptions), blobs: {} };
    const files = await listTreeFiles(deps, tip, destination.folder);
    if (!files) {
      throw new PublishError(
        'folder-missing',
        t('publishErrorFolderMissing', destination.branch, destination.folder),
      );
    }
    const posts = [...files].filter(([path]) => POST.test(path));
    const read: { name: string; data: Uint8Array }[] = [];
    for (const [i, [path, oid]] of posts.entries()) {
      options.signal?.throwIfAborted();
      options.onProgress?.({ phase: 'reading', loaded: i, total: posts.length });
      read.push({ name: path, data: (await git.readBlob({ ...deps, oid })).blob });
    }
    const plan = planImport(read, options.importOptions);
    const blobs: SyncedFiles = {};
    for (const path of plan.readyFiles) {
      const oid = files.get(path);
      if (oid) blobs[path] = oid;
    }
    return { plan, blobs };
  } catch (error) {
    throw toPublishError(error, context);
  }
}
