import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { armEarlyClip, type EarlyTab } from '@/components/early-click';
import { sendMessage } from '@/utils/messaging';

// A classic script at the end of popup.html's body: it runs as the page is parsed, before the module
// scripts (React), so the clip button works from the first frame. It asks for the tab and has the worker
// start reading its page now (prepared-extractions.ts; the worker skips pages it can't clip); a click
// sends the clip at once, and React shows its answer when it is there.
export default defineUnlistedScript(() => {
  const tab: Promise<EarlyTab> = browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([active]) => active ?? null)
    .catch(() => null);
  void tab.then((active) => {
    if (active?.id !== undefined)
      sendMessage('prepareClip', { tabId: active.id }).catch((error: unknown) =>
        console.warn('Preparing the clip failed:', error),
      );
  });
  armEarlyClip(
    document,
    (key) => browser.i18n.getMessage(key),
    tab,
    (tabId) => sendMessage('clipTab', { tabId, mode: 'article' }),
  );
});
