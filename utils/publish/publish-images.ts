import { localizeImages } from '../export/localize-images';
import type { PublishFile } from './publish-files';
import type { SavedCopies } from './saved-copies';

/** An image to be in the repository next to its post (`<folder><stem>/<n>-<name>.<ext>`). */
export type PublishImage = { path: string; bytes: Uint8Array; post: string };

export type LocalizedPublish = {
  /** The posts, their links to the images that were saved rewritten to the local copies. */
  files: PublishFile[];
  images: PublishImage[];
  /** Images that could not be downloaded: their posts still link to them on the web. */
  failed: number;
};

/**
 * The posts' images, downloaded as the zip export downloads them: the same paths, the same relative
 * links, so a published post and an exported one are the same file. The export's report of failed
 * images is not committed (it is no page of the blog): its count is told to the user instead. An image
 * that fails but that the repository holds a copy of (`saved`) stays linked to that copy.
 */
export async function publishImages(
  files: readonly PublishFile[],
  folder: string,
  onDone?: (done: number, total: number) => void,
  saved?: SavedCopies,
): Promise<LocalizedPublish> {
  // localizeImages reads a file time for its report only; the report is dropped here.
  const exportFiles = files.map((file) => ({ path: file.path, text: file.text, mtime: new Date(0) }));
  const { posts, failed } = await localizeImages(exportFiles, folder, { onDone }, saved);
  const images = posts.flatMap(({ post, images }) =>
    images.map((image) => ({ path: image.path, bytes: image.bytes, post: post.path })),
  );
  return {
    files: files.map((file, i) => ({ ...file, text: posts[i]?.post.text ?? file.text })),
    images,
    failed,
  };
}
