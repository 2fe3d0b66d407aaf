import git, { Errors } from 'isomorphic-git';
import { resolveExportOptions, type ExportOptions } from '../export/export-options';
import type { ExportClip } from '../export/render-post';
import { t } from '../i18n/t';
import { commitMessage } from './commit-message';
import { listTreeFiles, writeTreeFiles, type GitStore } from './git-tree-files';
import { fetchTip, openRemote, type PublishDeps, type Remote, type RemoteOptions } from './open-remote';
import { planPublish, type PublishConflict } from './plan-publish';
import type { PublishDestination } from './publish-destination';
import { PublishError, scrubSecret, toPublishError } from './publish-error';
import { publishFiles, type PublishFile } from './publish-files';
import { publishImages, type PublishImage } from './publish-images';
import { savedCopies } from './saved-copies';
import { syncedFiles, type SyncedFiles } from './synced-files';

export type PublishOptions = RemoteOptions & {
  /** Paths of conflicts the user chose to overwrite with this browser's version. */
  overwrite?: readonly string[];
  /** The user's export settings (source line, file names, default author); the profile is the destination's. */
  exportOptions?: ExportOptions;
};

export type PublishResult = {
  /** The pushed commit; null when nothing needed one (every post already there, or only conflicts). */
  commit: string | null;
  added: string[];
  updated: string[];
  unchanged: string[];
  conflicts: PublishConflict[];
  /** The images committed (new or changed), when the export settings save images. */
  images: string[];
  /** Images that could not be downloaded: their posts link to them on the web. */
  imagesFailed: number;
  /**
   * What the commit created besides files: the branch (the repository was empty) or the content folder
   * (the branch had none); null when both were there, or no commit was made.
   */
  created: 'branch' | 'folder' | null;
  /** The first push was refused because the branch moved; it was fetched and published again on top. */
  retried: boolean;
};

/**
 * Publishes posts to the destination's repository: fetches its branch (shallow), writes the posts whose
 * file differs, commits them in one commit and pushes. Posts edited in the repository since this browser
 * last synced them are left as they are and returned as conflicts (the others are published). A push
 * refused because the branch moved meanwhile is redone once on the new tip. Every failure is a
 * `PublishError` with a clear message and no trace of the token; nothing local is changed by publishing.
 */
export async function publishPosts(
  deps: PublishDeps,
  destination: PublishDestination,
  token: string,
  posts: readonly ExportClip[],
  options: PublishOptions = {},
): Promise<PublishResult> {
  const context = { url: destination.url, token, username: destination.username, signal: options.signal };
  try {
    let files = publishFiles(posts, destination, options.exportOptions);
    let images: PublishImage[] = [];
    let imagesFailed = 0;
    const { remote, tip } = await openRemote(deps, destination, token, options);
    if (resolveExportOptions(options.exportOptions).saveImages) {
      // Downloaded before planning (the posts' links depend on which images were saved), after fetching:
      // an image that fails keeps the copy the repository holds.
      const store = { fs: remote.fs, gitdir: remote.gitdir };
      const there = tip ? await listTreeFiles(store, tip, destination.folder) : null;
      const saved = there ? await savedCopies(store, files, there) : undefined;
      ({
        files,
        images,
        failed: imagesFailed,
      } = await publishImages(
        files,
        destination.folder,
        (loaded, total) => options.onProgress?.({ phase: 'images', loaded, total }),
        saved,
      ));
      options.signal?.throwIfAborted();
    }
    const job: Job = {
      remote,
      files,
      images,
      synced: await syncedFiles.read(deps),
      overwrite: new Set(options.overwrite ?? []),
      folder: destination.folder,
      author: { name: destination.authorName, email: destination.authorEmail },
      options,
    };
    const commitOn = (base: string | null) => commitFiles(job, base);

    let attempt = await commitOn(tip);
    let retried = false;
    if (attempt.commit) {
      try {
        await push(remote, options);
      } catch (error) {
        if (!isRejected(error)) throw error;
        // The branch moved since the fetch: publish again on top of what is there now, once.
        retried = true;
        attempt = await commitOn(await fetchTip(remote));
        if (attempt.commit) {
          try {
            await push(remote, options);
          } catch (again) {
            if (!isRejected(again)) throw again;
            throw rejection(again, context);
          }
        }
      }
    }
    await syncedFiles.update(deps, attempt.synced);
    return { ...attempt.result, imagesFailed, retried };
  } catch (error) {
    throw toPublishError(error, context);
  }
}

type Attempt = {
  commit: string | null;
  result: Omit<PublishResult, 'retried' | 'imagesFailed'>;
  /** What the record becomes once this attempt is pushed. */
  synced: SyncedFiles;
};

