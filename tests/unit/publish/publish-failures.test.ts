import { describe, expect, it } from 'vitest';
import type { PublishError } from '../../../utils/publish/publish-error';
import { publishPosts } from '../../../utils/publish/publish-posts';
import { commitToBare, gitLog, gitLsTree, gitShow, installHook } from '../../git-server/git-repos';
import {
  browserDeps,
  destinationFor,
  failure,
  FERRY_PATH,
  HARBOUR_PATH,
  harnessForFile,
  TOKEN,
  twoClips,
} from './publish-harness';

const harness = harnessForFile();

/** Every form a token could leak in: as is, URL-encoded, in Basic credentials. */
function leaks(token: string): string[] {
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  return [token, encodeURIComponent(token), b64(`x-access-token:${token}`), b64(token).slice(0, 20)];
}

function expectNoToken(error: PublishError, printed: string, token: string) {
  const props = Object.getOwnPropertyNames(error).map((key) => String(Reflect.get(error, key)));
  const everything = [String(error), error.stack ?? '', JSON.stringify(error), ...props, printed].join('\n');
  for (const form of leaks(token)) expect(everything).not.toContain(form);
}

/** Pushes that reached git (the POST of a pack), in this repository. */
const packsPushed = (name: string) =>
  harness.server.log.filter((r) => r.method === 'POST' && r.path === `/${name}.git/git-receive-pack`).length;

const newPost = (path: string) => ({ [path]: '---\ntitle: By hand\n---\n\nWritten in the repository.\n' });

describe('publishing when the branch moves under it', () => {
  it('publishes on top of a commit pushed between its fetch and its push (seen in the advertisement)', async () => {
    const { bare, destination } = harness.repo('race-advertise', 'site');
    harness.server.beforeNextPush('advertise', () => {
      commitToBare(bare, 'main', newPost('src/data/blog/meanwhile.md'), 'Meanwhile');
    });
    const result = await publishPosts(browserDeps(), destination, TOKEN, twoClips());
    expect(result.retried).toBe(true);
    // isomorphic-git saw the branch had moved and sent no pack the first time.
    expect(packsPushed('race-advertise')).toBe(1);
    expect(gitLog(bare).map((c) => c.subject)).toEqual([
      'Newsclip: add 2 posts',
      'Meanwhile',
      'Initial site',
    ]);
    expect(gitLsTree(bare)).toEqual(
      expect.arrayContaining([HARBOUR_PATH, FERRY_PATH, 'src/data/blog/meanwhile.md']),
    );
  });

  it('publishes on top of a commit the server got first (refused by git itself)', async () => {
    const { bare, destination } = harness.repo('race-receive', 'site');
    harness.server.beforeNextPush('receive', () => {
      commitToBare(bare, 'main', newPost('src/data/blog/meanwhile.md'), 'Meanwhile');
    });
    const result = await publishPosts(browserDeps(), destination, TOKEN, twoClips());
    expect(result.retried).toBe(true);
    // The first pack reached git, which refused to move the branch; the second was on top.
    expect(packsPushed('race-receive')).toBe(2);
    expect(gitLog(bare).map((c) => c.subject)).toEqual([
      'Newsclip: add 2 posts',
      'Meanwhile',
      'Initial site',
    ]);
    expect(gitLsTree(bare)).toEqual(
      expect.arrayContaining([HARBOUR_PATH, FERRY_PATH, 'src/data/blog/meanwhile.md']),
    );
  });

  it('turns a post edited by the concurrent commit into a conflict on the retry', async () => {
    const { bare, destination } = harness.repo('race-edit', 'site');
    const deps = browserDeps();
    const clips = twoClips();
    await publishPosts(deps, destination, TOKEN, clips);
    const theirs = gitShow(bare, 'main', FERRY_PATH).replace('Twice a week.', 'Three times a week.');
    harness.server.beforeNextPush('advertise', () => {
      commitToBare(bare, 'main', { [FERRY_PATH]: theirs }, 'Correct the timetable');
    });
    const edited = clips.map((clip) => ({ ...clip, draft: false }));
    const result = await publishPosts(deps, destination, TOKEN, edited);
    expect(result).toMatchObject({ retried: true, updated: [HARBOUR_PATH] });
    expect(result.conflicts).toMatchObject([{ path: FERRY_PATH, theirs }]);
    expect(gitShow(bare, 'main', FERRY_PATH)).toBe(theirs);
  });

  it('says why when the push is refused twice, and publishes later', async () => {
    const { bare, destination } = harness.repo('race-twice', 'site');
    harness.server.beforeNextPush('advertise', () => {
      commitToBare(bare, 'main', newPost('src/data/blog/one.md'), 'One');
      harness.server.beforeNextPush('advertise', () => {
        commitToBare(bare, 'main', newPost('src/data/blog/two.md'), 'Two');
      });
    });
    const deps = browserDeps();
    const { error, printed } = await failure(() => publishPosts(deps, destination, TOKEN, twoClips()));
    expect(error.code).toBe('rejected');
    expect(error.message).toBe(
      'The branch changed twice while publishing (someone else pushed first). Nothing was lost: publish again in a moment.',
    );
    expectNoToken(error, printed, TOKEN);
    expect(gitLog(bare).map((c) => c.subject)).toEqual(['Two', 'One', 'Initial site']);

    await publishPosts(deps, destination, TOKEN, twoClips());
    expect(gitLog(bare)[0]?.subject).toBe('Newsclip: add 2 posts');
  });
});

