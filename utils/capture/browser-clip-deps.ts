import { browser } from 'wxt/browser';
import { clipTables, getDb } from '../db/clip-db';
import { saveExtraction } from '../db/clip-store';
import { indexPending } from '../db/index-pending';
import { moveToTrash } from '../db/trash';
import { OPTIONS_KEY } from '../extract/options-key';
import { getSettings } from '../settings-store';
import type { ClipMode } from './clip-outcome';
import type { ClipTabDeps } from './clip-tab';
import { PreparedExtractions } from './prepared-extractions';
import { restrictedPage } from './restricted-page';
import { forgetOffscreen, hasOffscreenDocuments, offscreenReady } from './offscreen-document';
import { runExtraction } from './run-extraction';
import { sendMessage } from '../messaging';

/** Runs one of the extension's scripts in the tab and returns what it returned. */
async function runScript(
  tabId: number,
  now: boolean,
  file: '/extract.js' | '/read-page.js',
): Promise<unknown> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    files: [file],
    // Without it the browser waits for the page to be idle, which a page that never finishes never is.
    ...(now && { injectImmediately: true }),
  });
  return result?.result;
}

async function setOptions(tabId: number, mode: ClipMode): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string, options: { mode: ClipMode; at: number }) => {
      (globalThis as unknown as Record<string, unknown>)[key] = options;
    },
    args: [OPTIONS_KEY, { mode, at: Date.now() }],
  });
}

/** The tab's clip, extracted in the offscreen document where Chrome has one (see run-extraction.ts). */
const extractTab = (tabId: number, now: boolean, mode: ClipMode): Promise<unknown> =>
  runExtraction(mode, {
    runScript: (file) => runScript(tabId, now, file),
    setOptions: (mode) => setOptions(tabId, mode),
    documentReady: hasOffscreenDocuments() ? offscreenReady : null,
    extractTree: (data) => sendMessage('extractTree', data),
    forgetDocument: forgetOffscreen,
  });

/** Article readings the popup started as it opened (see prepared-extractions.ts). */
export const preparedExtractions = new PreparedExtractions();

/** Starts reading the tab's article for a click that may follow (the popup just opened on it). */
export async function prepareExtraction(tabId: number): Promise<void> {
  const url = (await browser.tabs.get(tabId)).url;
  if (!url || restrictedPage(url)) return;
  preparedExtractions.prepare(tabId, url, () => extractTab(tabId, false, 'article'));
}

/** The real browser behind `clipTab`. */
export const browserClipDeps: ClipTabDeps = {
  async tabUrl(tabId) {
    return (await browser.tabs.get(tabId)).url;
  },
  async inject(tabId: number, mode: ClipMode, now: boolean, url: string | undefined) {
    if (mode === 'article' && !now) {
      // What the popup started reading as it opened, if it is still this page's.
      const ready = await preparedExtractions.take(tabId, url);
      if (ready !== undefined) return ready;
    }
    // The script clips the article unless told otherwise: an article clip spares this round trip.
    if (mode === 'selection') {
      await preparedExtractions.settle(tabId);
      await setOptions(tabId, mode);
    }
    return extractTab(tabId, now, mode);
  },
  async save(extraction) {
    const db = getDb();
    const result = await saveExtraction(db, extraction, await getSettings());
    // After the answer: the popup shows "Saved" without waiting for a few hundred posting rows. The
    // clip's marker keeps it searchable (read directly) until this is done, or done at the next start.
    setTimeout(() => {
      indexPending(db).catch((error: unknown) => console.warn('Indexing clips failed:', error));
    }, 0);
    return result;
  },
  async discard(clipId) {
    const db = getDb();
    await db.transaction('rw', clipTables(db), () => moveToTrash(db, [clipId]));
  },
};
