import type { ExtractFailureReason, ExtractRequest } from './extract-outcome';
import { OPTIONS_KEY, OPTIONS_MAX_AGE_MS } from './options-key';
import { selectionHtml } from './selection-html';
import { visibleClone } from './visible-clone';
import type { JudgedContainer } from './judged-container';

/** What the tab gives the extraction: a copy of what the reader sees, or why there is nothing to read. */
export type LiveReading =
  { ok: true; doc: Document; request: ExtractRequest } | { ok: false; reason: ExtractFailureReason };

/**
 * The part of a clip that needs the live page: its options, its type, the selection, and a clone with
 * what the reader can't see marked (computed styles exist only here). The clone is the page's copy, so
 * the page itself is never modified. Both the in-tab extraction (run-in-page.ts) and the tree handed to
 * the extension's own document (read-page.ts) start here. `containerOf`: see visibleClone.
 */
export function readLivePage(
  win: Window & typeof globalThis,
  doc: Document,
  containerOf?: (doc: Document) => JudgedContainer | null,
): LiveReading {
  const globals = win as unknown as Record<string, { mode?: string; at?: number } | undefined>;
  const options = globals[OPTIONS_KEY];
  // Read once: only a selection clip sets them, just before this script, and the next clip starts clean.
  delete globals[OPTIONS_KEY];
  const fresh = typeof options?.at === 'number' && Date.now() - options.at < OPTIONS_MAX_AGE_MS;
  const mode = fresh && options?.mode === 'selection' ? 'selection' : 'article';
  const type = doc.contentType || 'text/html';
  if (type === 'application/pdf') return { ok: false, reason: 'pdf' };
  if (!/html|xml/.test(type)) return { ok: false, reason: 'not-html' };
  if (mode === 'selection') {
    const selection = selectionHtml(win.getSelection());
    return {
      ok: true,
      doc: doc.cloneNode(true) as Document,
      request: { url: doc.URL, mode, selectionHtml: selection },
    };
  }
  // What the reader sees: text hidden by the page's styles left out, open shadow roots' text put in.
  const { clone, chromeUnjudged, containerOnly } = visibleClone(win, doc, containerOf);
  return {
    ok: true,
    doc: clone,
    request: { url: doc.URL, mode, chromeUnjudged, ...(containerOnly && { containerOnly }) },
  };
}
