import { browser } from 'wxt/browser';
import { linksInSelection } from './links-in-selection';
import { parseLinks } from './parse-links';

/** Where the page menu leaves the selection's links for the library tab it opens (this browser session only). */
const KEY = 'selectionLinks';

/**
 * "Clip the links in this selection" (#16): the page menu collects them in the tab it was used in (activeTab),
 * then opens the library's links dialog holding them, so the user sees the list and adds tags before a batch
 * opens a tab for each. Only http(s) links, each once, as a pasted list would give.
 */
export async function openSelectionLinks(tab: { id?: number; index?: number } | undefined): Promise<void> {
  if (tab?.id === undefined || tab.id < 0) return;
  const [result] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    func: linksInSelection,
  });
  const found = Array.isArray(result?.result) ? result.result.filter((v) => typeof v === 'string') : [];
  await browser.storage.session.set({ [KEY]: parseLinks(found.join('\n')) });
  await browser.tabs.create({
    url: browser.runtime.getURL('/library.html?links=selection'),
    ...(tab.index !== undefined && { index: tab.index + 1 }),
  });
}

/** The links the page menu left, taken once (null when none were left: a reload of the library, say). */
export async function takeSelectionLinks(): Promise<string[] | null> {
  const stored: Record<string, unknown> = await browser.storage.session.get(KEY);
  await browser.storage.session.remove(KEY);
  const links = stored[KEY];
  return Array.isArray(links) ? links.filter((v): v is string => typeof v === 'string') : null;
}
