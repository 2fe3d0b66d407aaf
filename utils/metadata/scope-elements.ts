/**
 * The headline readers (byline line, dates as text, `<time>`s, the dateline) each searched the headline's
 * container with their own selector list. In linkedom every such query compiles its selector and runs it on
 * every element; one `querySelectorAll('*')` per container, kept for the one metadata read the headline
 * belongs to, and plain predicates do the same work for a fraction of the cost.
 */

/** Lists per headline (one metadata read: the document is not modified meanwhile), then per scope. */
const lists = new WeakMap<object, Map<ParentNode, readonly Element[]>>();
/** The page's elements in tree order, as the page walk listed them, per headline. */
const pageOrders = new WeakMap<object, readonly Element[]>();

/**
 * Lets the readers of one metadata read (`owner`, its headline) cut their lists out of the page walk's
 * `ordered` list (page-elements) instead of querying each scope: a scope's descendants are a contiguous run.
 */
export function sharePageOrder(owner: object, ordered: readonly Element[]): void {
  pageOrders.set(owner, ordered);
}

/**
 * A scope's run of the ordered page: after the scope, up to the element that follows its subtree. Null (ask
 * the scope) for the document and its root element: linkedom's `doc.body` getter may have inserted a `<head>`
 * or `<body>` there since the walk. A template's own content is what a query on it returns, so it is asked too.
 */
function cutFromPage(scope: ParentNode, ordered: readonly Element[]): readonly Element[] | null {
  const el = scope as Element;
  if (el.nodeType !== 1 || el === el.ownerDocument.documentElement || el.localName === 'template')
    return null;
  const start = ordered.indexOf(el);
  if (start < 0) return null;
  let next: Element | null = null;
  for (let up: Element | null = el; up && !next; up = up.parentElement) next = up.nextElementSibling;
  const end = next ? ordered.indexOf(next, start + 1) : ordered.length;
  return end < 0 ? null : ordered.slice(start + 1, end);
}

/**
 * `scope.querySelectorAll('*')` as an array: descendants in document order, `<template>` content left out
 * as selector queries leave it out. `owner` (the headline of one metadata read) shares the list between readers.
 */
export function scopeElements(scope: ParentNode, owner?: object): readonly Element[] {
  if (!owner) return Array.from(scope.querySelectorAll('*'));
  let byScope = lists.get(owner);
  if (!byScope) lists.set(owner, (byScope = new Map()));
  let list = byScope.get(scope);
  if (!list) {
    const ordered = pageOrders.get(owner);
    list = (ordered && cutFromPage(scope, ordered)) ?? Array.from(scope.querySelectorAll('*'));
    byScope.set(scope, list);
  }
  return list;
}

const noiseMemos = new WeakMap<object, Map<Element, Element | null>>();

/** The nearest-noise-box memo (find-headline's `inNoiseBox`) shared by the readers of one metadata read. */
export function noiseMemo(owner: object): Map<Element, Element | null> {
  let memo = noiseMemos.get(owner);
  if (!memo) noiseMemos.set(owner, (memo = new Map()));
  return memo;
}

/** A type selector's test (`p, span, div`): HTML tag names match whatever their case. */
export const tagIn =
  (tags: ReadonlySet<string>) =>
  (el: Element): boolean =>
    tags.has(el.localName.toLowerCase());

/**
 * `splitAround` (find-headline) over a listed scope: the elements passing `test`, split into those before the
 * anchor (nearest first) and those after it (in document order; the anchor's descendants count as after).
 * An anchor outside the list leaves every match in `after`.
 */
export function splitListAround(
  elements: readonly Element[],
  test: (el: Element) => boolean,
  anchor: Element | null,
): { before: Element[]; after: Element[] } {
  const at = anchor ? elements.indexOf(anchor) : -1;
  const before: Element[] = [];
  const after: Element[] = [];
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i] as Element;
    if (i === at || !test(el)) continue;
    if (i < at) before.push(el);
    else after.push(el);
  }
  return { before: before.reverse(), after };
}
