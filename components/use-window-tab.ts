import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { restrictedPage } from '@/utils/capture/restricted-page';
import type { ActiveTab } from './use-active-tab';

/** The panel's view of a tab: an address the browser hides is no restriction yet (access is asked on "Clip"). */
export function panelTab(tab: Browser.tabs.Tab): ActiveTab | null {
  if (tab.id === undefined) return null;
  const hidden = !tab.url;
  return {
    id: tab.id,
    url: tab.url,
    restriction: hidden ? null : restrictedPage(tab.url),
    windowId: tab.windowId,
    ...(hidden && { hidden }),
  };
}

const same = (a: ActiveTab | null, b: ActiveTab | null) => a?.id === b?.id && a?.url === b?.url;

/**
 * The side panel's tab: the one active in the panel's window now. The panel stays open while the user
 * moves between tabs, so it follows activations and navigations in its window, and re-reads the tab when
 * access is granted (the address shows only then). Opened as a tab of its own (its address typed in), the
 * page skips its own tab: it would otherwise offer to clip itself.
 */
export function useWindowTab(): ActiveTab | null {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  useEffect(() => {
    let live = true;
    let windowId: number | undefined;
    let ownTabId: number | undefined;
    let shownId: number | undefined;
    const show = (next: Browser.tabs.Tab) => {
      if (!live || next.id === undefined || next.id === ownTabId) return;
      shownId = next.id;
      const view = panelTab(next);
      setTab((previous) => (same(previous, view) ? previous : view));
    };
    const reread = (tabId: number | undefined) => {
      if (tabId !== undefined) void browser.tabs.get(tabId).then(show, () => undefined);
    };
    const onActivated = (info: Browser.tabs.OnActivatedInfo) => {
      if (info.windowId === windowId) reread(info.tabId);
    };
    const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo, next: Browser.tabs.Tab) => {
      if (tabId === shownId && (change.url !== undefined || change.status === 'complete')) show(next);
    };
    const onAdded = () => reread(shownId);
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.permissions.onAdded.addListener(onAdded);
    void (async () => {
      const [own, current] = await Promise.all([browser.tabs.getCurrent(), browser.windows.getCurrent()]);
      ownTabId = own?.id;
      windowId = current.id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      if (active) show(active);
    })().catch((error: unknown) => console.warn('Reading the active tab failed:', error));
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.permissions.onAdded.removeListener(onAdded);
    };
  }, []);
  return tab;
}
