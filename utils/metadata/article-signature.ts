import type { PageMetadata } from './page-metadata-schema';
import { collapse } from '../text/collapse';
import { parseStatedDate } from './parse-date';
import { hostOf } from './host-of';
import { offer, worthReading } from './offer-candidate';
import { isWeakAuthor } from './pick-author';
import { isPersonName } from './person-name';
import { boldCreditNames } from './credit-line';

/**
 * The writer's sign-off closing the article, as the author of a page that names none elsewhere: letters,
 * columns and small blogs end with the name alone ("Benni" over the date; "Denis Clerc" set in italics at
 * the right margin). Only the article's last block counts, and only when it is set apart as a signature:
 * a name with the date under it, or a name in its own italic or right-aligned line. A German line such as
 * "Frohe Weihnachten" is also capitalised words, which is why a bare last line is never enough.
 */

/** Signatures set in italics, or pushed to the right margin. */
const setApart = (el: Element): boolean =>
  /^(?:EM|I)$/.test(el.firstElementChild?.nodeName ?? '') ||
  /^(?:EM|I)$/.test(el.parentElement?.nodeName ?? '') ||
  el.getAttribute('align') === 'right' ||
  /text-align\s*:\s*right/i.test(el.getAttribute('style') ?? '');
const BLOCK = 'p, div, address, blockquote, li, h1, h2, h3, h4, h5, h6, table';

/** A footnote under the signature: "(1) Ces chiffres …", "[2] Quelle: …", "³ Siehe …". */
const FOOTNOTE = /^(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹*])\s/u;
/** Footnotes passed over, at most, to reach the signature above them. */
const MAX_FOOTNOTES = 6;

/** The article's last block that holds text and no block inside, above any footnotes. */
function lastLeafBlock(container: Element): Element | null {
  const blocks = container.querySelectorAll(BLOCK);
  let footnotes = 0;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const el = blocks[i]!;
    const text = collapse(el.textContent);
    if (!text) continue;
    if (el.querySelector(BLOCK)) return null;
    if (FOOTNOTE.test(text) && ++footnotes <= MAX_FOOTNOTES) continue;
    return el;
  }
  return null;
}

/** The lines of a block, split at its `<br>`s. */
function linesOf(el: Element): string[] {
  const lines: string[] = [''];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) lines[lines.length - 1] += child.nodeValue ?? '';
      else if (child.nodeName === 'BR') lines.push('');
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(el);
  return lines.map((l) => collapse(l)).filter(Boolean);
}

/** The name the article signs off with, or null. */
export function signatureOf(container: Element): string | null {
  const block = lastLeafBlock(container);
  if (!block) return null;
  const lines = linesOf(block);
  // A full name set in bold as the last line is a sign-off even where the reader dropped its alignment.
  const credit = lines.length === 1 ? boldCreditNames(block) : null;
  if (credit?.length === 1) return credit[0]!;
  const [name, date] = lines;
  if (!name || !isPersonName(name) || lines.length > 2) return null;
  if (date) return parseStatedDate(date) && date.length <= 30 ? name : null;
  return name.includes(' ') && setApart(block) ? name : null;
}

/** Offers the article's sign-off as its author (source "article-signature"), read when it could win. */
export function withArticleSignature(meta: PageMetadata, container: Element, pageUrl: string): PageMetadata {
  if (!worthReading(meta, 'author', 'article-signature', pageUrl)) return meta;
  const name = signatureOf(container);
  // The publisher's name as the sign-off ("VnExpress") is no author.
  const weak = !name || isWeakAuthor(name, meta.siteName, hostOf(pageUrl));
  const signature = name
    ? ({ value: name, source: 'article-signature', standing: weak ? 'rejected' : 'plain' } as const)
    : undefined;
  return offer(meta, 'author', signature, pageUrl);
}
