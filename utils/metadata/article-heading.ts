import { offer, worthReading } from './offer-candidate';
import type { PageMetadata } from './page-metadata-schema';
import { isHidden } from './find-headline';
import { collapse } from '../text/collapse';
import { looseText } from '../text/loose-text';

/**
 * The heading that opens the extracted article, as the title when the page named it only in its `<title>`
 * (source "title-tag", or Readability's reading of it): small sites title every page "Geschichte – Verein"
 * or "BeginnersGuide/Download - Python Wiki" and print the real title as the story's first heading
 * ("## Downloading Python"). Only a heading before any text counts, and only when it is the article's one
 * top-level heading ("## Lorem" followed by "## Ipsum" opens the first of several sections), is shown (not a
 * screen reader's "Chapter Text" landmark) and shares a word with the `<title>` it replaces.
 */

const HEADING = /^H[1-4]$/;
const MIN_LENGTH = 3;
const MAX_LENGTH = 200;
/** AO3's "landmark heading": a heading for screen readers only, like the ones isHidden knows. */
const LANDMARK = /(?:^|\s)landmark(?:$|\s)/i;

/** Words of three letters or more, loosely compared. */
const wordsOf = (s: string) =>
  looseText(s)
    .split(' ')
    .filter((w) => w.length >= 3);

/** Whether two titles share a word, or a word's stem ("Download" in "Downloading Python"). */
function shareWord(a: string, b: string): boolean {
  const other = wordsOf(b);
  return wordsOf(a).some((w) =>
    other.some((o) => o === w || (Math.min(o.length, w.length) >= 4 && (o.startsWith(w) || w.startsWith(o)))),
  );
}

/** The first element in the container that holds text of its own, in document order. */
function firstTextElement(container: Element): Element | null {
  const walk = (el: Element): Element | null => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 && node.nodeValue?.trim()) return el;
      if (node.nodeType === 1) {
        const found = walk(node as Element);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(container);
}

/** Offers the article's opening heading as its title (source "article-heading"), read when it could win. */
export function withArticleHeading(meta: PageMetadata, container: Element, pageUrl: string): PageMetadata {
  if (!worthReading(meta, 'title', 'article-heading', pageUrl)) return meta;
  let heading = firstTextElement(container);
  while (heading && heading !== container && !HEADING.test(heading.nodeName)) heading = heading.parentElement;
  if (!heading || heading === container) return meta;
  const level = Number(heading.nodeName[1]);
  const peers = Array.from(container.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter(
    (h) => h !== heading && Number(h.nodeName[1]) <= level,
  );
  if (peers.length) return meta;
  const text = collapse(heading.textContent);
  const site = looseText(meta.siteName);
  if (text.length < MIN_LENGTH || text.length > MAX_LENGTH || !/\p{L}/u.test(text)) return meta;
  // "ICON" opening an ICON Magazine story is the brand's kicker.
  if (site && site.includes(looseText(text))) return meta;
  if (isHidden(heading) || LANDMARK.test(heading.getAttribute('class') ?? '')) return meta;
  if (!shareWord(text, meta.title)) return meta;
  return offer(meta, 'title', { value: text, source: 'article-heading', standing: 'plain' }, pageUrl);
}
