import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitServer, type GitServer } from '../git-server/git-http-server';
import { commitToBare, createBareRepo, gitLog, gitLsTree } from '../git-server/git-repos';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { buildWithOriginsGranted } from './granted-build';
import { clickReady, clipUrl, text } from './popup-helpers';
import { configure, openPublish, publishAndWait, publishError } from './publish-helpers';

const TOKEN = 'e2e-errors-T0ken-kept-in-storage-local';
const PAGES = ['/news/article-ferry-vote.html', '/news/article-library-hours.html'];

let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
let git: GitServer;
let root = '';
let grantedBuild = '';
let browser: Harness;

beforeAll(async () => {
  fixtures = await startFixtureServer();
  root = mkdtempSync(path.join(tmpdir(), 'newsclip-e2e-git-errors-'));
  git = await startGitServer(root, TOKEN);
  // The optional origins granted at install: "Save destination" asks for its origin without a prompt.
  grantedBuild = buildWithOriginsGranted();
  browser = await launchWithExtension(grantedBuild);
  for (const page of PAGES) {
    const { popup, status } = await clipUrl(browser, `${fixtures.origin}${page}`);
    expect(status).toMatch(/^Saved/);
    await popup.close();
  }
});
afterAll(async () => {
  await browser?.close();
  await git?.close();
  await fixtures?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(grantedBuild, { recursive: true, force: true });
});

/** A bare repository on the server, and this browser's destination set to it. */
async function repository(name: string, content: 'site' | 'empty', branch = 'main'): Promise<string> {
  const bare = createBareRepo(root, name, content);
  await configure(browser, { url: git.repoUrl(name), token: TOKEN, branch });
  return bare;
}

const posts = (bare: string) => gitLsTree(bare).filter((file) => /^src\/data\/blog\/.+\.md$/.test(file));

describe('publishing from the library when the repository or the network misbehaves', () => {
  it('an empty repository: the first publish creates the branch and the folder, and says so', async () => {
    const bare = await repository('empty', 'empty');
    const library = await openPublish(browser);
    expect(await publishAndWait(library)).toMatch(
      /^The repository was empty: the branch "main" was created, with the posts in "src\/data\/blog\/"\. Published: 2 new, 0 updated, 0 already there\./,
    );
    expect(gitLog(bare).map((c) => c.subject)).toEqual(['Newsclip: add 2 posts']);
    // Nothing but the two posts: no site files were invented.
    expect(gitLsTree(bare)).toEqual(posts(bare));
    expect(posts(bare)).toHaveLength(2);
  });

  it('a branch that is not there: names the branches there are, and nothing is pushed', async () => {
    const bare = await repository('branches', 'site', 'gh-pages');
    const library = await openPublish(browser);
    await clickReady(library, '[data-testid=publish-run]');
    expect(await publishError(library)).toEqual({
      code: 'branch-missing',
      message: 'The repository has no branch "gh-pages" (it has: main). Choose one of them in the settings.',
    });
    expect(gitLog(bare)).toHaveLength(1);
  });

  it('the connection lost mid-push: a clear error, the clips kept, and publishing again works', async () => {
    const bare = await repository('flaky', 'site');
    // The server goes away as the pack arrives: that request and every later one are cut.
    git.beforeNextPush('receive', () => git.setOffline(true));
    const library = await openPublish(browser);
    await clickReady(library, '[data-testid=publish-run]');
    const { code, message } = await publishError(library);
    expect(code).toBe('offline');
    expect(message).toBe(
      `Could not reach ${new URL(git.origin).host}: check the connection and the address. Nothing was changed.`,
    );
    expect(gitLog(bare)).toHaveLength(1);
    expect(await text(library, '[data-testid=result-count]')).toBe('2 clips');

    git.setOffline(false);
    expect(await publishAndWait(library)).toMatch(/^Published: 2 new, 0 updated, 0 already there\./);
    expect(gitLog(bare).map((c) => c.subject)).toEqual(['Newsclip: add 2 posts', 'Initial site']);
    expect(posts(bare)).toHaveLength(3);
  });

  it('Cancel while pushing: nothing is pushed, the clips are kept, and publishing again works', async () => {
    const bare = await repository('cancel', 'site');
    // The push's first request is held until the test lets it go: Cancel is clicked meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    git.beforeNextPush('advertise', () => held);
    const library = await openPublish(browser);
    await clickReady(library, '[data-testid=publish-run]');
    await library.waitForFunction(
      () => document.querySelector('[data-testid=publish-progress]')?.textContent?.includes('Pushing'),
      { timeout: 30_000 },
    );
    await clickReady(library, '[data-testid=publish-cancel]');
    expect(await publishError(library)).toEqual({
      code: 'cancelled',
      message: 'Cancelled. Your clips are unchanged.',
    });
    release();
    expect(gitLog(bare)).toHaveLength(1);
    expect(await text(library, '[data-testid=result-count]')).toBe('2 clips');

    expect(await publishAndWait(library)).toMatch(/^Published: 2 new/);
    expect(gitLog(bare)).toHaveLength(2);
  });

  it('someone pushed meanwhile (non-fast-forward): fetched, published on top, and told', async () => {
    const bare = await repository('race', 'site');
    git.beforeNextPush('advertise', () => {
      commitToBare(
        bare,
        'main',
        { 'src/data/blog/meanwhile.md': '---\ntitle: Meanwhile\n---\n\nPushed from elsewhere.\n' },
        'Meanwhile',
      );
    });
    const library = await openPublish(browser);
    expect(await publishAndWait(library)).toMatch(
      /^Published: 2 new, 0 updated, 0 already there\. Someone pushed to the branch meanwhile: the posts were published on top of their commit\./,
    );
    expect(gitLog(bare).map((c) => c.subject)).toEqual([
      'Newsclip: add 2 posts',
      'Meanwhile',
      'Initial site',
    ]);
    expect(posts(bare)).toContain('src/data/blog/meanwhile.md');
    expect(posts(bare)).toHaveLength(4);
  });
});
