import { browser } from 'wxt/browser';
import { t } from '../i18n/t';
import { sendMessage } from '../messaging';
import type { ClipOutcome } from './clip-outcome';

/** Longest a page may take to load before its check fails: a stalled site must not hold the rest. */
const LOAD_TIMEOUT_MS = 30_000;

/**
 * Re-clips a page in a background tab the user can see in the tab strip: opens it, waits for it to load,
 * asks the background to clip it (as the popup does), and closes it whatever happens. Needs host access
 * (the "all sites" optional permission), since the tab is not the one the user clicked on.
 */
export async function reclipInTab(url: string, signal: AbortSignal): Promise<ClipOutcome> {
  const tab = await browser.tabs.create({ url, active: false });
  const tabId = tab.id;
  if (tabId === undefined) throw new Error(t('checkNotLoaded'));
  try {
    await loaded(tabId, signal);
    return await sendMessage('clipTab', { tabId, mode: 'article' });
  } finally {
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}

function loaded(tabId: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    const onAbort = () => done(new Error(t('checkCancelled')));
    const timer = setTimeout(() => done(new Error(t('checkTimedOut'))), LOAD_TIMEOUT_MS);
    browser.tabs.onUpdated.addListener(listener);
    signal.addEventListener('abort', onAbort);
    // It may have loaded before the listener was added.
    void browser.tabs.get(tabId).then(
      (tab) => tab.status === 'complete' && done(),
      () => undefined,
    );
  });
}
