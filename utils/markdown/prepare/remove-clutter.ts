import { all } from '../../dom/find-elements';
import { collapse, collapsedLength } from '../../text/collapse';
import { hintsOf } from '../../dom/class-hints';
import { isElement, TEXT_NODE } from '../../dom/node-kind';
import { linkTextLength } from '../../dom/link-text';
import { removeNode } from '../../dom/tree-edit';
import { isChromeLabel } from './chrome-label';
import { CALL_TO_ACTION, CLUTTER_HINT, LABEL, READ_MORE, SECTION_HINT } from './clutter-patterns';
import { isRelatedOpener, removeTrailingRelated } from './remove-trailing-related';

/**
 * Clutter Readability leaves in news bodies. Small chrome (share bars, ad labels, credits) goes only when
 * its class/id/aria-label/role names it AND it is small or mostly links, and never when it holds a real
 * paragraph; whole boxes named as related teasers, comments, author bios or widgets go whatever they hold,
 * unless they are half the text. Losing article text is worse than leaving a share bar in.
 */

/** Text longer than this in one paragraph is article text, whatever the wrapper is called. */
const REAL_PARAGRAPH = 200;
const MAX_CLUTTER_TEXT = 600;
const MAX_LINKY_TEXT = 1500;
/** Raw text beyond this can't be a label or a read-more line, even with lots of whitespace. */
const MAX_RAW_CANDIDATE = 2000;

function hasRealParagraph(el: Element): boolean {
  const paragraphs = el.nodeName === 'P' ? [el] : all(el, 'p');
  return paragraphs.some((p) => collapsedLength(p.textContent) - linkTextLength(p) > REAL_PARAGRAPH);
}

function looksLikeClutter(el: Element, total: number): boolean {
  const text = collapse(el.textContent ?? '');
  if (text.length > total * 0.3 && total > 200) return false;
  if (hasRealParagraph(el)) return false;
  if (text.length <= MAX_CLUTTER_TEXT) return true;
  return text.length <= MAX_LINKY_TEXT && linkTextLength(el) / text.length > 0.6;
}

/** A named section goes unless it is half the text or carries the title (then it is the article). */
function looksLikeSection(el: Element, total: number): boolean {
  const text = collapsedLength(el.textContent);
  return text <= total * 0.5 && !el.querySelector('h1, [itemprop~="articleBody"]');
}

/**
 * Never judged by their names: headings and page-level containers, and figure captions, which templates
 * often class as a credit (`figcaption.lead-image__credit`) while they hold the caption a reader needs.
 */
const NEVER_HINTED = /^(?:H[1-6]|HTML|BODY|MAIN|ARTICLE|FIGCAPTION)$/;

function complementaryLabel(el: Element): boolean {
  return (
    el.getAttribute('role') === 'complementary' &&
    /related|share|newsletter|advert/i.test(el.getAttribute('aria-label') ?? '')
  );
}

/** A short, link-dense block opening with "Read more:", "Lesen Sie auch", "Lea también"… */
function isReadMoreBlock(el: Element, text: string): boolean {
  if (!READ_MORE.test(text)) return false;
  const rest = text.replace(READ_MORE, '').trim().length;
  return rest > 0 && linkTextLength(el) >= rest * 0.8;
}

/**
 * A heading "Related stories" / "Mehr zum Thema" goes with the link-dense block after it; at the end of
 * its parent (the teasers were already removed, or never came), it goes alone.
 */
function removeRelatedHeading(heading: Element, text: string, remove: (el: Element) => void): boolean {
  if (text.length > 60 || !READ_MORE.test(text)) return false;
  const next = heading.nextElementSibling;
  if (!next) {
    remove(heading);
    return true;
  }
  const nextText = collapsedLength(next.textContent);
  if (nextText > 0 && nextText < MAX_LINKY_TEXT && linkTextLength(next) / nextText > 0.6) {
    remove(next);
    remove(heading);
    return true;
  }
  return false;
}

/** Raw text length of every element, bottom-up in one walk, so size checks don't re-read subtrees. */
function textLengths(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const visit = (el: Element): number => {
    let n = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) n += (child.nodeValue ?? '').length;
      else if (isElement(child)) n += visit(child);
    }
    lengths.set(el, n);
    return n;
  };
  visit(root);
  return lengths;
}

