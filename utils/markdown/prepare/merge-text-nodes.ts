import { all } from '../../dom/find-elements';
import { TEXT_NODE } from '../../dom/node-kind';

function mergeChildren(el: Element): void {
  let child = el.firstChild;
  while (child) {
    const next: ChildNode | null = child.nextSibling;
    if (child.nodeType === TEXT_NODE && next?.nodeType === TEXT_NODE) {
      (child as Text).data += (next as Text).data;
      el.removeChild(next);
      continue;
    }
    child = next;
  }
}

/**
 * Joins adjacent text nodes. Some parsers (linkedom) split text at entities, and Turndown escapes each
 * text node alone: `&lt;b&gt;` would reach the escaper as `<`, `b`, `>` and slip through as a tag.
 */
export function mergeTextNodes(root: Element): void {
  mergeChildren(root);
  for (const el of all(root, '*')) mergeChildren(el);
}
