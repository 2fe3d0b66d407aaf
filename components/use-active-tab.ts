import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Restriction } from '@/utils/capture/restricted-page';
import { restrictedPage } from '@/utils/capture/restricted-page';
import { sendMessage } from '@/utils/messaging';
import { earlyTab } from './early-click';

export type ActiveTab = {
  id: number;
  url: string | undefined;
  restriction: Restriction | null;
  /** Its window: the popup opens the side panel there. */
  windowId?: number;
  /**
   * The side panel only: the browser hides the tab's address (no host access to it; activeTab comes with
   * the toolbar button, not with the panel). Clipping asks for access first.
   */
  hidden?: boolean;
};

let asked: Promise<ActiveTab | null> | undefined;
/** The answer, once there: the popup mounts with it, so the clip button is ready on the first frame. */
let known: ActiveTab | null = null;

/**
 * The tab the popup was opened on, asked once, as the popup's script starts. A page that can be clipped
 * starts being read at once (`prepareClip`): the click on "Clip" then waits only for what is left.
 */
export function activeTab(): Promise<ActiveTab | null> {
  asked ??= (async () => {
    // The popup's first script asked already, and had the page's reading started (early-clip.ts).
    const early = earlyTab();
    const active = early ? await early : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (active?.id === undefined) return null;
    const tab: ActiveTab = {
      id: active.id,
      url: active.url,
      restriction: restrictedPage(active.url),
      windowId: active.windowId,
    };
    known = tab;
    if (!tab.restriction && !early)
      sendMessage('prepareClip', { tabId: tab.id }).catch((error: unknown) =>
        console.warn('Preparing the clip failed:', error),
      );
    return tab;
  })();
  return asked;
}

/** The tab the popup was opened on, with the reason it can't be clipped (decided instantly from its URL). */
export function useActiveTab(): ActiveTab | null {
  const [tab, setTab] = useState<ActiveTab | null>(known);
  useEffect(() => {
    if (known) return;
    let live = true;
    void activeTab().then((active) => {
      if (live && active) setTab(active);
    });
    return () => {
      live = false;
    };
  }, []);
  return tab;
}
