import type TurndownService from 'turndown';
import { isElement } from '../../dom/node-kind';

/** Item numbers per list, computed once per list so long lists stay linear. */
const numbers = new WeakMap<Node, Map<Node, number>>();

function itemNumber(list: Element, item: Node): number {
  let map = numbers.get(list);
  if (!map) {
    map = new Map();
    const start = Number.parseInt(list.getAttribute('start') ?? '', 10);
    let n = Number.isFinite(start) ? start : 1;
    for (let child = list.firstChild; child; child = child.nextSibling) {
      if (isElement(child) && child.nodeName === 'LI') map.set(child, n++);
    }
    numbers.set(list, map);
  }
  return map.get(item) ?? 1;
}

/**
 * List items with a one-space marker (`- `, `1. `) and continuation lines (nested lists, later paragraphs)
 * indented to the content column, as CommonMark needs for nesting.
 */
export const listItemRule: TurndownService.Rule = {
  filter: 'li',
  replacement(content, node, options) {
    const parent = node.parentNode;
    const prefix =
      parent && isElement(parent) && parent.nodeName === 'OL'
        ? `${itemNumber(parent, node)}. `
        : `${options.bulletListMarker ?? '-'} `;
    const isParagraph = /\n$/.test(content);
    // Task-list checkboxes come with the label's own leading space: one is enough.
    const body =
      content
        .replace(/^\n+|\n+$/g, '')
        .replace(/^[ \t]+/, '')
        .replace(/^(\[[ x]\]) +/, '$1 ') + (isParagraph ? '\n' : '');
    const indent = ' '.repeat(prefix.length);
    const indented = body.replace(/\n(?=[^\n])/g, `\n${indent}`);
    let next = node.nextSibling;
    while (next && !isElement(next) && !/\S/.test(next.nodeValue ?? '')) next = next.nextSibling;
    return prefix + indented + (next ? '\n' : '');
  },
};