const LABEL_TAGS = /^(?:P|DIV|SPAN|ASIDE|SECTION|UL|LI|STRONG|EM|B|SMALL)$/;
/** Controls that hold only a chrome label ("Close", "Image 1 of 9"): never a read-more opener or a label. */
const CONTROL_TAGS = /^(?:A|BUTTON|FIGCAPTION|LABEL)$/;
const BLOCK_TAGS = /^(?:P|DIV|ASIDE|SECTION|UL|LI)$/;
const MAX_LABEL = 60;
/** Raw text (white space and all) beyond this is not worth collapsing to test as a control's label. */
const MAX_RAW_LABEL = 200;
const MAX_READ_MORE = 400;
/** A call to action ("Follow us on Twitter") is one or two sentences. */
const MAX_CALL_TO_ACTION = 250;
const MAX_CHILDREN = 20;

/** `el.childElementCount <= max`, counting no further (linkedom builds the child list to count it). */
function fewChildren(el: Element, max: number): boolean {
  let n = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (++n > max) return false;
  return true;
}

/**
 * Whether `text` certainly collapses to more than `max` characters: more than `max` characters that are
 * never whitespace (printable ASCII and Latin letters; anything else counts as maybe-space). Spares
 * collapsing a whole paragraph only to find it too long for a label.
 */
function surelyLonger(text: string, max: number): boolean {
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (((c > 32 && c < 127) || (c > 160 && c < 0x1680)) && ++visible > max) return true;
  }
  return false;
}

/** Removes share bars, related/comment/author boxes, newsletter sign-ups, ad labels, credits, banners. */
export function removeClutter(root: Element): void {
  // The article's text length, as it was before any removal: measured when a test first needs it, or
  // just before the first removal (most articles lose nothing that a named box test looks at).
  let measured = -1;
  const total = () => (measured < 0 ? (measured = collapsedLength(root.textContent)) : measured);
  const remove = (el: Element) => {
    total();
    removeNode(el);
  };
  const lengths = textLengths(root);
  const removed = new Set<Element>();
  /** The last "More on this topic" label met: with what follows it, a tail of teasers. */
  let opener: Element | null = null;
  const drop = (el: Element) => {
    removed.add(el);
    remove(el);
  };
  for (const el of all(root, '*')) {
    // Descendants of a removed element are gone with it; checking the parent chain is cheaper than contains(),
    // and before the first removal there is nothing to check.
    let gone = false;
    for (let p = removed.size ? el.parentElement : null; p && p !== root; p = p.parentElement)
      if (removed.has(p)) {
        gone = true;
        break;
      }
    if (gone) continue;
    const tag = el.nodeName;
    // Without attributes the hints are three spaces: nothing to test.
    if (el.hasAttributes() && !NEVER_HINTED.test(tag)) {
      const hints = hintsOf(el);
      if (hints.length > 3) {
        if (SECTION_HINT.test(hints) && looksLikeSection(el, total())) {
          drop(el);
          continue;
        }
        if ((CLUTTER_HINT.test(hints) || complementaryLabel(el)) && looksLikeClutter(el, total())) {
          drop(el);
          continue;
        }
      }
    }
    const raw = lengths.get(el) ?? 0;
    if (raw > MAX_RAW_CANDIDATE || raw === 0) continue;
    if (/^H[2-6]$/.test(tag)) {
      const text = collapse(el.textContent ?? '');
      if (isChromeLabel(text)) drop(el);
      else if (!removeRelatedHeading(el, text, remove) && isRelatedOpener(text)) opener = el;
    } else if (CONTROL_TAGS.test(tag)) {
      if (raw <= MAX_RAW_LABEL && isChromeLabel(collapse(el.textContent ?? ''))) drop(el);
    } else if (LABEL_TAGS.test(tag) && fewChildren(el, MAX_CHILDREN)) {
      const block = BLOCK_TAGS.test(tag);
      const content = el.textContent ?? '';
      if (raw > MAX_LABEL && surelyLonger(content, block ? MAX_READ_MORE : MAX_LABEL)) continue;
      const text = collapse(content);
      if (text.length <= MAX_LABEL && (LABEL.test(text) || isChromeLabel(text))) drop(el);
      else if (block && text.length <= MAX_READ_MORE && isReadMoreBlock(el, text)) drop(el);
      else if (block && text.length <= MAX_CALL_TO_ACTION && CALL_TO_ACTION.test(text)) drop(el);
      else if (isRelatedOpener(text)) opener = el;
    }
  }
  if (opener) removeTrailingRelated(root, opener, total());
}