type Job = {
  remote: Remote;
  files: readonly PublishFile[];
  images: readonly PublishImage[];
  synced: SyncedFiles;
  overwrite: ReadonlySet<string>;
  folder: string;
  author: { name: string; email: string };
  options: RemoteOptions;
};

/** Plans the files onto `base` and, when any is to be written, commits them on the local branch. */
async function commitFiles(job: Job, base: string | null): Promise<Attempt> {
  const { remote, files, images, synced, overwrite, folder, author, options } = job;
  const store = { fs: remote.fs, gitdir: remote.gitdir };
  options.onProgress?.({ phase: 'reading' });
  const listed = base ? await listTreeFiles(store, base, folder) : null;
  const there = listed ?? new Map<string, string>();
  const plan = await planPublish(store, files, there, synced, overwrite);
  const added = plan.writes.filter((w) => w.kind === 'add').map((w) => w.file.path);
  const updated = plan.writes.filter((w) => w.kind === 'update').map((w) => w.file.path);
  const next: SyncedFiles = {};
  for (const { path, oid } of plan.unchanged) next[path] = oid;
  for (const { file, oid } of plan.writes) next[file.path] = oid;
  const imageWrites = await changedImages(store, images, there, plan.conflicts);
  const result = {
    added,
    updated,
    unchanged: plan.unchanged.map((u) => u.path),
    conflicts: plan.conflicts,
    images: imageWrites.map((image) => image.path),
    created: null,
  };
  if (!plan.writes.length && !imageWrites.length)
    return { commit: null, result: { ...result, commit: null }, synced: next };

  options.signal?.throwIfAborted();
  options.onProgress?.({ phase: 'writing', loaded: 0, total: plan.writes.length + imageWrites.length });
  const blobs = new Map<string, string>();
  for (const { file } of plan.writes) {
    blobs.set(file.path, await git.writeBlob({ ...store, blob: new TextEncoder().encode(file.text) }));
  }
  for (const image of imageWrites)
    blobs.set(image.path, await git.writeBlob({ ...store, blob: image.bytes }));
  const baseTree = base ? (await git.readCommit({ ...store, oid: base })).commit.tree : null;
  const tree = await writeTreeFiles(store, baseTree, blobs);
  const commit = await git.commit({
    ...store,
    ref: `refs/heads/${remote.branch}`,
    parent: base ? [base] : [],
    tree,
    message: commitMessage(added, updated, result.images),
    author,
  });
  const created = !base ? 'branch' : listed ? null : 'folder';
  return { commit, result: { ...result, commit, created }, synced: next };
}

/**
 * The images to write: those whose bytes the repository does not hold at their path. A conflicting post's
 * images wait with it: they belong to the version of the post that was not published.
 */
async function changedImages(
  store: GitStore,
  images: readonly PublishImage[],
  there: ReadonlyMap<string, string>,
  conflicts: readonly PublishConflict[],
): Promise<PublishImage[]> {
  const held = new Set(conflicts.map((conflict) => conflict.path));
  const changed: PublishImage[] = [];
  for (const image of images) {
    if (held.has(image.post)) continue;
    const { oid } = await git.hashBlob({ object: image.bytes });
    if (there.get(image.path) !== oid) changed.push(image);
  }
  return changed;
}

async function push(remote: Remote, options: RemoteOptions): Promise<void> {
  options.onProgress?.({ phase: 'pushing' });
  await git.push({
    fs: remote.fs,
    http: remote.http,
    gitdir: remote.gitdir,
    remote: 'origin',
    ref: remote.branch,
    remoteRef: remote.branch,
    onProgress: remote.onProgress,
    signal: remote.signal,
  });
}

/**
 * The branch moved since it was fetched: found by isomorphic-git from the push's ref advertisement, or
 * by the server when it moved between the advertisement and the push (git reports the ref as not updated).
 */
function isRejected(error: unknown): boolean {
  return error instanceof Errors.PushRejectedError || error instanceof Errors.GitPushError;
}

/** A push refused twice: the branch kept moving, or the server said why (a protected branch, a hook). */
function rejection(error: unknown, context: Parameters<typeof scrubSecret>[1]): PublishError {
  if (!(error instanceof Errors.GitPushError)) return new PublishError('rejected', t('publishErrorRejected'));
  const reasons = Object.entries(error.data.result.refs)
    .filter(([, ref]) => !ref.ok)
    .map(([name, ref]) => `${name.replace(/^refs\/heads\//, '')}: ${ref.error}`);
  return new PublishError('rejected', t('publishErrorRefused', scrubSecret(reasons.join('; '), context)));
}