describe('publish errors', () => {
  it('a push the server refuses (a protected branch): says the server’s reason', async () => {
    const { bare, destination } = harness.repo('protected', 'site');
    installHook(bare, 'pre-receive', 'echo "main is protected" >&2; exit 1');
    const { error } = await failure(() => publishPosts(browserDeps(), destination, TOKEN, twoClips()));
    expect(error.code).toBe('rejected');
    expect(error.message).toBe(
      'The repository refused the push: main: pre-receive hook declined. Nothing was lost.',
    );
    expect(gitLog(bare)).toHaveLength(1);
  });

  it('wrong token: an auth error that holds neither token, and nothing pushed', async () => {
    const { bare, destination } = harness.repo('auth', 'site');
    const wrong = 'glpat-WrongTokenValue9876543210';
    const { error, printed } = await failure(() =>
      publishPosts(browserDeps(), destination, wrong, twoClips()),
    );
    expect(error.code).toBe('auth');
    expect(error.message).toMatch(/refused the token \(HTTP 401\)/);
    expectNoToken(error, printed, wrong);
    expectNoToken(error, printed, TOKEN);
    expect(gitLog(bare)).toHaveLength(1);
  });

  it('unknown repository: not found, naming the address', async () => {
    const destination = destinationFor(harness.server.repoUrl('no-such-blog'));
    const { error, printed } = await failure(() =>
      publishPosts(browserDeps(), destination, TOKEN, twoClips()),
    );
    expect(error.code).toBe('not-found');
    expect(error.message).toContain(destination.url);
    expectNoToken(error, printed, TOKEN);
  });

  it('missing branch: names the branches there are', async () => {
    harness.repo('branches', 'site');
    const destination = destinationFor(harness.server.repoUrl('branches'), 'gh-pages');
    const { error } = await failure(() => publishPosts(browserDeps(), destination, TOKEN, twoClips()));
    expect(error.code).toBe('branch-missing');
    expect(error.message).toBe(
      'The repository has no branch "gh-pages" (it has: main). Choose one of them in the settings.',
    );
  });

  it('cancel: nothing is pushed, and publishing again works', async () => {
    const { bare, destination } = harness.repo('cancel', 'site');
    const deps = browserDeps();
    const controller = new AbortController();
    const { error } = await failure(() =>
      publishPosts(deps, destination, TOKEN, twoClips(), {
        signal: controller.signal,
        onProgress: ({ phase }) => phase === 'writing' && controller.abort(),
      }),
    );
    expect(error.code).toBe('cancelled');
    expect(gitLog(bare)).toHaveLength(1);
    const result = await publishPosts(deps, destination, TOKEN, twoClips());
    expect(result.added).toHaveLength(2);
  });

  it('offline, and a connection lost mid-push: a clear error, and the retry publishes once', async () => {
    const { bare, destination } = harness.repo('offline', 'site');
    const deps = browserDeps();
    harness.server.setOffline(true);
    const offline = await failure(() => publishPosts(deps, destination, TOKEN, twoClips()));
    harness.server.setOffline(false);
    expect(offline.error.code).toBe('offline');
    expect(offline.error.message).toContain(new URL(destination.url).host);

    harness.server.beforeNextPush('receive', () => harness.server.setOffline(true));
    const midPush = await failure(() => publishPosts(deps, destination, TOKEN, twoClips()));
    harness.server.setOffline(false);
    expect(midPush.error.code).toBe('offline');
    expectNoToken(midPush.error, midPush.printed, TOKEN);
    expect(gitLog(bare)).toHaveLength(1);

    const result = await publishPosts(deps, destination, TOKEN, twoClips());
    expect(result.added).toHaveLength(2);
    expect(gitLog(bare).map((c) => c.subject)).toEqual(['Newsclip: add 2 posts', 'Initial site']);
  });
});
