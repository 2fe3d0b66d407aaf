import { all } from '../../dom/find-elements';
import { collapse, collapsedLength } from '../../text/collapse';
import { linkTextLength } from '../../dom/link-text';
import { removeNode } from '../../dom/tree-edit';

/**
 * Teaser cards after the story: "You may also like", "More Business News", a section's latest headlines.
 * Whatever their heading says, they are a run of sibling blocks built from one template (same tag, same
 * children), each a card (a link to another page of the same site, with a kicker, a date, an excerpt or a
 * picture beside it), and they come after the article's last paragraph of prose. A list that a line
 * introduces ("Resources for residents:"), plain link lists ("Sources") and anything before the end of the
 * story stay.
 */

/** Fewer cards than this in a row are a pair of links, not a teaser block. */
const MIN_RUN = 3;
/** A card is short: a headline and an excerpt at most. */
const MAX_CARD_TEXT = 400;
/** The card's links carry at least this share of its text (the headline is the card). */
const MIN_CARD_LINK_SHARE = 0.4;
/** Prose: a paragraph at least this long, mostly not links. */
const PROSE_TEXT = 100;
const PROSE_LINK_SHARE = 0.3;
/** A heading or label just before the teasers ("More in News") goes with them. */
const MAX_LABEL = 60;

const hostOf = (href: string, base: URL): string | null => {
  try {
    return new URL(href, base).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
};

/** The item's tag and its children's tags: cards of one template share it. */
function shapeOf(el: Element): string {
  let shape = el.nodeName;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    shape += `,${child.nodeName}`;
  return shape;
}

function isCard(el: Element, host: string, base: URL): boolean {
  const links = all(el, 'a');
  if (links.length === 0) return false;
  const text = collapse(el.textContent ?? '');
  if (text.length === 0 || text.length > MAX_CARD_TEXT) return false;
  const linkText = linkTextLength(el);
  if (linkText < text.length * MIN_CARD_LINK_SHARE) return false;
  // Something beside the headline link: a kicker, a date, an excerpt (often linked too), a picture.
  const more = links.length > 1 || linkText < text.length || el.querySelector('img, picture') !== null;
  return more && links.every((a) => hostOf(a.getAttribute('href') ?? '', base) === host);
}

/** The last paragraph of prose: a long `<p>` that is mostly not links. */
function lastProse(root: Element): Element | null {
  const paragraphs = all(root, 'p');
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    const text = collapsedLength(p.textContent);
    if (text >= PROSE_TEXT && linkTextLength(p) < text * PROSE_LINK_SHARE) return p;
  }
  return null;
}

/** Whether `el` has fewer than `min` element children, counting no further. */
function fewerChildren(el: Element, min: number): boolean {
  let n = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (++n >= min) return false;
  return true;
}

/** Runs of at least MIN_RUN consecutive element siblings of one shape that are all cards. */
function cardRuns(parent: Element, host: string, base: URL): Element[][] {
  const runs: Element[][] = [];
  let run: Element[] = [];
  let shape = '';
  const close = () => {
    if (run.length >= MIN_RUN) runs.push(run);
    run = [];
  };
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const card = isCard(child, host, base);
    const s = card ? shapeOf(child) : '';
    if (!card || s !== shape) close();
    shape = s;
    if (card) run.push(child);
  }
  close();
  return runs;
}

/** A line just before the list that ends in ":" introduces it: the article's own list. */
function isIntroduced(el: Element): boolean {
  return /:\s*$/.test(el.previousElementSibling?.textContent ?? '');
}

/** Removes `el`, then each ancestor left without text, then a short heading or label just before. */
function removeWithLabel(el: Element, root: Element): void {
  let top: Element = el;
  while (
    top.parentElement &&
    top.parentElement !== root &&
    collapse(top.parentElement.textContent ?? '') === collapse(top.textContent ?? '')
  )
    top = top.parentElement;
  const label = top.previousElementSibling;
  removeNode(top);
  if (label && collapsedLength(label.textContent) <= MAX_LABEL && !all(label, 'img').length)
    removeNode(label);
}

export function removeTeaserRuns(root: Element, baseUrl: string): void {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return;
  }
  const host = base.hostname.replace(/^www\./, '');
  const prose = lastProse(root);
  if (!prose) return;
  const els = all(root, '*');
  // Document order: what comes after the last paragraph of prose and is not inside it.
  for (let i = els.indexOf(prose) + 1; i < els.length; i++) {
    const parent = els[i]!;
    if (prose.contains(parent) || !root.contains(parent) || fewerChildren(parent, MIN_RUN)) continue;
    if (isIntroduced(parent)) continue;
    for (const run of cardRuns(parent, host, base)) {
      if (run.length === parent.childElementCount) removeWithLabel(parent, root);
      else for (const card of run) removeNode(card);
    }
  }
}
