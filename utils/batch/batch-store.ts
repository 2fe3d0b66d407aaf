import { storage } from 'wxt/utils/storage';
import { batchStateSchema, type BatchState } from './batch-schema';
import type { BatchStore } from './run-batch';

/**
 * The batch in session storage: it outlives the popup and a restart of the worker (not of the browser), and
 * every extension page can watch it. Only the background writes it, one change at a time.
 */
const batchItem = storage.defineItem<BatchState | null>('session:batch', { fallback: null });

const read = async (): Promise<BatchState | null> => {
  const parsed = batchStateSchema.safeParse(await batchItem.getValue());
  return parsed.success ? parsed.data : null;
};

let queue: Promise<unknown> = Promise.resolve();
/** Runs `work` after every change already asked for: read-modify-write never interleaves. */
const serial = <T>(work: () => Promise<T>): Promise<T> => {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
};

export const sessionBatchStore: BatchStore & {
  set(state: BatchState | null): Promise<void>;
} = {
  get: () => serial(read),
  update: (id, change) =>
    serial(async () => {
      const state = await read();
      if (!state || state.id !== id) return state;
      const next = change(state);
      await batchItem.setValue(next);
      return next;
    }),
  set: (state) => serial(() => batchItem.setValue(state)),
};

/** The batch as it is now, then every change (in the popup and library). Returns the unsubscribe. */
export function watchBatch(listener: (state: BatchState | null) => void): () => void {
  void read().then(listener);
  return batchItem.watch((value) => {
    const parsed = batchStateSchema.safeParse(value);
    listener(parsed.success ? parsed.data : null);
  });
}
