import git from 'isomorphic-git';
import type { GitStore } from './git-tree-files';
import type { PublishFile } from './publish-files';
import type { SyncedFiles } from './synced-files';

/**
 * A post the repository holds another version of than this browser last knew: edited there by hand or by
 * another browser (`theirs`), or deleted there (`theirs` null). Published only when the caller passes its
 * path in `overwrite`.
 */
export type PublishConflict = {
  path: string;
  canonicalURL: string;
  title: string;
  ours: string;
  theirs: string | null;
};

export type PublishPlan = {
  /** Files to write, with their blob, and whether the repository had them. */
  writes: { file: PublishFile; oid: string; kind: 'add' | 'update' }[];
  /** Files the repository already holds as they are: their blob, for the record. */
  unchanged: { path: string; oid: string }[];
  conflicts: PublishConflict[];
};

/**
 * What publishing `files` onto a tip whose content folder holds `remote` (path → blob) would do. A file
 * is written when it is new there, or when the repository still has the version this browser last synced
 * (`synced`); any other version there is a conflict, unless its path is in `overwrite`.
 */
export async function planPublish(
  store: GitStore,
  files: readonly PublishFile[],
  remote: ReadonlyMap<string, string>,
  synced: SyncedFiles,
  overwrite: ReadonlySet<string>,
): Promise<PublishPlan> {
  const plan: PublishPlan = { writes: [], unchanged: [], conflicts: [] };
  for (const file of files) {
    const { oid } = await git.hashBlob({ object: file.text });
    const theirs = remote.get(file.path);
    const last = synced[file.path];
    if (theirs === oid) plan.unchanged.push({ path: file.path, oid });
    else if (overwrite.has(file.path)) plan.writes.push({ file, oid, kind: theirs ? 'update' : 'add' });
    else if (theirs === undefined && last === undefined) plan.writes.push({ file, oid, kind: 'add' });
    else if (theirs !== undefined && theirs === last) plan.writes.push({ file, oid, kind: 'update' });
    else {
      const text = theirs === undefined ? null : await readText(store, theirs);
      plan.conflicts.push({ ...pick(file), ours: file.text, theirs: text });
    }
  }
  return plan;
}

function pick({ path, canonicalURL, title }: PublishFile) {
  return { path, canonicalURL, title };
}

async function readText(store: GitStore, oid: string): Promise<string> {
  const { blob } = await git.readBlob({ ...store, oid });
  return new TextDecoder().decode(blob);
}
