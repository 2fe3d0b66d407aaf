import { browser } from 'wxt/browser';

/**
 * Waits for a tab to finish loading, at most `timeoutMs`: resolves true when it did, false when it timed
 * out (a page that never finishes — a stalled ad, a long poll — is then clipped as it stands). Rejects if
 * the tab is closed meanwhile.
 */
export function tabLoaded(tabId: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error, loaded = true) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      if (error) reject(error);
      else resolve(loaded);
    };
    // A new tab is "complete" on its first about:blank before the page starts loading: not that one.
    const isLoaded = (tab: { status?: string; url?: string }) =>
      tab.status === 'complete' && tab.url !== undefined && tab.url !== 'about:blank';
    const onUpdated = (id: number, info: { status?: string }, tab: { status?: string; url?: string }) => {
      if (id === tabId && info.status === 'complete' && isLoaded(tab)) done();
    };
    const onRemoved = (id: number) => {
      if (id === tabId) done(new Error('closed'));
    };
    const timer = setTimeout(() => done(undefined, false), timeoutMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    // It may have loaded before the listeners were added.
    browser.tabs.get(tabId).then(
      (tab) => isLoaded(tab) && done(),
      () => done(new Error('closed')),
    );
  });
}
