import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserClipDeps } from '@/utils/capture/browser-clip-deps';
import type { ClipMode } from '@/utils/capture/clip-outcome';
import { clipTab } from '@/utils/capture/clip-tab';
import { getDb } from '@/utils/db/clip-db';
import { indexPending } from '@/utils/db/index-pending';
import { showBadge } from '@/utils/capture/show-badge';
import { t } from '@/utils/i18n/t';
import { onMessage } from '@/utils/messaging';

const MENU_ARTICLE = 'clip-article';
const MENU_SELECTION = 'clip-selection';

async function clipAndShow(tabId: number | undefined, mode: ClipMode): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  // No popup to ask in: a thin article is saved (nothing lost) and the badge warns with the reason.
  await showBadge(tabId, await clipTab(tabId, mode, browserClipDeps, 'save'));
}

export default defineBackground(() => {
  // A worker stopped between a save and its indexing left markers: index those clips now.
  void indexPending(getDb()).catch((error: unknown) => console.warn('Indexing clips failed:', error));
  onMessage('clipTab', ({ data }) =>
    clipTab(data.tabId, data.mode, browserClipDeps, data.saveThin ? 'save' : 'ask'),
  );

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_ARTICLE, title: t('menuClipArticle'), contexts: ['page'] });
      browser.contextMenus.create({
        id: MENU_SELECTION,
        title: t('menuClipSelection'),
        contexts: ['selection'],
      });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void clipAndShow(tab?.id, info.menuItemId === MENU_SELECTION ? 'selection' : 'article');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'clip-page') void clipAndShow(tab?.id, 'article');
  });
});
