import '@/utils/zod-jitless';
import { browser, type Browser } from 'wxt/browser';
import { ALL_SITES } from '@/utils/capture/all-sites';
import { defineBackground } from 'wxt/utils/define-background';
import { browserClipDeps, prepareExtraction } from '@/utils/capture/browser-clip-deps';
import type { ClipMode } from '@/utils/capture/clip-outcome';
import { clipTab } from '@/utils/capture/clip-tab';
import { getDb } from '@/utils/db/clip-db';
import { updateClip } from '@/utils/db/clip-store';
import { indexPending } from '@/utils/db/index-pending';
import { showBadge } from '@/utils/capture/show-badge';
import { t } from '@/utils/i18n/t';
import { onMessage } from '@/utils/messaging';
import { cancelBatch, dismissBatch, resumeBatch, startBatch } from '@/utils/batch/batch-control';
import { openSelectionLinks } from '@/utils/batch/selection-links';

const MENU_ARTICLE = 'clip-article';
const MENU_SELECTION = 'clip-selection';
const MENU_ALL_TABS = 'clip-all-tabs';
const MENU_SELECTION_LINKS = 'clip-selection-links';

async function clipAndShow(tabId: number | undefined, mode: ClipMode): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  // No popup to ask in: a thin article is saved (nothing lost) and the badge warns with the reason.
  await showBadge(tabId, await clipTab(tabId, mode, browserClipDeps, 'save'));
}

/**
 * "Clip all tabs in this window" from the page menu: host access is asked for in the click (a user gesture);
 * refused, the toolbar button says what it would have done, and single clips work as before.
 */
async function clipWindowTabs(from: Browser.tabs.Tab | undefined): Promise<void> {
  const granted = await browser.permissions.request({ origins: ALL_SITES }).catch(() => false);
  const tabs = granted ? await browser.tabs.query({ windowId: from?.windowId }) : [];
  const answer = granted
    ? await startBatch({
        kind: 'tabs',
        items: tabs.flatMap((tab) =>
          tab.id === undefined
            ? []
            : [{ tabId: tab.id, url: tab.url ?? '', label: tab.title || tab.url || t('batchBrowserTab') }],
        ),
      })
    : { ok: false as const, message: t('batchDenied') };
  if (!answer.ok && from?.id !== undefined) {
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId: from.id, text: '!' });
    await action.setTitle({ tabId: from.id, title: `Newsclip: ${answer.message}` });
  }
}

export default defineBackground(() => {
  // A worker stopped between a save and its indexing left markers: index those clips now.
  void indexPending(getDb()).catch((error: unknown) => console.warn('Indexing clips failed:', error));
  onMessage('clipTab', ({ data }) =>
    clipTab(data.tabId, data.mode, browserClipDeps, data.saveThin ? 'save' : 'ask', false, data.replacing),
  );
  onMessage('prepareClip', ({ data }) => {
    void prepareExtraction(data.tabId).catch((error: unknown) => console.warn('Preparing failed:', error));
  });
  onMessage('updateClip', async ({ data }) => {
    await updateClip(getDb(), data.id, data.edit);
  });
  onMessage('startBatch', ({ data }) => startBatch(data));
  onMessage('cancelBatch', () => cancelBatch());
  onMessage('dismissBatch', () => dismissBatch());
  // Waking the worker is the point: a stopped one resumed its batch as it started, just above.
  onMessage('wakeBatch', () => undefined);
  // A batch the worker was running when it stopped goes on.
  void resumeBatch().catch((error: unknown) => console.warn('Resuming the batch failed:', error));

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_ARTICLE, title: t('menuClipArticle'), contexts: ['page'] });
      browser.contextMenus.create({
        id: MENU_SELECTION,
        title: t('menuClipSelection'),
        contexts: ['selection'],
      });
      browser.contextMenus.create({
        id: MENU_SELECTION_LINKS,
        title: t('menuClipSelectionLinks'),
        contexts: ['selection'],
      });
      browser.contextMenus.create({ id: MENU_ALL_TABS, title: t('menuClipAllTabs'), contexts: ['page'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ALL_TABS) return void clipWindowTabs(tab);
    if (info.menuItemId === MENU_SELECTION_LINKS) {
      return void openSelectionLinks(tab).catch((error: unknown) =>
        console.warn('Reading the links failed:', error),
      );
    }
    void clipAndShow(tab?.id, info.menuItemId === MENU_SELECTION ? 'selection' : 'article');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'clip-page') void clipAndShow(tab?.id, 'article');
  });
});
