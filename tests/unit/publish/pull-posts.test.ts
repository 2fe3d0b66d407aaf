import { describe, expect, it } from 'vitest';
import { publishPosts } from '../../../utils/publish/publish-posts';
import { pullPosts } from '../../../utils/publish/pull-posts';
import { syncedFiles } from '../../../utils/publish/synced-files';
import { EXISTING_POST_PATH, gitLog, gitShow } from '../../git-server/git-repos';
import {
  browserDeps,
  failure,
  FERRY_PATH,
  HARBOUR_PATH,
  harnessForFile,
  TOKEN,
  twoClips,
} from './publish-harness';

const harness = harnessForFile();

/** The fields a post carries, the ones a second browser must see the same. */
const carried = ({ canonicalURL, title, slug, tags, markdown, pubDatetime, draft, author }: Clip) => ({
  canonicalURL,
  title,
  slug,
  tags,
  markdown,
  pubDatetime,
  draft,
  author,
});
type Clip = ReturnType<typeof twoClips>[number];

describe('pullPosts: a second browser in sync through the repository', () => {
  it('reads the published posts back as clips, and a hand-written post without a source as an error', async () => {
    const { destination } = harness.repo('pull', 'site');
    const clips = twoClips();
    await publishPosts(browserDeps(), destination, TOKEN, clips);

    const second = browserDeps();
    const { plan, blobs } = await pullPosts(second, destination, TOKEN);
    expect(plan.readyFiles).toEqual([HARBOUR_PATH, FERRY_PATH]);
    expect(plan.ready.map(carried)).toEqual(clips.map(carried));
    expect(plan.errors).toEqual([{ file: EXISTING_POST_PATH, message: 'No source URL: add canonicalURL' }]);
    expect(Object.keys(blobs).sort()).toEqual([FERRY_PATH, HARBOUR_PATH].sort());
  });

  it('converges: the pulled clips publish as unchanged; an edit from either browser is never lost', async () => {
    const { bare, destination } = harness.repo('converge', 'site');
    const first = browserDeps();
    await publishPosts(first, destination, TOKEN, twoClips());

    // The second browser imports what it pulled and records it as synced.
    const second = browserDeps();
    const { plan, blobs } = await pullPosts(second, destination, TOKEN);
    await syncedFiles.update(second, blobs);
    const pulled = plan.ready;
    const same = await publishPosts(second, destination, TOKEN, pulled);
    expect(same).toMatchObject({ commit: null, added: [], updated: [], conflicts: [] });

    // It edits a clip and publishes: an update, not a conflict, since it knew the repository's version.
    const edited = [{ ...pulled[0]!, title: 'Harbour council says yes to tidal power' }, pulled[1]!];
    const update = await publishPosts(second, destination, TOKEN, edited);
    expect(update).toMatchObject({ updated: [HARBOUR_PATH], conflicts: [] });
    const theirs = gitShow(bare, 'main', HARBOUR_PATH);
    expect(theirs).toContain('title: Harbour council says yes to tidal power');

    // The first browser, not having pulled, would overwrite that edit: it is asked instead.
    const stale = await publishPosts(first, destination, TOKEN, twoClips());
    expect(stale.commit).toBeNull();
    expect(stale.conflicts).toMatchObject([{ path: HARBOUR_PATH, theirs }]);

    // It pulls and gets the edit.
    const back = await pullPosts(first, destination, TOKEN);
    expect(back.plan.ready.map((clip) => clip.title)).toContain('Harbour council says yes to tidal power');
    expect(gitLog(bare)).toHaveLength(3);
  });

  it('an empty repository has nothing to pull; a branch without the folder says so', async () => {
    const { destination: empty } = harness.repo('pull-empty', 'empty');
    const nothing = await pullPosts(browserDeps(), empty, TOKEN);
    expect(nothing.plan).toMatchObject({ ready: [], errors: [] });

    const { destination } = harness.repo('pull-v6', 'site');
    const v6 = { ...destination, folder: 'src/content/posts/' };
    const { error } = await failure(() => pullPosts(browserDeps(), v6, TOKEN));
    expect(error).toMatchObject({
      code: 'folder-missing',
      message:
        'The branch "main" has no folder "src/content/posts/": check the destination\'s content folder.',
    });
  });

  it('a wrong token is an auth error when pulling too', async () => {
    const { destination } = harness.repo('pull-auth', 'site');
    const { error } = await failure(() => pullPosts(browserDeps(), destination, 'wrong'));
    expect(error).toMatchObject({ code: 'auth' });
  });
});
