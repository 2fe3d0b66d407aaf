import type { ExtractOutcome } from './extract-outcome';
import { extractPage } from './extract-page';
import { readLivePage } from './live-reading';
import { judgedContainer } from './judged-container';

/**
 * Entry of the injected script that does the whole clip in the tab: in Firefox (no offscreen documents),
 * on an oversized page, and wherever the tree could not be handed to Chrome's offscreen document (see
 * run-extraction.ts). The extraction works on a clone, so the page itself is never modified.
 */
export function runInPage(win: Window & typeof globalThis, doc: Document): ExtractOutcome {
  // Oversized pages are extracted here: their declared article may be the only part judged.
  const reading = readLivePage(win, doc, judgedContainer);
  return reading.ok ? extractPage(reading.doc, reading.request) : reading;
}
