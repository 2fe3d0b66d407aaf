import { browser } from 'wxt/browser';
import { ALL_SITES } from '../capture/all-sites';
import { t } from '../i18n/t';
import { getSettings } from '../settings-store';
import { batchRequestSchema, type BatchRequest, type BatchState } from './batch-schema';
import { sessionBatchStore as store } from './batch-store';
import { browserBatchDeps } from './browser-batch-deps';
import { resumable, runBatch } from './run-batch';
import { strayTabs } from './stray-tabs';

export type StartAnswer = { ok: true } | { ok: false; message: string };

/** Runs the stored batch to its end in the background (the popup may close meanwhile). */
async function run(): Promise<void> {
  const settings = await getSettings();
  await runBatch(store, browserBatchDeps(settings), settings.batchConcurrency);
}

/**
 * Starts a batch (one at a time): its pages need host access, asked for by the page that sent the request
 * (in the user's click); without it nothing starts and the answer says why.
 */
export async function startBatch(input: BatchRequest): Promise<StartAnswer> {
  const request = batchRequestSchema.parse(input);
  if (!(await browser.permissions.contains({ origins: ALL_SITES })))
    return { ok: false, message: t('batchDenied') };
  const current = await store.get();
  if (current?.status === 'running') return { ok: false, message: t('checkRunning') };
  const state: BatchState = {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    kind: request.kind,
    status: 'running',
    tags: request.tags,
    items: request.items.map((item) => ({ ...item, state: 'pending' })),
    startedAt: new Date().toISOString(),
  };
  await store.set(state);
  void run().catch((error: unknown) => console.warn('Batch failed:', error));
  return { ok: true };
}

/** Cancel: the batch stops before its next page; what was clipped stays. */
export async function cancelBatch(): Promise<void> {
  const state = await store.get();
  if (state?.status === 'running') await store.update(state.id, (s) => ({ ...s, status: 'cancelled' }));
}

/** Forgets a finished batch (its summary was read). */
export async function dismissBatch(): Promise<void> {
  const state = await store.get();
  if (state && state.status !== 'running') await store.set(null);
}

/**
 * At the worker's start: a batch it was running when it stopped goes on from where it was (the pages it
 * was on are clipped again; the tabs they opened are closed).
 */
export async function resumeBatch(): Promise<void> {
  const state = await store.get();
  if (state?.status !== 'running') return;
  const { state: next, tabsToClose, openings } = resumable(state);
  const strays = openings.length ? strayTabs(await browser.tabs.query({}), openings) : [];
  await Promise.all([...tabsToClose, ...strays].map((id) => browser.tabs.remove(id).catch(() => undefined)));
  await store.set(next);
  await run();
}
