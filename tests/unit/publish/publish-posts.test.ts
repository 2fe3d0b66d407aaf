import { describe, expect, it } from 'vitest';
import { renderPost } from '../../../utils/export/render-post';
import { publishPosts } from '../../../utils/publish/publish-posts';
import {
  commitToBare,
  EXISTING_POST_PATH,
  gitChanged,
  gitLog,
  gitLsTree,
  gitShow,
  SITE_POST_PAGE,
} from '../../git-server/git-repos';
import { browserDeps, FERRY_PATH, HARBOUR_PATH, harnessForFile, TOKEN, twoClips } from './publish-harness';

const harness = harnessForFile();

/** What an export writes for a clip by default (AstroPaper, with the source line). */
const exported = (clip: Parameters<typeof renderPost>[0]) => renderPost(clip, {});

describe('publishPosts against a real git server', () => {
  it('commits exactly the new posts, with a clear message and the destination’s author', async () => {
    const { bare, destination } = harness.repo('first', 'site');
    const deps = browserDeps();
    const clips = twoClips();
    const result = await publishPosts(deps, destination, TOKEN, clips);

    expect(result).toMatchObject({
      added: [HARBOUR_PATH, FERRY_PATH],
      updated: [],
      conflicts: [],
      created: null,
    });
    const log = gitLog(bare);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({
      hash: result.commit,
      author: 'Newsclip Tester <tester@example.com>',
      subject: 'Newsclip: add 2 posts',
    });
    expect(gitChanged(bare)).toEqual([`A ${HARBOUR_PATH}`, `A ${FERRY_PATH}`]);
    expect(gitLsTree(bare)).toEqual(
      [
        'astro.config.mjs',
        'package.json',
        'src/content.config.ts',
        SITE_POST_PAGE,
        EXISTING_POST_PATH,
        FERRY_PATH,
        HARBOUR_PATH,
      ].sort(),
    );
    expect(gitShow(bare, 'main', HARBOUR_PATH)).toBe(exported(clips[0]!));
    expect(gitShow(bare, 'main', FERRY_PATH)).toBe(exported(clips[1]!));
  });

  it('makes no commit when nothing changed, and one file’s change when one clip changed', async () => {
    const { bare, destination } = harness.repo('again', 'site');
    const deps = browserDeps();
    const clips = twoClips();
    await publishPosts(deps, destination, TOKEN, clips);
    const before = gitLog(bare);

    const same = await publishPosts(deps, destination, TOKEN, clips);
    expect(same).toMatchObject({ commit: null, added: [], updated: [] });
    expect(same.unchanged.sort()).toEqual([HARBOUR_PATH, FERRY_PATH]);
    expect(gitLog(bare)).toEqual(before);

    const edited = [{ ...clips[0]!, markdown: `${clips[0]!.markdown}\n\nThe vote was 7 to 4.` }, clips[1]!];
    const update = await publishPosts(deps, destination, TOKEN, edited);
    expect(update).toMatchObject({ added: [], updated: [HARBOUR_PATH], unchanged: [FERRY_PATH] });
    expect(gitLog(bare)[0]?.subject).toBe('Newsclip: update 1 post');
    expect(gitChanged(bare)).toEqual([`M ${HARBOUR_PATH}`]);
    expect(gitShow(bare, 'main', HARBOUR_PATH)).toContain('The vote was 7 to 4.');
  });

  it('leaves a post edited in the repository alone, returns both versions, and overwrites when asked', async () => {
    const { bare, destination } = harness.repo('edited', 'site');
    const deps = browserDeps();
    const clips = twoClips();
    await publishPosts(deps, destination, TOKEN, clips);
    const theirs = gitShow(bare, 'main', HARBOUR_PATH).replace('nine-hour', 'nine hour');
    commitToBare(bare, 'main', { [HARBOUR_PATH]: theirs }, 'Fix a typo by hand');

    const edited = clips.map((clip) => ({ ...clip, markdown: `${clip.markdown}\n\nUpdated.` }));
    const result = await publishPosts(deps, destination, TOKEN, edited);
    // The other post is published; the edited one is not.
    expect(result.updated).toEqual([FERRY_PATH]);
    expect(result.conflicts).toEqual([
      {
        path: HARBOUR_PATH,
        canonicalURL: 'https://news.example/harbour',
        title: 'Harbour council votes for tidal power',
        ours: exported(edited[0]!),
        theirs,
      },
    ]);
    expect(gitShow(bare, 'main', HARBOUR_PATH)).toBe(theirs);

    const again = await publishPosts(deps, destination, TOKEN, edited);
    expect(again.conflicts.map((c) => c.path)).toEqual([HARBOUR_PATH]);
    expect(again.commit).toBeNull();

    const forced = await publishPosts(deps, destination, TOKEN, edited, { overwrite: [HARBOUR_PATH] });
    expect(forced).toMatchObject({ updated: [HARBOUR_PATH], conflicts: [] });
    expect(gitShow(bare, 'main', HARBOUR_PATH)).toBe(exported(edited[0]!));
    expect(gitLog(bare).map((c) => c.subject)).toEqual([
      'Newsclip: update 1 post',
      'Newsclip: update 1 post',
      'Fix a typo by hand',
      'Newsclip: add 2 posts',
      'Initial site',
    ]);
  });

  it('asks before bringing back a post deleted in the repository', async () => {
    const { bare, destination } = harness.repo('deleted', 'site');
    const deps = browserDeps();
    const clips = twoClips();
    await publishPosts(deps, destination, TOKEN, clips);
    commitToBare(bare, 'main', { [FERRY_PATH]: null }, 'Remove the ferry post');

    const result = await publishPosts(deps, destination, TOKEN, clips);
    expect(result.conflicts).toMatchObject([{ path: FERRY_PATH, theirs: null }]);
    expect(result.commit).toBeNull();
    expect(gitLsTree(bare)).not.toContain(FERRY_PATH);
  });

  it('creates the branch and the content folder in an empty repository', async () => {
    const { bare, destination } = harness.repo('empty', 'empty');
    const result = await publishPosts(browserDeps(), destination, TOKEN, twoClips());
    expect(result).toMatchObject({ added: [HARBOUR_PATH, FERRY_PATH], created: 'branch' });
    expect(gitLog(bare)).toMatchObject([{ subject: 'Newsclip: add 2 posts' }]);
    expect(gitLsTree(bare)).toEqual([HARBOUR_PATH, FERRY_PATH]);
  });

  it('creates a missing content folder next to the site’s files', async () => {
    const { bare, destination } = harness.repo('hugo', 'site');
    const hugo = { ...destination, profile: 'hugo' as const, folder: 'content/posts/' };
    const result = await publishPosts(browserDeps(), hugo, TOKEN, twoClips());
    expect(result.created).toBe('folder');
    expect(gitLsTree(bare)).toEqual(
      expect.arrayContaining([
        'content/posts/harbour-council-votes-for-tidal-power.md',
        'content/posts/night-ferry-returns.md',
        EXISTING_POST_PATH,
      ]),
    );
    expect(gitShow(bare, 'main', 'content/posts/night-ferry-returns.md')).toContain(
      'summary: A description.',
    );
  });
});
