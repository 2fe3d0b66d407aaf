/**
 * `closest` and `querySelector` for selectors that are plain tests (`article`, `li`, `a[href]`): linkedom
 * compiles the selector on every call, which costs more than the few elements such a search visits.
 */

/** `el.closest(selector)` for the selector that `test` spells out: `el` itself, then its ancestors. */
export function closestWhere(el: Element, test: (candidate: Element) => boolean): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (test(node)) return node;
  return null;
}

/** `el.querySelector(selector)` likewise: descendants in tree order, `<template>` content left out. */
export function firstWhere(el: Element, test: (candidate: Element) => boolean): Element | null {
  const stack: Element[] = [];
  for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (test(node)) return node;
    if (node.localName.toLowerCase() === 'template') continue;
    for (let child = node.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return null;
}

/** Type selectors' test: HTML tag names match whatever their case. */
export const isTag =
  (tag: string) =>
  (el: Element): boolean =>
    el.localName.toLowerCase() === tag;

/** `a[href]`. */
export const isLink = (el: Element): boolean => el.localName.toLowerCase() === 'a' && el.hasAttribute('href');

/** `main, [role="main"]`. */
export const isMain = (el: Element): boolean =>
  el.localName.toLowerCase() === 'main' || el.getAttribute('role') === 'main';
