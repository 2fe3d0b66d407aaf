import { classAttribute } from '../dom/class-hints';
import { scopeElements } from './scope-elements';

/**
 * The byline reader's selectors (byline.ts), matched in one walk of the scope instead of one
 * `querySelectorAll` each: eight queries were eight passes over the article (or the page), each matching a
 * selector list against every element. Each test below is its selector written out, as the selector engines
 * evaluate it (`~=` splits at any whitespace, `i` makes ASCII letters match either case, classes are
 * case-sensitive, ancestors count up to the document, `<template>` content is not searched).
 */
export const BYLINE_SELECTORS = [
  '[itemprop~="author"] [itemprop~="name"]',
  // A schema.org Person printed in the text ("Von <span itemscope itemtype=…/Person>…</span>").
  '[itemtype*="schema.org/Person" i] [itemprop~="name"]',
  '[rel~="author"]',
  'a[href*="/author/" i], a[href*="/autor/" i], a[href*="/autoren/" i], a[href*="/authors/" i], a[href*="/auteur/" i]',
  '[itemprop~="author"]',
  // `.fn` but not `.fn.org`: an hCard naming an organisation.
  '.author-name, .author_name, .authorName, .byline__name, .byline-name, .entry-author-name, .author .fn:not(.org), .vcard .fn:not(.org)',
  '.byline, .byLine, .article-byline, .post-author, .entry-author, .meta-author, .posted-by, .author, .submitted',
  '[class*="byline" i], [data-testid*="byline" i], [class*="author" i]',
] as const;

const token = (word: string, flags = ''): RegExp => new RegExp(`(?:^|\\s)${word}(?:$|\\s)`, flags);

const NAME = token('name');
const AUTHOR = token('author');
/** `rel` values compare case-insensitively in HTML. */
const REL_AUTHOR = token('author', 'i');
const PERSON_TYPE = /schema\.org\/Person/i;
const AUTHOR_HREF = /\/(?:author|autor|autoren|authors|auteur)\//i;
const NAME_CLASS = token('(?:author-name|author_name|authorName|byline__name|byline-name|entry-author-name)');
const FN_CLASS = token('fn');
/** hCard's `fn org`: the card names an organisation (Wikipedia's infobox country), not a writer. */
const ORG_CLASS = token('org');
const FN_ANCESTOR_CLASS = token('(?:author|vcard)');
const BYLINE_CLASS = token(
  '(?:byline|byLine|article-byline|post-author|entry-author|meta-author|posted-by|author|submitted)',
);
const BYLINE_HINT = /byline/i;
const AUTHOR_HINT = /author/i;

/** Whether an ancestor of `el` (up to the document) has an attribute value that passes `test`. */
function ancestorHas(el: Element, attr: string, test: RegExp): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const value = p.getAttribute(attr);
    if (value !== null && test.test(value)) return true;
  }
  return false;
}

/** Files an element under every selector (of the first `count`) it matches. */
function classify(el: Element, buckets: Element[][], count: number): void {
  if (!el.hasAttributes()) return;
  const itemprop = el.getAttribute('itemprop');
  const isName = itemprop !== null && NAME.test(itemprop);
  if (isName && ancestorHas(el, 'itemprop', AUTHOR)) buckets[0]?.push(el);
  if (isName && ancestorHas(el, 'itemtype', PERSON_TYPE)) buckets[1]?.push(el);
  const rel = el.getAttribute('rel');
  if (rel !== null && REL_AUTHOR.test(rel)) buckets[2]?.push(el);
  if (count <= 3) return;
  const cls = classAttribute(el);
  const href = el.localName.toLowerCase() === 'a' ? el.getAttribute('href') : null;
  if (href !== null && AUTHOR_HREF.test(href)) buckets[3]?.push(el);
  if (itemprop !== null && AUTHOR.test(itemprop)) buckets[4]?.push(el);
  if (
    cls !== null &&
    (NAME_CLASS.test(cls) ||
      (FN_CLASS.test(cls) && !ORG_CLASS.test(cls) && ancestorHas(el, 'class', FN_ANCESTOR_CLASS)))
  )
    buckets[5]?.push(el);
  if (cls !== null && BYLINE_CLASS.test(cls)) buckets[6]?.push(el);
  const testId = el.getAttribute('data-testid');
  if (
    (cls !== null && (BYLINE_HINT.test(cls) || AUTHOR_HINT.test(cls))) ||
    (testId !== null && BYLINE_HINT.test(testId))
  )
    buckets[7]?.push(el);
}

/**
 * For each of the first `count` BYLINE_SELECTORS, the scope's descendants that match it, in tree order
 * (what `scope.querySelectorAll(selector)` returns). `owner` (the headline of one metadata read) shares the
 * scope's element list with the other readers. `scope` may also be the elements to classify, listed in tree
 * order (the page walk's `bylineAnchors`: all that the first three selectors can match).
 */
export function bylineCandidates(
  scope: ParentNode | readonly Element[],
  count: number = BYLINE_SELECTORS.length,
  owner?: object,
): Element[][] {
  const buckets: Element[][] = BYLINE_SELECTORS.slice(0, count).map(() => []);
  const elements = Array.isArray(scope) ? scope : scopeElements(scope as ParentNode, owner);
  for (const el of elements) classify(el, buckets, count);
  return buckets;
}
