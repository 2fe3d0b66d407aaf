/** Detaches a node; safe when it has no parent. */
export function removeNode(node: Node): void {
  node.parentNode?.removeChild(node);
}

/** Replaces an element by its children. */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}
