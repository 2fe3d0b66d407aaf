import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCheckout } from '../git-server/astro-checkout';
import { startGitServer, type GitServer } from '../git-server/git-http-server';
import {
  commitToBare,
  createBareRepo,
  EXISTING_POST_PATH,
  gitChanged,
  gitLog,
  gitLsTree,
  gitShow,
  gitShowBytes,
} from '../git-server/git-repos';
import { parsePost } from '../../utils/export/parse-post';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { buildWithOriginsGranted } from './granted-build';
import { clickReady, clipUrl, text, texts } from './popup-helpers';
import {
  configure,
  expectFolderFollowsProfile,
  openExtensionPage,
  openPublish,
  unescapeHtml,
} from './publish-helpers';

const TOKEN = 'e2e-T0ken-that-must-stay-in-storage-local';
const PAGES = ['/news/article-ferry-vote.html', '/news/article-library-hours.html'];

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
  // Headless Chromium's permission prompt cannot be answered: this copy of the build has the optional
  // origins granted at install, so `permissions.request` on "Save destination" resolves true at once.
  grantedBuild = buildWithOriginsGranted();
});
afterAll(async () => {
  for (const h of harnesses) await h.close();
  await git?.close();
  await fixtures?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(grantedBuild, { recursive: true, force: true });
});

