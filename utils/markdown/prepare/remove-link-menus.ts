import { all } from '../../dom/find-elements';
import { collapse, collapsedLength } from '../../text/collapse';
import { isElement, TEXT_NODE } from '../../dom/node-kind';
import { linkTextLength } from '../../dom/link-text';
import { removeNode } from '../../dom/tree-edit';

/**
 * Navigation menus left inside the article ("Sign In / Home / Subscribe / Contact"): a list, or a block of
 * bare links, whose every item is a link of a word or three to a page of the same site. Link lists that are
 * part of a story ("Sources:", a reading list, "See also") name documents in longer titles, point to other
 * sites, or follow a heading or a line that introduces them, so they stay.
 */

/** Fewer items than this are a pair of links in a sentence's place, not a menu. */
const MIN_ITEMS = 4;
/** A menu entry is a word or three ("Sign In", "Home", "Contact us"). */
const MAX_ITEM_WORDS = 3;
const MAX_ITEM_CHARS = 30;
/** Text between bare links that is only separators ("|", "·", "/", "•"). */
const SEPARATORS = /^[\s|·•/,–—-]*$/;

const hostOf = (href: string, base: URL): string | null => {
  try {
    return new URL(href, base).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
};

/** The item's one link, when the item is nothing but that short link to a page of `host`. */
function isMenuEntry(item: Element, host: string, base: URL): boolean {
  const links = item.nodeName === 'A' ? [item] : all(item, 'a');
  if (links.length !== 1) return false;
  const link = links[0]!;
  const text = collapse(item.textContent ?? '');
  if (!text || text.length > MAX_ITEM_CHARS || text.split(' ').length > MAX_ITEM_WORDS) return false;
  if (collapse(link.textContent ?? '') !== text) return false;
  return hostOf(link.getAttribute('href') ?? '', base) === host;
}

/** The entries of a list (its items) or of a block of bare links (its links, with separators between). */
function menuItems(el: Element): Element[] | null {
  const items: Element[] = [];
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if (!SEPARATORS.test(child.nodeValue ?? '')) return null;
    } else if (isElement(child)) {
      if (el.nodeName === 'UL' || el.nodeName === 'OL' ? child.nodeName !== 'LI' : child.nodeName !== 'A')
        return null;
      items.push(child);
    }
  }
  return items;
}

/** A list the text introduces (a heading, or a line ending in ":" just before it) is the article's own. */
function isIntroduced(el: Element): boolean {
  const before = el.previousElementSibling;
  if (!before) return false;
  return /^H[1-6]$/.test(before.nodeName) || /:\s*$/.test(before.textContent ?? '');
}

/** Link text above this share of a page-declared navigation block's text makes it a menu. */
const NAV_LINK_SHARE = 0.5;

/**
 * A block the page itself declares as navigation (`<nav>`, `role="navigation"`) that is mostly links: the
 * site's menus, which Readability keeps when it takes a whole page section as the article.
 */
function isDeclaredMenu(el: Element): boolean {
  if (el.nodeName !== 'NAV' && el.getAttribute('role') !== 'navigation') return false;
  const text = collapsedLength(el.textContent);
  return text === 0 || linkTextLength(el) > text * NAV_LINK_SHARE;
}

export function removeLinkMenus(root: Element, baseUrl: string): void {
  for (const el of all(root, 'nav, [role="navigation"]')) if (isDeclaredMenu(el)) removeNode(el);
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return;
  }
  const host = base.hostname.replace(/^www\./, '');
  for (const el of all(root, 'ul, ol, p, div')) {
    if (!root.contains(el)) continue;
    const items = menuItems(el);
    if (!items || items.length < MIN_ITEMS || isIntroduced(el)) continue;
    if (items.every((item) => isMenuEntry(item, host, base))) removeNode(el);
  }
}
