import { browser } from 'wxt/browser';

/**
 * Waits for a tab to finish loading, at most `timeoutMs`: a page that never finishes (a stalled ad, a
 * long poll) is then clipped as it stands. Rejects if the tab is closed meanwhile.
 */
export function tabLoaded(tabId: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      if (error) reject(error);
      else resolve();
    };
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    const onRemoved = (id: number) => {
      if (id === tabId) done(new Error('closed'));
    };
    const timer = setTimeout(() => done(), timeoutMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    // It may have loaded before the listeners were added.
    browser.tabs.get(tabId).then(
      (tab) => tab.status === 'complete' && done(),
      () => done(new Error('closed')),
    );
  });
}
