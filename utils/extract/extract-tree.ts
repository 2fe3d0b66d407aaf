import type { ExtractOutcome, ExtractRequest } from './extract-outcome';
import { extractPage } from './extract-page';
import { rebuildTree } from './tree-transfer';

/**
 * The clip of a tree the tab handed over, made in the extension's document (offscreen.html), where the
 * code is already compiled after the first clip. Null when the tree does not parse back: the worker then
 * has the tab extract itself.
 */
export function extractTree(tree: string, request: ExtractRequest, host: Document): ExtractOutcome | null {
  const doc = rebuildTree(tree, host);
  return doc ? extractPage(doc, request) : null;
}
