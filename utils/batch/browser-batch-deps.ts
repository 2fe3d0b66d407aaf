import { browser } from 'wxt/browser';
import { browserClipDeps } from '../capture/browser-clip-deps';
import { clipTab } from '../capture/clip-tab';
import type { ClipOutcome } from '../capture/clip-outcome';
import { bulkAddTag } from '../db/bulk-ops';
import { getDb } from '../db/clip-db';
import { t } from '../i18n/t';
import type { Settings } from '../settings-schema';
import type { BatchItem } from './batch-schema';
import { tabLoaded } from './open-in-tab';
import type { BatchDeps } from './run-batch';

const failed = (code: string, message: string): ClipOutcome => ({
  status: 'failed',
  code,
  message,
  canClipSelection: false,
});

/**
 * The browser behind a batch: a tab of the window is clipped where it is (a discarded one reloaded first,
 * or skipped, as the settings say); an address is opened in a background tab, clipped once it loaded (or
 * after the timeout, as it stands) and closed. A thin page is not saved: it is reported.
 */
export function browserBatchDeps(settings: Settings): BatchDeps {
  const timeoutMs = settings.batchLoadTimeout * 1000;
  // Loaded (true), still loading at the timeout (false: clipped as it stands), or closed meanwhile.
  const waitFor = (tabId: number) =>
    tabLoaded(tabId, timeoutMs).then(
      (loaded) => loaded,
      () => 'closed' as const,
    );
  return {
    async clip(item: BatchItem, record) {
      if (item.tabId !== undefined) {
        const tab = await browser.tabs.get(item.tabId).catch(() => undefined);
        if (!tab) return failed('tab-closed', t('failTabClosed'));
        if (tab.discarded) {
          if (settings.discardedTabs === 'skip') return failed('discarded', t('batchDiscarded'));
          await browser.tabs.reload(item.tabId);
        }
        let loaded = true;
        if (tab.discarded || tab.status !== 'complete') {
          const result = await waitFor(item.tabId);
          if (result === 'closed') return failed('tab-closed', t('failTabClosed'));
          loaded = result;
        }
        return clipTab(item.tabId, 'article', browserClipDeps, 'ask', !loaded);
      }
      // Noted before and after: a worker stopped in between still finds (and closes) the tab it opened.
      const tabsBefore = (await browser.tabs.query({})).flatMap((open) => open.id ?? []);
      await record({ opening: { tabsBefore } });
      const tab = await browser.tabs.create({ url: item.url, active: false });
      if (tab.id === undefined) return failed('interrupted', t('checkNotLoaded'));
      await record({ openedTabId: tab.id });
      try {
        const result = await waitFor(tab.id);
        if (result === 'closed') return failed('tab-closed', t('failTabClosed'));
        return await clipTab(tab.id, 'article', browserClipDeps, 'ask', !result);
      } finally {
        await browser.tabs.remove(tab.id).catch(() => undefined);
      }
    },
    async tag(clipId, tags) {
      for (const tag of tags) await bulkAddTag(getDb(), [clipId], tag);
    },
  };
}