describe('publish to a git repository and pull into a second browser', () => {
  const titles: string[] = [];
  let posts: string[] = [];

  it('publishes the clips from the library in one commit holding exactly their posts', async () => {
    const a = await launchWithExtension(grantedBuild);
    harnesses.push(a);
    for (const page of PAGES) {
      const { popup, status } = await clipUrl(a, `${fixtures.origin}${page}`);
      expect(status).toMatch(/^Saved/);
      await popup.close();
    }
    await expectFolderFollowsProfile(a);
    await configure(a, { url: git.repoUrl('blog'), token: TOKEN });

    const library = await openPublish(a);
    titles.push(...(await texts(library, '[data-testid=library-row] .clip-title')));
    await clickReady(library, '[data-testid=publish-run]');
    await library.waitForFunction(
      () => document.querySelector('[data-testid=notice]')?.textContent?.startsWith('Published'),
      { timeout: 30_000 },
    );
    expect(await text(library, '[data-testid=notice]')).toMatch(
      /^Published: 2 new, 0 updated, 0 already there\./,
    );

    const [commit, initial] = gitLog(bare);
    expect(gitLog(bare)).toHaveLength(2);
    expect(commit!.author).toBe('Newsclip Tester <tester@example.com>');
    expect(commit!.subject).toBe('Newsclip: add 2 posts');
    const changed = gitChanged(bare, commit!.hash);
    expect(changed).toHaveLength(2);
    for (const line of changed) expect(line).toMatch(/^A src\/data\/blog\/[a-z0-9-]+\.md$/);
    posts = changed.map((line) => line.slice(2));
    // Exactly the site's files and the two posts: nothing else committed.
    expect(gitLsTree(bare)).toEqual([...gitLsTree(bare, initial!.hash), ...posts].sort());
    expect(gitLsTree(bare)).toContain(EXISTING_POST_PATH);
    const bodies = posts.map((post) => gitShow(bare, 'main', post));
    for (const page of PAGES) {
      expect(bodies.some((body) => body.includes(`canonicalURL: ${fixtures.origin}${page}`))).toBe(true);
    }
    // The token never reaches the repository.
    for (const body of bodies) expect(body).not.toContain(TOKEN);

    // Publishing again commits nothing: every post is already there.
    await clickReady(library, '[data-testid=open-publish]');
    await clickReady(library, '[data-testid=publish-run]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.includes('2 already there'),
    );
    expect(gitLog(bare)).toHaveLength(2);
  });

  it('a second browser: a wrong token is told as such, then the right one pulls the same clips', async () => {
    const b = await launchWithExtension(grantedBuild);
    harnesses.push(b);
    await configure(b, { url: git.repoUrl('blog'), token: 'not-the-token' });
    const library = await openPublish(b);
    await clickReady(library, '[data-testid=pull-run]');
    await library.waitForSelector('[data-testid=publish-error]');
    expect(await library.$eval('[data-testid=publish-error]', (el) => el.getAttribute('data-code'))).toBe(
      'auth',
    );
    expect(await text(library, '[data-testid=publish-error]')).toMatch(/^The repository refused the token/);
    expect(await text(library, '[data-testid=result-count]')).toBe('0 clips');

    await configure(b, { url: git.repoUrl('blog'), token: TOKEN });
    await clickReady(library, '[data-testid=pull-run]');
    await library.waitForSelector('[data-testid=pull-plan]', { timeout: 30_000 });
    expect(await text(library, '[data-testid=pull-plan] strong')).toMatch(/^2 clips ready/);
    await clickReady(library, '[data-testid=pull-apply]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.startsWith('Imported'),
    );
    expect(await text(library, '[data-testid=notice]')).toMatch(/2 added, 0 replaced/);
    await library.waitForFunction(
      () => document.querySelector('[data-testid=result-count]')?.textContent === '2 clips',
    );
    expect((await texts(library, '[data-testid=library-row] .clip-title')).sort()).toEqual(
      [...titles].sort(),
    );

    // The pulled posts were recorded as synced: publishing them back from here commits nothing.
    await clickReady(library, '[data-testid=open-publish]');
    await clickReady(library, '[data-testid=publish-run]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.startsWith('Published'),
    );
    expect(await text(library, '[data-testid=notice]')).toMatch(
      /^Published: 0 new, 0 updated, 2 already there\./,
    );
    expect(gitLog(bare)).toHaveLength(2);

    // The token was kept in this browser's local storage only: nothing in sync storage.
    const synced = await library.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { get(): Promise<object> } } } }
      ).chrome.storage.sync.get(),
    );
    expect(synced).toEqual({});
  });

  it('a post edited in the repository is shown with both versions, and overwritten only when chosen', async () => {
    const a = harnesses[0]!;
    const [edited] = posts;
    const ours = gitShow(bare, 'main', edited!);
    const theirs = ours.replace(/\n$/, '\n\nA paragraph added by hand in the repository.\n');
    commitToBare(bare, 'main', { [edited!]: theirs }, 'Edit a post by hand');

    const library = await openPublish(a);
    await clickReady(library, '[data-testid=publish-run]');
    await library.waitForSelector('[data-testid=publish-conflicts]', { timeout: 30_000 });
    expect(await text(library, '[data-testid=publish-summary]')).toMatch(
      /^Published: 0 new, 0 updated, 1 already/,
    );
    const versions = await texts(library, '.publish-versions pre');
    expect(versions).toEqual([theirs, ours]);
    // Nothing was pushed over the hand edit.
    expect(gitShow(bare, 'main', edited!)).toBe(theirs);

    await library.select('[data-testid=publish-choice]', 'overwrite');
    await clickReady(library, '[data-testid=publish-resolve]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.startsWith('Published'),
    );
    expect(await text(library, '[data-testid=notice]')).toMatch(
      /^Published: 0 new, 1 updated, 1 already there\./,
    );
    expect(gitShow(bare, 'main', edited!)).toBe(ours);
    expect(gitChanged(bare)).toEqual([`M ${edited}`]);
  });

  it('with "save images" on, commits a new clip’s image next to its post, and the pushed commit builds with Astro', async () => {
    const a = harnesses[0]!;
    const options = await openExtensionPage(a, 'options.html');
    await clickReady(options, '[data-testid=save-images]');
    await options.waitForFunction(() => document.querySelector('p[role=status]')?.textContent === 'Saved');
    await options.close();
    const { popup, status } = await clipUrl(a, `${fixtures.origin}/e2e/image-article.html`);
    expect(status).toMatch(/^Saved/);
    await popup.close();

    const library = await openPublish(a);
    await clickReady(library, '[data-testid=publish-run]');
    await library.waitForFunction(
      () => document.querySelector('[data-testid=notice]')?.textContent?.startsWith('Published'),
      { timeout: 30_000 },
    );
    // The article's second photo is gone from the fixture server: its link stays absolute.
    expect(await text(library, '[data-testid=notice]')).toMatch(
      /^Published: 1 new, 0 updated, 2 already there\. 1 image saved with them\. 1 image could not be downloaded: its post still links to it on the web\./,
    );

    // Only what changed: the new post and its image; the posts already there are not rewritten.
    const [commit] = gitLog(bare);
    expect(commit!.subject).toBe('Newsclip: add 1 post, save 1 image');
    const changed = gitChanged(bare, commit!.hash);
    expect(changed).toHaveLength(2);
    const post = changed[0]!.slice(2);
    const stem = post.slice(0, -'.md'.length);
    expect(changed).toEqual([`A ${post}`, `A ${stem}/1-harbour-map.png`]);
    expect(gitLsTree(bare)).toEqual(
      [...gitLsTree(bare, `${commit!.hash}~1`), post, `${stem}/1-harbour-map.png`].sort(),
    );
    expect(gitShowBytes(bare, 'main', `${stem}/1-harbour-map.png`)).toEqual(
      new Uint8Array(readFileSync('tests/fixtures/e2e/harbour-map.png')),
    );
    const slug = stem.slice(stem.lastIndexOf('/') + 1);
    expect(gitShow(bare, 'main', post)).toContain(`![The new harbour map](${slug}/1-harbour-map.png)`);

    // The blog's own build of that commit: every post in it has its page, the image resolved by Astro.
    const site = buildCheckout(bare, commit!.hash);
    try {
      const inCommit = gitLsTree(bare, commit!.hash)
        .filter((file) => /^src\/data\/blog\/[^/]+\.md$/.test(file))
        .map((file) => path.basename(file, '.md'));
      expect(inCommit).toHaveLength(4);
      expect(site.pages).toEqual(inCommit.sort());
      for (const page of site.pages) {
        const post = gitShow(bare, commit!.hash, `src/data/blog/${page}.md`);
        const { title } = parsePost(post).frontmatter;
        const h1 = /<h1>(.*?)<\/h1>/.exec(site.page(page))?.[1] ?? '';
        expect(unescapeHtml(h1)).toBe(title);
      }
      expect(site.page(slug)).toMatch(/<img[^>]+src="\/_astro\/1-harbour-map\.[\w-]+\.webp"/);
    } finally {
      rmSync(site.dir, { recursive: true, force: true });
    }
  });
});
