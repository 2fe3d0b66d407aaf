import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportZip } from '../../../utils/export/export-zip';
import { publishPosts } from '../../../utils/publish/publish-posts';
import { pullPosts } from '../../../utils/publish/pull-posts';
import { syncedFiles } from '../../../utils/publish/synced-files';
import {
  commitToBare,
  gitChanged,
  gitLog,
  gitLsTree,
  gitShow,
  gitShowBytes,
} from '../../git-server/git-repos';
import { startFixtureServer } from '../../e2e/fixture-server';
import { sampleClip } from '../core/sample-clip';
import { browserDeps, harnessForFile, TOKEN } from './publish-harness';

const harness = harnessForFile();
let images: Awaited<ReturnType<typeof startFixtureServer>>;
let imageRoot = '';
const MAP = readFileSync('tests/fixtures/e2e/harbour-map.png');

beforeAll(async () => {
  // A site of its own whose image can be changed under the same address.
  imageRoot = mkdtempSync(path.join(tmpdir(), 'newsclip-images-'));
  mkdirSync(path.join(imageRoot, 'img'));
  copyFileSync('tests/fixtures/e2e/harbour-map.png', path.join(imageRoot, 'img/harbour-map.png'));
  images = await startFixtureServer(imageRoot, { cors: true });
});
afterAll(async () => {
  await images.close();
  rmSync(imageRoot, { recursive: true, force: true });
});

const SAVE_IMAGES = { saveImages: true };
const POST = 'src/data/blog/harbour-map-redrawn.md';
const IMAGE = 'src/data/blog/harbour-map-redrawn/1-harbour-map.png';

function mapClip(markdown = '') {
  return sampleClip({
    url: 'https://news.example/map',
    canonicalURL: 'https://news.example/map',
    title: 'Harbour map redrawn',
    slug: 'harbour-map-redrawn',
    markdown:
      `![The new harbour map](${images.origin}/img/harbour-map.png)\n\nFewer early sailings.\n\n` +
      `![A photo that is gone](${images.origin}/img/missing-photo.jpg)${markdown}`,
  });
}

