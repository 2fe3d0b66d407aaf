import git, { Errors, type PromiseFsClient, type TreeEntry } from 'isomorphic-git';

/** Where the objects live: the file system and the bare repository's folder in it. */
export type GitStore = { fs: PromiseFsClient; gitdir: string };

/**
 * The blobs under `folder` ("src/data/blog/", "" for the root) of a commit or tree, by path from the
 * repository's root, sub-folders included; null when the folder is not there.
 */
export async function listTreeFiles(
  store: GitStore,
  oid: string,
  folder: string,
): Promise<Map<string, string> | null> {
  const files = new Map<string, string>();
  const walk = async (treeOid: string, prefix: string): Promise<void> => {
    const { tree } = await git.readTree({ ...store, oid: treeOid });
    for (const entry of tree) {
      if (entry.type === 'tree') await walk(entry.oid, `${prefix}${entry.path}/`);
      else if (entry.type === 'blob') files.set(`${prefix}${entry.path}`, entry.oid);
    }
  };
  const dir = folder.replace(/\/$/, '');
  let start: string;
  try {
    start = dir ? (await git.readTree({ ...store, oid, filepath: dir })).oid : oid;
  } catch (error) {
    if (error instanceof Errors.NotFoundError || error instanceof Errors.ObjectTypeError) return null;
    throw error;
  }
  await walk(start, folder);
  return files;
}

/**
 * A new root tree: `base` (null: an empty repository) with each path set to its blob. Only the trees on
 * the way to a changed file are rewritten; every other entry keeps its object, so git sees one change.
 */
export async function writeTreeFiles(
  store: GitStore,
  base: string | null,
  files: ReadonlyMap<string, string>,
): Promise<string> {
  return writeInto(
    store,
    base,
    [...files].map(([path, oid]) => [path.split('/'), oid]),
  );
}

async function writeInto(
  store: GitStore,
  treeOid: string | null,
  files: readonly [string[], string][],
): Promise<string> {
  const entries = treeOid ? (await git.readTree({ ...store, oid: treeOid })).tree : [];
  const byName = new Map<string, TreeEntry>(entries.map((entry) => [entry.path, entry]));
  const below = new Map<string, [string[], string][]>();
  for (const [[name = '', ...rest], oid] of files) {
    if (rest.length === 0) byName.set(name, { mode: '100644', path: name, oid, type: 'blob' });
    else below.set(name, [...(below.get(name) ?? []), [rest, oid]]);
  }
  for (const [name, list] of below) {
    const existing = byName.get(name);
    const oid = await writeInto(store, existing?.type === 'tree' ? existing.oid : null, list);
    byName.set(name, { mode: '040000', path: name, oid, type: 'tree' });
  }
  return git.writeTree({ ...store, tree: [...byName.values()] });
}
