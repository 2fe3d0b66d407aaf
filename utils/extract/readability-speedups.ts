/**
 * Faster, same-answer versions of three Readability 0.6.0 predicates that `_grabArticle` calls on every
 * element. Each gives the original's truth value, which is all Readability branches on (the originals
 * sometimes return '' for false); tests/unit/extract/readability-speedups.test.ts compares them on generated
 * trees and whole pages. They only avoid work the answer doesn't need:
 *
 * - `_isValidByline` read the element's whole text before testing its rel/itemprop/class, on every element
 *   of a page without a byline in its metadata: `<html>`'s and `<body>`'s text first, then every wrapper's.
 * - `_isElementWithoutContent` read a block's whole text to learn whether it had text at all: the first
 *   text that is not whitespace settles it.
 * - `_isProbablyVisible` read `style.display` and `style.visibility`: in linkedom each read builds a style
 *   object; an element without a `style` attribute has neither set, in a browser too (`style` is the inline
 *   style only).
 *
 * They mirror 0.6.0, which package.json pins exactly; the tests compare them with the installed version's own
 * methods, so an upgrade that changes what they answer fails there. Installed on one instance only, and only
 * when it has all three (the bundle is minified: names of locals are all a source check could not rely on).
 */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _isProbablyVisible(node: Element): boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
/** What `String.prototype.trim` removes: `\s` in a JS regex is the same set. */
const NOT_WHITESPACE = /\S/;

/** Whether `textContent.trim()` would be non-empty, reading text nodes only until the first that says so. */
function hasText(node: Node): boolean {
  const stack: Node[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    for (let child = current.lastChild; child; child = child.previousSibling) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        if (NOT_WHITESPACE.test(child.nodeValue ?? '')) return true;
      } else if (child.firstChild) stack.push(child);
    }
  }
  return false;
}

function isValidByline(this: ReadabilityInternals, node: Element, matchString: string): boolean {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  if (!(
    rel === 'author' ||
    (itemprop && itemprop.includes('author')) ||
    this.REGEXPS.byline.test(matchString)
  ))
    return false;
  const length = (node.textContent ?? '').trim().length;
  return !!length && length < 100;
}

function isElementWithoutContent(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE || hasText(node)) return false;
  const el = node as Element;
  return (
    !el.children.length ||
    el.children.length === el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length
  );
}

/** Without a `style` attribute, the original's answer from its attribute tests alone. */
function visibleWithout(original: (node: Element) => boolean) {
  return function isProbablyVisible(this: ReadabilityInternals, node: Element): boolean {
    if (node.hasAttribute('style')) return original.call(this, node);
    return (
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') ||
        node.getAttribute('aria-hidden') != 'true' ||
        !!(node.className && node.className.includes && node.className.includes('fallback-image')))
    );
  };
}

const METHODS = ['_isValidByline', '_isElementWithoutContent', '_isProbablyVisible'] as const;

/** Replaces the three predicates on `reader` when it has them; returns whether it did. */
export function installReadabilitySpeedups(reader: object): boolean {
  const internals = reader as Partial<ReadabilityInternals>;
  const hasAll = METHODS.every((name) => typeof internals[name] === 'function');
  if (!hasAll || !(internals.REGEXPS?.byline instanceof RegExp)) return false;
  Object.assign(reader, {
    _isValidByline: isValidByline,
    _isElementWithoutContent: isElementWithoutContent,
    _isProbablyVisible: visibleWithout(internals._isProbablyVisible as (node: Element) => boolean),
  });
  return true;
}
