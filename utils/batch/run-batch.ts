import type { ClipOutcome } from '../capture/clip-outcome';
import { batchItemOutcome } from './batch-item-outcome';
import type { BatchItem, BatchState } from './batch-schema';

/** Where the batch's state lives: read fresh (Cancel is written there by another page) and updated. */
export type BatchStore = {
  get(): Promise<BatchState | null>;
  update(id: string, change: (state: BatchState) => BatchState): Promise<BatchState | null>;
};

/** What an item records about the background tab it opens, before and after opening it. */
export type TabRecord = Pick<BatchItem, 'opening' | 'openedTabId'>;

export type BatchDeps = {
  /** Clips one item: its tab, or its address in a background tab (`record` notes that tab). */
  clip(item: BatchItem, record: (change: TabRecord) => Promise<void>): Promise<ClipOutcome>;
  /** Gives the batch's tags to a clip it saved or updated. */
  tag(clipId: number, tags: readonly string[]): Promise<void>;
};

const settled = (state: BatchItem['state']) => state !== 'pending' && state !== 'running';

/**
 * Works through a batch's pending items, `concurrency` at a time, writing each item's state as it goes, so
 * the popup and library can show progress and a restarted worker can go on. A failure is that item's; the
 * others go on. Cancel (the stored status) stops before the next item. Never throws for an item.
 */
export async function runBatch(store: BatchStore, deps: BatchDeps, concurrency: number): Promise<void> {
  const first = await store.get();
  if (!first || first.status !== 'running') return;
  const { id, kind } = first;
  const setItem = (index: number, change: Partial<BatchItem>) =>
    store.update(id, (state) => ({
      ...state,
      items: state.items.map((item, i) => (i === index ? { ...item, ...change } : item)),
    }));

  const queue = first.items.flatMap((item, i) => (item.state === 'pending' ? [i] : []));
  const worker = async () => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      const now = await store.get();
      if (!now || now.id !== id || now.status !== 'running') return;
      const item = now.items[index]!;
      await setItem(index, { state: 'running' });
      let result: Partial<BatchItem>;
      try {
        const outcome = await deps.clip(item, (change) => setItem(index, change).then(() => {}));
        result = batchItemOutcome(kind, item, outcome, now.startedAt);
        if (result.resultId !== undefined && result.state !== 'failed' && now.tags.length)
          await deps.tag(result.resultId, now.tags);
      } catch (error) {
        result = { state: 'failed', said: error instanceof Error ? error.message : String(error) };
      }
      await setItem(index, { ...result, openedTabId: undefined, opening: undefined });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  await store.update(id, (state) =>
    state.status === 'running' && state.items.every((item) => settled(item.state))
      ? { ...state, status: 'done' }
      : state,
  );
}

/** A background tab a stopped worker was opening when it stopped, its id not yet recorded. */
export type StrayOpening = { url: string; tabsBefore: number[] };

/**
 * A batch found running when the worker starts (it was stopped mid-batch): items it was on go back to
 * pending (their clips were saved whole or not at all), with the tabs they opened to close, and those
 * they were opening to look for.
 */
export function resumable(state: BatchState): {
  state: BatchState;
  tabsToClose: number[];
  openings: StrayOpening[];
} {
  const tabsToClose = state.items.flatMap((item) =>
    item.openedTabId === undefined ? [] : [item.openedTabId],
  );
  const openings = state.items.flatMap((item) =>
    item.state === 'running' && item.opening && item.openedTabId === undefined
      ? [{ url: item.url, tabsBefore: item.opening.tabsBefore }]
      : [],
  );
  return {
    state: {
      ...state,
      resumed: true,
      items: state.items.map((item) =>
        item.state === 'running'
          ? { ...item, state: 'pending', openedTabId: undefined, opening: undefined, retried: true }
          : item,
      ),
    },
    tabsToClose,
    openings,
  };
}
