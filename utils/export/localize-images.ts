import type { ExportFile } from './export-files';
import { fetchImages, type FetchImagesOptions } from './fetch-images';
import type { ZipBytesFile } from './zip-writer';
import { findImageUrls, imageFileName, rewriteImageLinks } from './image-links';
import { addImageSources } from './image-sources';

export type ImageFile = ZipBytesFile;
/** A post whose images were saved next to it (`blog/<stem>.md` → `blog/<stem>/<n>-<name>.<ext>`). */
export type LocalizedPost = { post: ExportFile; images: ImageFile[] };

export const IMAGES_REPORT = 'images-report.txt';

/** How many distinct images the posts reference: what the download part of the progress counts. */
export function countImages(files: readonly ExportFile[]): number {
  return new Set(files.flatMap((file) => findImageUrls(file.text))).size;
}

/**
 * Downloads every image the posts reference and rewrites their links to the local copies. An image that
 * fails keeps its absolute URL and gets a line in the report (`null` when nothing failed), so the user
 * knows which links still point at the web. The frontmatter records the address of each saved image.
 */
export async function localizeImages(
  files: readonly ExportFile[],
  reportDir: string,
  fetchOptions: FetchImagesOptions = {},
  /** By post path, address → local link of a copy already saved next to it: used when a download fails. */
  saved?: ReadonlyMap<string, ReadonlyMap<string, string>>,
): Promise<{ posts: LocalizedPost[]; report: ExportFile | null; failed: number }> {
  const perPost = files.map((file) => findImageUrls(file.text));
  const fetched = await fetchImages(perPost.flat(), fetchOptions);
  const failures: string[] = [];
  const posts = files.map((file, i) => {
    const stem = file.path.replace(/\.md$/i, '');
    const base = stem.slice(stem.lastIndexOf('/') + 1);
    const local = new Map<string, string>();
    const images: ImageFile[] = [];
    // Each post gets its own copies (even of an image another post shares): a post folder is self-contained.
    for (const [n, url] of (perPost[i] ?? []).entries()) {
      const result = fetched.get(url);
      const kept = result?.ok ? undefined : saved?.get(file.path)?.get(url);
      if (kept !== undefined) {
        local.set(url, kept);
        continue;
      }
      if (!result?.ok) {
        failures.push(`${file.path}\t${url}\t${result?.reason ?? 'not fetched'}`);
        continue;
      }
      const name = imageFileName(n + 1, url, result.contentType);
      local.set(url, `${base}/${name}`);
      images.push({ path: `${stem}/${name}`, bytes: result.bytes, mtime: file.mtime });
    }
    // Where each copy came from, so the post read back is the clip again (utils/export/image-sources).
    const sources = new Map([...local].map(([url, path]) => [path, url]));
    const text = addImageSources(rewriteImageLinks(file.text, local), sources);
    return { post: { ...file, text }, images };
  });
  if (failures.length === 0) return { posts, report: null, failed: 0 };
  const newest = Math.max(...files.map((file) => file.mtime.getTime()));
  const report: ExportFile = {
    path: `${reportDir}${IMAGES_REPORT}`,
    text:
      'Images that could not be saved; these posts still link to them on the web.\n' +
      `post\turl\treason\n${failures.join('\n')}\n`,
    // The newest post's time rather than "now", so the same clips still give the same bytes.
    mtime: new Date(newest),
  };
  return { posts, report, failed: failures.length };
}
