import { isProbablyReaderable } from '@mozilla/readability';

/**
 * Readability's `isProbablyReaderable` reads the page through two document-wide queries, `p, pre, article` and
 * `div > br`: two more passes over every node. The page walk (page-landmarks) notes their answers instead.
 */
export interface ReaderableElements {
  /** `p, pre, article`, in tree order, outside `<template>` content. */
  blocks: Element[];
  /** `div > br`, likewise. */
  divBreaks: Element[];
}

export const emptyReaderable = (): ReaderableElements => ({ blocks: [], divBreaks: [] });

/** Notes one element, visited in tree order; `inTemplate`: it is `<template>` content (queries skip it). */
export function noteReaderable(
  el: Element,
  into: ReaderableElements,
  inTemplate: boolean,
  // Type selectors match HTML elements case-insensitively; linkedom keeps foreign elements' case.
  name = el.localName.toLowerCase(),
): void {
  if (inTemplate) return;
  if (name === 'p' || name === 'pre' || name === 'article') into.blocks.push(el);
  else if (name === 'br' && el.parentElement?.localName.toLowerCase() === 'div') into.divBreaks.push(el);
}

/** `isProbablyReaderable(doc)`, with the two queries answered from `noted` when the walk has been made. */
export function probablyReaderable(doc: Document, noted?: ReaderableElements): boolean {
  if (!noted) return isProbablyReaderable(doc);
  const answers = new Map<string, Element[]>([
    ['p, pre, article', noted.blocks],
    ['div > br', noted.divBreaks],
  ]);
  // Any other query (a newer Readability) still goes to the page.
  const page = {
    querySelectorAll: (selector: string) => answers.get(selector) ?? doc.querySelectorAll(selector),
  };
  return isProbablyReaderable(page as unknown as Document);
}
