import { describe, expect, it } from 'vitest';
import type { ClipOutcome } from '../../../utils/capture/clip-outcome';
import type { BatchItem, BatchState } from '../../../utils/batch/batch-schema';
import type { StoredClip } from '../../../utils/clip-schema';
import { parseLinks } from '../../../utils/batch/parse-links';
import { resumable, runBatch, type BatchStore } from '../../../utils/batch/run-batch';
import { strayTabs } from '../../../utils/batch/stray-tabs';

const change = {
  headline: true,
  description: false,
  author: false,
  date: false,
  added: 1,
  removed: 0,
  edited: 0,
  notes: [],
};

/** The store as session storage would hold it, in memory, with every state it went through. */
function memoryStore(initial: BatchState) {
  let state: BatchState | null = initial;
  const history: BatchState[] = [];
  const store: BatchStore = {
    get: async () => state,
    update: async (id, fn) => {
      if (state?.id !== id) return state;
      state = fn(state);
      history.push(state);
      return state;
    },
  };
  return { store, history, now: () => state!, set: (next: BatchState) => (state = next) };
}

const batch = (kind: BatchState['kind'], items: Partial<BatchItem>[], tags: string[] = []): BatchState => ({
  id: 'b1',
  kind,
  status: 'running',
  tags,
  startedAt: '2026-12-05T10:00:00Z',
  items: items.map((item, i) => ({
    url: `https://a.example/${i}`,
    label: `Page ${i}`,
    state: 'pending',
    ...item,
  })),
});

describe('a batch of pages (#14, #16)', () => {
  it('clips every page, at most N at once, and says what became of each; tags go on what was clipped', async () => {
    const outcomes: (ClipOutcome | Error)[] = [
      { status: 'saved', clipId: 10, title: 'A' },
      { status: 'updated', clipId: 11, title: 'B', change },
      { status: 'updated', clipId: 12, title: 'C', change: null },
      {
        status: 'failed',
        code: 'restricted',
        message: 'Browser pages can’t be clipped',
        canClipSelection: false,
      },
      { status: 'failed', code: 'no-article', message: 'No article', canClipSelection: true },
      new Error('boom'),
    ];
    const { store, history, now } = memoryStore(
      batch(
        'tabs',
        outcomes.map(() => ({})),
        ['weekend'],
      ),
    );
    let running = 0;
    let most = 0;
    const tagged: [number, readonly string[]][] = [];
    await runBatch(
      store,
      {
        clip: async (item) => {
          running++;
          most = Math.max(most, running);
          await new Promise((r) => setTimeout(r, 5));
          running--;
          const outcome = outcomes[Number(item.url.split('/').at(-1))]!;
          if (outcome instanceof Error) throw outcome;
          return outcome;
        },
        tag: async (id, tags) => void tagged.push([id, tags]),
      },
      2,
    );
    expect(most).toBe(2);
    expect(now().status).toBe('done');
    expect(now().items.map((i) => [i.state, i.said ?? '', i.resultId])).toEqual([
      ['saved', '', 10],
      ['updated', 'Headline changed · 1 paragraph added', 11],
      ['unchanged', '', 12],
      ['failed', 'Browser pages can’t be clipped', undefined],
      ['failed', 'No article on the page now: it may have been taken down or moved', undefined],
      ['failed', 'boom', undefined],
    ]);
    expect(tagged).toEqual([
      [10, ['weekend']],
      [11, ['weekend']],
      [12, ['weekend']],
    ]);
    // Progress was written as it went: some state had items still pending and one running.
    expect(history.some((s) => s.items.some((i) => i.state === 'running'))).toBe(true);
  });

  it('a check whose address now leads elsewhere reports it and leaves the clip alone', async () => {
    const { store, now } = memoryStore(batch('recheck', [{ clipId: 5 }, { clipId: 6 }]));
    await runBatch(
      store,
      {
        clip: async (item) =>
          item.clipId === 5
            ? { status: 'saved', clipId: 9, title: 'Home page' }
            : { status: 'updated', clipId: 7, title: 'Other' },
        tag: async () => {},
      },
      1,
    );
    expect(now().items.map((i) => i.state)).toEqual(['failed', 'failed']);
    expect(now().items[0]!.said).toContain('“Home page”');
  });

  it('stops before the next page when cancelled; what was clipped stays', async () => {
    const memory = memoryStore(batch('links', [{}, {}, {}]));
    await runBatch(
      memory.store,
      {
        clip: async () => {
          memory.set({ ...memory.now(), status: 'cancelled' });
          return { status: 'saved', clipId: 1, title: 'A' };
        },
        tag: async () => {},
      },
      1,
    );
    expect(memory.now().status).toBe('cancelled');
    expect(memory.now().items.map((i) => i.state)).toEqual(['saved', 'pending', 'pending']);
  });

  it('after a worker restart, goes on from the page it was on, closing the tab that page had opened', async () => {
    const stopped = batch('links', [
      { state: 'saved', resultId: 1 },
      { state: 'running', openedTabId: 42 },
      {},
    ]);
    const { state, tabsToClose } = resumable(stopped);
    expect(tabsToClose).toEqual([42]);
    expect(state.resumed).toBe(true);
    const memory = memoryStore(state);
    const clipped: string[] = [];
    await runBatch(
      memory.store,
      {
        clip: async (item) => (clipped.push(item.label), { status: 'saved', clipId: 2, title: 'x' }),
        tag: async () => {},
      },
      2,
    );
    expect(clipped).toEqual(['Page 1', 'Page 2']);
    expect(memory.now().status).toBe('done');
  });
  it('after a worker restart mid-open, looks for the tab it was opening, its id not yet recorded', () => {
    const stopped = batch('links', [
      { state: 'running', opening: { tabsBefore: [1, 2] } },
      { state: 'running', opening: { tabsBefore: [1] }, openedTabId: 7 },
      { state: 'saved', resultId: 1 },
    ]);
    const { state, tabsToClose, openings } = resumable(stopped);
    expect(tabsToClose).toEqual([7]);
    expect(openings).toEqual([{ url: stopped.items[0]!.url, tabsBefore: [1, 2] }]);
    expect(state.items.map((i) => [i.state, i.opening, i.openedTabId])).toEqual([
      ['pending', undefined, undefined],
      ['pending', undefined, undefined],
      ['saved', undefined, undefined],
    ]);
  });
});

