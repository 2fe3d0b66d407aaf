import { ELEMENT_BUDGET } from './page-budget';
import type { ExtractOutcome } from './extract-outcome';
import { readLivePage } from './live-reading';
import { serializeTree } from './tree-transfer';
import type { TreeReading } from './tree-reading';

/**
 * Entry of the small injected script: the live page's part of the clip (see live-reading.ts), handed
 * over as a tree. Only the visibility pass and this module compile in the tab; the extraction runs in the
 * extension's own document, compiled once rather than in every tab.
 */
export function readPageTree(
  win: Window & typeof globalThis,
  doc: Document,
): TreeReading | Extract<ExtractOutcome, { ok: false }> {
  // An oversized page's tree costs more to hand over (serialized, sent twice, parsed) than the tab's cold
  // start saves: the tab extracts it itself. Asked before the reading, which would take the options.
  if (doc.getElementsByTagName('*').length > ELEMENT_BUDGET) return { tree: null };
  const reading = readLivePage(win, doc);
  if (!reading.ok) return reading;
  try {
    const tree = serializeTree(reading.doc);
    return tree === null ? { tree } : { tree, request: reading.request };
  } catch {
    return { tree: null };
  }
}
