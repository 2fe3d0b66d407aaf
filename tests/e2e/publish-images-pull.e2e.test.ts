import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitServer, type GitServer } from '../git-server/git-http-server';
import { createBareRepo, gitChanged, gitLog, gitLsTree, gitShowBytes } from '../git-server/git-repos';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { buildWithOriginsGranted } from './granted-build';
import { clickReady, clipUrl, text } from './popup-helpers';
import { configure, openExtensionPage, openPublish, publishAndWait } from './publish-helpers';

const TOKEN = 'e2e-T0ken-that-must-stay-in-storage-local';
const TITLE = 'Harbour map redrawn';

let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
let git: GitServer;
let root = '';
let bare = '';
let grantedBuild = '';
const harnesses: Harness[] = [];

beforeAll(async () => {
  fixtures = await startFixtureServer();
  root = mkdtempSync(path.join(tmpdir(), 'newsclip-e2e-git-'));
  git = await startGitServer(root, TOKEN);
  bare = createBareRepo(root, 'blog', 'site');
  // As in publish.e2e.test.ts: the optional origins granted at install stand in for the prompt.
  grantedBuild = buildWithOriginsGranted();
});
afterAll(async () => {
  for (const h of harnesses) await h.close();
  await git?.close();
  await fixtures?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(grantedBuild, { recursive: true, force: true });
});

async function saveImages(harness: Harness): Promise<void> {
  const options = await openExtensionPage(harness, 'options.html');
  await clickReady(options, '[data-testid=save-images]');
  await options.waitForFunction(() => document.querySelector('p[role=status]')?.textContent === 'Saved');
  await options.close();
}

async function openClip(library: Page, title: string): Promise<void> {
  const row = await library.waitForFunction(
    (t) =>
      [...document.querySelectorAll('[data-testid=library-row]')].find((r) =>
        r.querySelector('.clip-title')?.textContent?.includes(t),
      ),
    {},
    title,
  );
  await (row as ElementHandle<Element>).click();
  await library.waitForSelector('[data-testid=reading-view] .image-placeholder');
}

describe('a post published with its images, pulled into a second browser', () => {
  it('shows the images’ addresses there, and publishing from there neither rewrites nor drops them', async () => {
    const a = await launchWithExtension(grantedBuild);
    harnesses.push(a);
    await saveImages(a);
    const { popup, status } = await clipUrl(a, `${fixtures.origin}/e2e/image-article.html`);
    expect(status).toMatch(/^Saved/);
    await popup.close();
    await configure(a, { url: git.repoUrl('blog'), token: TOKEN });
    expect(await publishAndWait(await openPublish(a))).toMatch(/^Published: 1 new, .* 1 image saved/);
    const [post, image] = gitChanged(bare).map((line) => line.slice(2));
    expect(image).toMatch(/^src\/data\/blog\/[a-z0-9-]+\/1-harbour-map\.png$/);
    const commits = gitLog(bare).length;

    // The second browser, with "save images" on too, pulls the post.
    const b = await launchWithExtension(grantedBuild);
    harnesses.push(b);
    await saveImages(b);
    await configure(b, { url: git.repoUrl('blog'), token: TOKEN });
    const library = await openPublish(b);
    await clickReady(library, '[data-testid=pull-run]');
    await library.waitForSelector('[data-testid=pull-plan]', { timeout: 30_000 });
    await clickReady(library, '[data-testid=pull-apply]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.startsWith('Imported'),
    );

    // Its image links the address it was saved from, as in the first browser: the reading view names
    // that site (a link into the repository would show as "Image: … (?)").
    await openClip(library, TITLE);
    const host = new URL(fixtures.origin).host;
    expect(await text(library, '[data-testid=reading-view] .image-placeholder')).toBe(
      `Image: The new harbour map (${host})`,
    );
    await clickReady(library, '[data-testid=view-edit]');
    const markdown = await library.$eval(
      '[data-testid=editor-markdown]',
      (el) => (el as HTMLTextAreaElement).value,
    );
    expect(markdown).toContain(`![The new harbour map](${fixtures.origin}/e2e/harbour-map.png)`);

    // Published from the second browser: the same image under the same name, so nothing to commit.
    await clickReady(library, '[data-testid=open-publish]');
    await library.waitForSelector('[data-testid=publish-dialog]');
    expect(await publishAndWait(library)).toMatch(/^Published: 0 new, 0 updated, 1 already there\./);
    expect(gitLog(bare)).toHaveLength(commits);
    expect(gitLsTree(bare)).toEqual(expect.arrayContaining([post, image]));
    expect(gitShowBytes(bare, 'main', image!)).toEqual(
      new Uint8Array(readFileSync('tests/fixtures/e2e/harbour-map.png')),
    );
  });
});
