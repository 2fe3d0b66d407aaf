import type { ExtractOutcome } from './extract-outcome';
import { extractPage } from './extract-page';
import { selectionHtml } from './selection-html';
import { OPTIONS_KEY, OPTIONS_MAX_AGE_MS } from './options-key';
import { visibleClone } from './visible-clone';

/**
 * Entry of the injected extraction script: works on a clone of the live DOM (what the user sees, after
 * scripts and logins) so the page itself is never modified.
 */
export function runInPage(win: Window & typeof globalThis, doc: Document): ExtractOutcome {
  const globals = win as unknown as Record<string, { mode?: string; at?: number } | undefined>;
  const options = globals[OPTIONS_KEY];
  // Read once: only a selection clip sets them, just before this script, and the next clip starts clean.
  delete globals[OPTIONS_KEY];
  const fresh = typeof options?.at === 'number' && Date.now() - options.at < OPTIONS_MAX_AGE_MS;
  const mode = fresh && options?.mode === 'selection' ? 'selection' : 'article';
  const type = doc.contentType || 'text/html';
  if (type === 'application/pdf') return { ok: false, reason: 'pdf' };
  if (!/html|xml/.test(type)) return { ok: false, reason: 'not-html' };
  const selection = mode === 'selection' ? selectionHtml(win.getSelection()) : undefined;
  // What the reader sees: text hidden by the page's styles left out, open shadow roots' text put in.
  if (mode === 'selection')
    return extractPage(doc.cloneNode(true) as Document, { url: doc.URL, mode, selectionHtml: selection });
  const { clone, chromeUnjudged } = visibleClone(win, doc);
  return extractPage(clone, { url: doc.URL, mode, chromeUnjudged });
}
