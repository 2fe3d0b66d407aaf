import type { PageMetadata } from './page-metadata-schema';
import { collapse } from './find-headline';
import { parseStatedDate } from './parse-date';
import { hostOf } from './extract-metadata';
import { isWeakAuthor } from './pick-author';
import { alternation } from './lexicon/build-pattern';
import { nameParticles } from './lexicon/name-particles';

/**
 * The writer's sign-off closing the article, as the author of a page that names none elsewhere: letters,
 * columns and small blogs end with the name alone ("Benni" over the date; "Denis Clerc" set in italics at
 * the right margin). Only the article's last block counts, and only when it is set apart as a signature:
 * a name with the date under it, or a name in its own italic or right-aligned line. A German line such as
 * "Frohe Weihnachten" is also capitalised words, which is why a bare last line is never enough.
 */

/** One to three capitalised words ("Benni", "Denis Clerc", "Jan de Vries"), no sentence punctuation. */
const NAME = new RegExp(
  String.raw`^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|${alternation(nameParticles())})){0,2}$`,
  'u',
);
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
  const [name, date] = lines;
  if (!name || !NAME.test(name) || lines.length > 2) return null;
  if (date) return parseStatedDate(date) && date.length <= 30 ? name : null;
  return name.includes(' ') && setApart(block) ? name : null;
}

/** Fills a missing author from the article's sign-off; source "article-signature". */
export function withArticleSignature(meta: PageMetadata, container: Element, pageUrl: string): PageMetadata {
  if (meta.author) return meta;
  const name = signatureOf(container);
  if (!name || isWeakAuthor(name, meta.siteName, hostOf(pageUrl))) return meta;
  return { ...meta, author: name, sources: { ...meta.sources, author: 'article-signature' } };
}