describe('publishing with "save images" on', () => {
  it('commits each post’s images where the zip export puts them, linked relatively', async () => {
    const { bare, destination } = harness.repo('images', 'site');
    const clips = [mapClip()];
    const result = await publishPosts(browserDeps(), destination, TOKEN, clips, {
      exportOptions: SAVE_IMAGES,
    });
    expect(result).toMatchObject({ added: [POST], images: [IMAGE], imagesFailed: 1 });
    expect(gitLog(bare)[0]?.subject).toBe('Newsclip: add 1 post, save 1 image');
    expect(gitChanged(bare)).toEqual([`A ${POST}`, `A ${IMAGE}`]);
    expect(gitShowBytes(bare, 'main', IMAGE)).toEqual(new Uint8Array(MAP));

    // The same files, byte for byte, as the zip export with images (its report of failures aside).
    const zip = unzipSync(await exportZip(clips, SAVE_IMAGES, { folder: 'src/data/blog/' }));
    expect(Object.keys(zip).sort()).toEqual([POST, IMAGE, 'src/data/blog/images-report.txt'].sort());
    expect(gitShow(bare, 'main', POST)).toBe(strFromU8(zip[POST]!));
    expect(gitShow(bare, 'main', POST)).toContain(
      '![The new harbour map](harbour-map-redrawn/1-harbour-map.png)',
    );
    expect(gitShow(bare, 'main', POST)).toContain(`(${images.origin}/img/missing-photo.jpg)`);
    expect(gitLsTree(bare)).not.toContain('src/data/blog/images-report.txt');
  });

  it('commits only what changed: nothing, then the post alone, then the image alone', async () => {
    const { bare, destination } = harness.repo('images-again', 'site');
    const deps = browserDeps();
    const publish = (clips: ReturnType<typeof mapClip>[]) =>
      publishPosts(deps, destination, TOKEN, clips, { exportOptions: SAVE_IMAGES });
    await publish([mapClip()]);
    const commits = gitLog(bare).length;

    const same = await publish([mapClip()]);
    expect(same).toMatchObject({ commit: null, images: [], unchanged: [POST] });
    expect(gitLog(bare)).toHaveLength(commits);

    const edited = await publish([mapClip('\n\nThe timetable is online.')]);
    expect(edited).toMatchObject({ updated: [POST], images: [] });
    expect(gitChanged(bare)).toEqual([`M ${POST}`]);

    // The picture at the same address changed: the post's text is the same, its image is not.
    const redrawn = Buffer.concat([MAP, Buffer.from('redrawn')]);
    writeFileSync(path.join(imageRoot, 'img/harbour-map.png'), redrawn);
    const image = await publish([mapClip('\n\nThe timetable is online.')]);
    expect(image).toMatchObject({ added: [], updated: [], images: [IMAGE] });
    expect(gitLog(bare)[0]?.subject).toBe('Newsclip: save 1 image');
    expect(gitChanged(bare)).toEqual([`M ${IMAGE}`]);
    expect(gitShowBytes(bare, 'main', IMAGE)).toEqual(new Uint8Array(redrawn));
    copyFileSync('tests/fixtures/e2e/harbour-map.png', path.join(imageRoot, 'img/harbour-map.png'));
  });

  it('holds back a conflicting post’s images with it', async () => {
    const { bare, destination } = harness.repo('images-conflict', 'site');
    const deps = browserDeps();
    await publishPosts(deps, destination, TOKEN, [sampleClip({ ...mapClip(), markdown: 'No map yet.' })]);
    commitToBare(bare, 'main', { [POST]: 'Edited by hand.\n' }, 'Edit by hand');

    const result = await publishPosts(deps, destination, TOKEN, [mapClip()], { exportOptions: SAVE_IMAGES });
    expect(result).toMatchObject({ commit: null, images: [], conflicts: [{ path: POST }] });
    expect(gitLsTree(bare)).not.toContain(IMAGE);

    const forced = await publishPosts(deps, destination, TOKEN, [mapClip()], {
      exportOptions: SAVE_IMAGES,
      overwrite: [POST],
    });
    expect(forced).toMatchObject({ updated: [POST], images: [IMAGE] });
    expect(gitChanged(bare)).toEqual([`M ${POST}`, `A ${IMAGE}`]);
  });

  it('a second browser pulls the clip with its images’ addresses, and publishing it again changes nothing', async () => {
    const { bare, destination } = harness.repo('images-pull', 'site');
    await publishPosts(browserDeps(), destination, TOKEN, [mapClip()], { exportOptions: SAVE_IMAGES });
    const commits = gitLog(bare).length;
    expect(gitShow(bare, 'main', POST)).toContain(
      `imageSources:\n  harbour-map-redrawn/1-harbour-map.png: ${images.origin}/img/harbour-map.png\n`,
    );

    // The repository's post links its copy; the clip read back links the address, as the first browser's.
    const second = browserDeps();
    const { plan, blobs } = await pullPosts(second, destination, TOKEN);
    const pulled = plan.ready.find((clip) => clip.canonicalURL === mapClip().canonicalURL);
    expect(pulled?.markdown).toBe(mapClip().markdown);
    await syncedFiles.update(second, blobs);

    // Published from there, the same images come down under the same names: no commit, nothing lost.
    const again = await publishPosts(second, destination, TOKEN, [pulled!], { exportOptions: SAVE_IMAGES });
    expect(again).toMatchObject({ commit: null, unchanged: [POST], updated: [], images: [], conflicts: [] });
    expect(gitLog(bare)).toHaveLength(commits);
    expect(gitShowBytes(bare, 'main', IMAGE)).toEqual(new Uint8Array(MAP));
  });

  it('keeps the repository’s copy of an image that can no longer be downloaded', async () => {
    const { bare, destination } = harness.repo('images-gone', 'site');
    const deps = browserDeps();
    await publishPosts(deps, destination, TOKEN, [mapClip()], { exportOptions: SAVE_IMAGES });
    const commits = gitLog(bare).length;
    const published = gitShow(bare, 'main', POST);

    // The site took the map down: the post still links the copy it was published with.
    const live = path.join(imageRoot, 'img/harbour-map.png');
    renameSync(live, `${live}.gone`);
    try {
      const again = await publishPosts(deps, destination, TOKEN, [mapClip()], { exportOptions: SAVE_IMAGES });
      expect(again).toMatchObject({ commit: null, unchanged: [POST], images: [], imagesFailed: 1 });
      expect(gitLog(bare)).toHaveLength(commits);
      expect(gitShow(bare, 'main', POST)).toBe(published);
    } finally {
      renameSync(`${live}.gone`, live);
    }
  });

  it('a post published before imageSources: pulled with its relative links, published again as it is', async () => {
    const { bare, destination } = harness.repo('images-older', 'site');
    await publishPosts(browserDeps(), destination, TOKEN, [mapClip()], { exportOptions: SAVE_IMAGES });
    const older = gitShow(bare, 'main', POST).replace(/imageSources:\n(?: {2}.*\n)+/, '');
    commitToBare(bare, 'main', { [POST]: older }, 'A post as published before imageSources');
    const commits = gitLog(bare).length;

    const second = browserDeps();
    const { plan, blobs } = await pullPosts(second, destination, TOKEN);
    await syncedFiles.update(second, blobs);
    const pulled = plan.ready.find((clip) => clip.canonicalURL === mapClip().canonicalURL)!;
    expect(pulled.markdown).toContain('![The new harbour map](harbour-map-redrawn/1-harbour-map.png)');

    // No address to download: the relative link is left as it is, and so is the image.
    const again = await publishPosts(second, destination, TOKEN, [pulled], { exportOptions: SAVE_IMAGES });
    expect(again).toMatchObject({ commit: null, unchanged: [POST], images: [] });
    expect(gitLog(bare)).toHaveLength(commits);
    expect(gitShow(bare, 'main', POST)).toBe(older);
    expect(gitShowBytes(bare, 'main', IMAGE)).toEqual(new Uint8Array(MAP));
  });
});
