import { all } from '../dom/find-elements';
import { collapse } from '../text/collapse';
import { removeNode } from '../dom/tree-edit';
import { isHiddenElement } from './hidden-element';
import type { PageLandmarks } from './page-landmarks';
import { EMBED_SOURCES } from './embed-sources';
import { declaredArticle, MIN_TEXT } from './declared-article';

/**
 * The page's own declaration of where the article is: schema.org's `articleBody`, else the one dominant
 * `<article>`. Readability sometimes scores a sibling block higher (a signature list, an author box, a
 * header) and returns that alone; the declared container is then a much better answer.
 */
export interface DeclaredContainer {
  /** A detached copy, taken before Readability takes the document apart. */
  copy: Element;
  /** Collapsed text length of the container (a getter measuring on first read: most pages never ask). */
  readonly textLength: number;
  /** Its collapsed text (read on first use). */
  readonly text: string;
}

/** Chrome that sits inside `<article>` on many templates and is never body text. */
const CHROME_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'iframe',
]);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo']);

/** An iframe whose source (or lazy source) is a player or post Readability would keep too. */
function isContentEmbed(el: Element): boolean {
  const src = el.getAttribute('src') ?? el.getAttribute('data-src') ?? '';
  return EMBED_SOURCES.test(src) && !isHiddenElement(el);
}

/**
 * `script, style, noscript, template, nav, aside, footer, form, button, iframe` (but a video's or a post's),
 * `[hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="contentinfo"]`, or
 * hidden by an inline style: Readability drops what the page hides; the copy must too (no layout here, so
 * inline styles only). Written out: two selector queries over the copy cost more than one pass with these
 * tests.
 */
function isChromeOrHidden(el: Element): boolean {
  const tag = el.localName.toLowerCase();
  // A video or embedded post is content (the Markdown links to it); ad and widget frames are chrome.
  if (tag === 'iframe') return !isContentEmbed(el);
  if (CHROME_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  return (role !== null && CHROME_ROLES.has(role)) || isHiddenElement(el);
}

/** A Readability pick this long is an article in its own right, even if the container holds more. */
const ENOUGH_TEXT = 1500;
/** A long pick under this share of the container, starting past this share of its text, is a late block. */
const LATE_PICK_SHARE = 0.6;
const LATE_PICK_START = 0.3;

/**
 * Finds and copies the declared article container, or null when the page declares none worth having.
 * `landmarks` are the page's articles as the document walk noted them; without, they are queried.
 * `take`: nothing will read the document after (no Readability pass), so the element itself is taken
 * out of it rather than copied (copying a long transcript cost tens of ms); the caller sees the same
 * detached element either way.
 */
export function declaredContainer(
  doc: Document,
  landmarks?: PageLandmarks,
  take = false,
): DeclaredContainer | null {
  const el = declaredArticle(
    landmarks?.articleBodies ?? all(doc, '[itemprop~="articleBody"]'),
    landmarks?.articles ?? all(doc, 'article'),
  );
  if (!el) return null;
  const copy = take ? el : (el.cloneNode(true) as Element);
  if (take) el.remove();
  // One pass: an element inside one already removed is removed from the detached part, which changes nothing.
  for (const node of all(copy, '*')) if (isChromeOrHidden(node)) removeNode(node);
  let text: string | undefined;
  return {
    copy,
    get text() {
      return (text ??= collapse(copy.textContent ?? ''));
    },
    get textLength() {
      return this.text.length;
    },
  };
}

/**
 * Readability's pick is kept unless it is short and holds well under half of the declared container's
 * text: then it chose a fragment (or nothing), and the container is the article. A long pick that is
 * smaller than the container usually means Readability rightly left comments or hidden blocks out, unless
 * it starts far into the container: then it scored a later block (a list of signatories, say) above the
 * article's opening paragraphs.
 */
export function preferContainer(readabilityText: string, container: DeclaredContainer | null): boolean {
  if (!container) return false;
  const pick = readabilityText.length;
  if (pick < ENOUGH_TEXT) {
    const length = container.textLength;
    return length >= MIN_TEXT && pick < length * 0.5;
  }
  const text = container.text;
  if (pick >= text.length * LATE_PICK_SHARE) return false;
  const start = text.indexOf(readabilityText.slice(0, 80));
  return start > text.length * LATE_PICK_START;
}
