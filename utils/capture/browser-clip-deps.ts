import { browser } from 'wxt/browser';
import { getDb } from '../db/clip-db';
import { saveExtraction } from '../db/clip-store';
import { OPTIONS_KEY } from '../extract/options-key';
import { getSettings } from '../settings-store';
import type { ClipMode } from './clip-outcome';
import type { ClipTabDeps } from './clip-tab';

/** The real browser behind `clipTab`. */
export const browserClipDeps: ClipTabDeps = {
  async tabUrl(tabId) {
    return (await browser.tabs.get(tabId)).url;
  },
  async inject(tabId: number, mode: ClipMode) {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (key: string, options: { mode: ClipMode }) => {
        (globalThis as unknown as Record<string, unknown>)[key] = options;
      },
      args: [OPTIONS_KEY, { mode }],
    });
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    return result?.result;
  },
  async save(extraction) {
    return saveExtraction(getDb(), extraction, await getSettings());
  },
};
