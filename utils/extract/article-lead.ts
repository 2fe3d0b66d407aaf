import { collapse } from '../text/collapse';
import { hintsOf } from '../dom/class-hints';
import { linkTextLength } from '../dom/link-text';
import { CALL_TO_ACTION, CLUTTER_HINT, SECTION_HINT } from '../markdown/prepare/clutter-patterns';
import { isHiddenElement } from './hidden-element';

/**
 * The article's lead (standfirst, deck, teaser paragraph) as the page prints it between the headline and the
 * body. Templates put it in the header next to the `<h1>`, outside the body container that Readability
 * returns, so the clip would start with the second paragraph of the story.
 */
export interface LeadCandidate {
  /** A detached copy, taken before Readability takes the document apart. */
  copy: Element;
  text: string;
}

/** Class/id words of lead blocks, in the corpus's languages (bajada: es, chapô/chapeau: fr, Vorspann: de). */
const LEAD_HINT =
  /(?:^|[\s_-])(?:lead|lede|teaser|intro|standfirst|summary|deck|dek|excerpt|bajada|sapo|chapo|chapeau|abstract|subtitle|subline|description|kurztext|vorspann|descripcion)(?:$|[\s_-])|(?:^|\s)(?:lead|teaser|intro|excerpt|subtitle|description)[A-Z_]\w*/i;
/** Blocks beside the headline that are not its lead: captions, credits, bylines, dates, share tools. */
const NOT_LEAD_HINT =
  /caption|credit|photo|image|media|video|player|placeholder|asset|figure|byline|author|signature|meta|date|time|share|social|hidden|sr-only|visually-hidden/i;
/** Never part of a lead's text. */
const DROPPED_INSIDE = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'FIGURE',
  'IFRAME',
  'SVG',
]);
/** Bylines and captions written out: "By Jo Doe", "Photograph: …", "Media caption …". */
const BYLINE_TEXT =
  /^(?:[Bb][Yy]|[Vv][Oo][Nn]|[Pp][Oo][Rr]|[Pp][Aa][Rr]|[Dd][Ii]|[Dd][Oo][Oo][Rr])\s+\p{Lu}/u; // a name follows: no `i`
const CAPTION_TEXT =
  /\b(?:photograph|photo|foto|picture|image|bild|media caption|image caption|getty images|reuters|afp)\b\s*[:/]/i;

/** Not article text, whatever it says. */
const SKIPPED = new Set([
  'FIGURE',
  'FIGCAPTION',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'TIME',
  'ADDRESS',
]);
const MIN_TEXT = 50;
const MAX_TEXT = 1000;
const MAX_LINK_DENSITY = 0.3;
/** Elements looked at after the headline, and candidates kept: the lead is right there or nowhere. */
const MAX_VISITED = 150;
const MAX_CANDIDATES = 3;

/** The next element after `el` in document order that is not inside it. */
function nextOutside(el: Element): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

const nextInOrder = (el: Element): Element | null => el.firstElementChild ?? nextOutside(el);

function isCandidate(el: Element): boolean {
  if (el.nodeName === 'P') return true;
  return /^(?:DIV|SPAN|H2|STRONG)$/.test(el.nodeName) && el.hasAttributes() && LEAD_HINT.test(hintsOf(el));
}

/**
 * The first text blocks after the headline that could be its lead: paragraphs, or blocks named as a lead,
 * of sentence length, not link lists, not in figures, forms or named clutter. Read before Readability runs.
 */
export function leadCandidates(h1: Element | null): LeadCandidate[] {
  const found: LeadCandidate[] = [];
  if (!h1) return found;
  let visited = 0;
  for (let el = nextOutside(h1); el && visited < MAX_VISITED; visited++) {
    if (SKIPPED.has(el.nodeName) || el.nodeName === 'H1') {
      el = nextOutside(el);
      continue;
    }
    const hints = el.hasAttributes() ? hintsOf(el) : '';
    if (
      isHiddenElement(el) ||
      (hints.length > 3 &&
        (CLUTTER_HINT.test(hints) || SECTION_HINT.test(hints) || NOT_LEAD_HINT.test(hints)))
    ) {
      el = nextOutside(el);
      continue;
    }
    if (!isCandidate(el)) {
      el = nextInOrder(el);
      continue;
    }
    // The copy can only lose text: a block too short as it stands is not copied at all.
    const raw = collapse(el.textContent ?? '');
    if (raw.length < MIN_TEXT) {
      el = nextOutside(el);
      continue;
    }
    const copy = el.cloneNode(true) as Element;
    let text = raw;
    if (copy.firstElementChild) {
      for (const inner of Array.from(copy.getElementsByTagName('*')))
        if (DROPPED_INSIDE.has(inner.nodeName.toUpperCase()) || isHiddenElement(inner)) inner.remove();
      text = collapse(copy.textContent ?? '');
    }
    if (
      text.length >= MIN_TEXT &&
      text.length <= MAX_TEXT &&
      !BYLINE_TEXT.test(text) &&
      !CAPTION_TEXT.test(text) &&
      !CALL_TO_ACTION.test(text) &&
      linkTextLength(el) <= text.length * MAX_LINK_DENSITY
    ) {
      found.push({ copy, text });
      if (found.length === MAX_CANDIDATES) break;
    }
    // A candidate's inner paragraphs are part of it.
    el = nextOutside(el);
  }
  return found;
}

/** Pieces of a candidate's text looked for in the article: long enough to be sure, short enough to survive
 * Readability's edits inside a paragraph (a hidden span dropped, a link unwrapped). */
const PROBE = 40;

function heldBy(articleText: string, text: string): boolean {
  if (text.length <= PROBE) return articleText.includes(text);
  const middle = Math.floor((text.length - PROBE) / 2);
  // Two of three: a lead that the body repeats in part ("…a maximum of £10,000 for repeat offenders") is
  // still missing; a paragraph Readability edited in one place is still there.
  return (
    [0, middle, text.length - PROBE].filter((at) => articleText.includes(text.slice(at, at + PROBE)))
      .length >= 2
  );
}

const HEADING = /^H[1-6]$/;

/** A lead set as a heading or an inline element reads as a paragraph: it becomes one. */
function asParagraphs(copy: Element, doc: Document): Element {
  const toParagraph = (el: Element): Element => {
    const p = doc.createElement('p');
    while (el.firstChild) p.appendChild(el.firstChild);
    return p;
  };
  if (copy.nodeName !== 'DIV' && copy.nodeName !== 'P') return toParagraph(copy);
  for (const heading of Array.from(copy.querySelectorAll('h1, h2, h3, h4, h5, h6')))
    if (HEADING.test(heading.nodeName)) heading.replaceWith(toParagraph(heading));
  return copy;
}

/**
 * Puts the lead back at the top of `article` when the article lacks it: the candidates before the first one
 * the article holds (the body's first paragraph) are the lead. When the article holds none of them, the
 * candidates were not near this article's body, and nothing is added.
 */
export function restoreLead(
  article: Element,
  candidates: readonly LeadCandidate[],
  /** The article's collapsed text, when the caller has it (Readability read it already). */
  articleText: () => string = () => collapse(article.textContent ?? ''),
): void {
  if (candidates.length < 2) return;
  const text = articleText();
  const missing: LeadCandidate[] = [];
  for (const candidate of candidates) {
    if (heldBy(text, candidate.text)) {
      const doc = article.ownerDocument;
      const first = article.firstChild;
      for (const { copy } of missing) article.insertBefore(asParagraphs(copy, doc), first);
      return;
    }
    missing.push(candidate);
  }
}
