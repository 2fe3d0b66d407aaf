import { browser } from 'wxt/browser';

const PATH = '/offscreen.html';
let ready: Promise<boolean> | undefined;

/** Chrome has offscreen documents; Firefox has none (its clips are extracted in the tab). */
export const hasOffscreenDocuments = (): boolean => typeof browser.offscreen?.createDocument === 'function';

/**
 * The extension's own document where clips are extracted (entrypoints/offscreen), opened on the first
 * clip and kept: its code stays compiled, where a script injected in a tab compiles anew in each one.
 * Resolves false when it can't be opened, and the tab extracts itself. A worker that restarted finds the
 * document still open.
 */
export function offscreenReady(): Promise<boolean> {
  ready ??= (async () => {
    const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (open.length) return true;
    await browser.offscreen.createDocument({
      url: browser.runtime.getURL(PATH),
      reasons: ['DOM_PARSER'],
      justification: 'Extract the article from the page the user clips.',
    });
    return true;
  })().catch((error: unknown) => {
    console.warn('No offscreen document; extracting in the tab:', error);
    ready = undefined;
    return false;
  });
  return ready;
}

/** The document did not answer (closed, or crashed): the next clip opens it again. */
export function forgetOffscreen(): void {
  ready = undefined;
}