describe('a batch resumed after the worker stopped', () => {
  it('counts a retried page’s own clip, saved just before the stop, as saved, not as already clipped', async () => {
    const stopped = batch('links', [{ state: 'running' }, {}]);
    const { state } = resumable(stopped);
    expect(state.items.map((i) => i.retried)).toEqual([true, undefined]);
    const memory = memoryStore(state);
    const clipAt = (savedAt: string, clipId: number) =>
      ({
        status: 'updated',
        clipId,
        title: 't',
        change: null,
        clip: { id: clipId, savedAt } as unknown as StoredClip,
      }) satisfies ClipOutcome;
    await runBatch(
      memory.store,
      {
        // Both pages were stored unchanged: the retried one by this batch, the other a day before it started.
        clip: async (item) =>
          item.retried ? clipAt('2026-12-05T10:00:03Z', 1) : clipAt('2026-12-04T10:00:00Z', 2),
        tag: async () => {},
      },
      1,
    );
    expect(memory.now().items.map((i) => [i.state, i.resultId])).toEqual([
      ['saved', 1],
      ['unchanged', 2],
    ]);
  });
});

describe('stray tabs of a stopped worker', () => {
  const opening = { url: 'https://news.example/story/4', tabsBefore: [1, 2, 3] };
  it('closes a new background tab on the opened address’s host, loading or redirected within the site', () => {
    expect(
      strayTabs(
        [
          { id: 1, url: 'https://news.example/story/4' }, // the user's own, there before
          { id: 9, pendingUrl: 'https://news.example/story/4', url: '' }, // still loading
          { id: 10, url: 'https://news.example/story/4/amp' }, // redirected on the site
          { id: 11, url: 'https://other.example/', active: false }, // the user's, ctrl-clicked meanwhile
          { id: 12, url: 'https://news.example/story/4', active: true }, // the user's, in front
          { id: 13 }, // its address not shown
        ],
        [opening],
      ),
    ).toEqual([9, 10]);
  });
  it('finds nothing without an opening, or for an address that is not a URL', () => {
    expect(strayTabs([{ id: 9, url: 'https://news.example/' }], [])).toEqual([]);
    expect(strayTabs([{ id: 9 }, { id: 10, url: 'x' }], [{ url: 'not a url', tabsBefore: [] }])).toEqual([]);
  });
});

describe('pasted links', () => {
  it('finds each http(s) address once, in order, without the punctuation around it', () => {
    expect(
      parseLinks(
        'Read https://a.example/x, and (https://b.example/y?q=1). Again: https://a.example/x\nftp://c.example/z javascript:alert(1) http://d.example',
      ),
    ).toEqual(['https://a.example/x', 'https://b.example/y?q=1', 'http://d.example/']);
  });
});
