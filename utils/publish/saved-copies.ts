import git from 'isomorphic-git';
import { findImageUrls } from '../export/image-links';
import { readImageSources } from '../export/image-sources';
import { readFrontmatter } from '../import/read-frontmatter';
import type { GitStore } from './git-tree-files';
import type { PublishFile } from './publish-files';

/** By post path: the address → local link of each image the repository already holds a copy of. */
export type SavedCopies = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * The images the repository's version of each post records as saved (its `imageSources`) and still holds
 * next to it. An image that can no longer be downloaded keeps its saved copy: publishing from a browser
 * where the address is gone (or the site is down) must not turn the post's working link into a dead one.
 */
export async function savedCopies(
  store: GitStore,
  files: readonly PublishFile[],
  there: ReadonlyMap<string, string>,
): Promise<SavedCopies> {
  const copies = new Map<string, Map<string, string>>();
  for (const file of files) {
    const oid = there.get(file.path);
    if (!oid || findImageUrls(file.text).length === 0) continue;
    const { blob } = await git.readBlob({ ...store, oid });
    const read = readFrontmatter(new TextDecoder().decode(blob));
    if (!read.ok) continue;
    const dir = file.path.slice(0, file.path.lastIndexOf('/') + 1);
    const byUrl = new Map<string, string>();
    for (const [link, url] of readImageSources(read.frontmatter)) {
      if (!byUrl.has(url) && there.has(`${dir}${link}`)) byUrl.set(url, link);
    }
    if (byUrl.size) copies.set(file.path, byUrl);
  }
  return copies;
}
