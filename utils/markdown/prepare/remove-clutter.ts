import { all, collapse, hintsOf, isElement, linkTextLength, removeNode, TEXT_NODE } from '../dom';

/**
 * Clutter Readability leaves in news bodies. A block goes only when its class/id/aria-label/role names it
 * AND it is small (or mostly links), and never when it holds a real paragraph: losing article text is worse
 * than leaving a share bar in.
 */
const CLUTTER_HINT = new RegExp(
  [
    // share bars
    String.raw`(?:^|[\s_-])(?:share|sharing|sharebar|share-?tools|share-?buttons|social-?share|social-?links|social-?media|socials)(?=$|[\s_-])`,
    // related / read more boxes
    String.raw`(?:^|[\s_-])(?:related|read-?more|more-?on-?this|more-?stories|recommended|recirc|read-?next|up-?next|most-?read|most-?popular|also-?read)(?=$|[\s_-])`,
    // newsletter sign-ups
    String.raw`(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-?up|opt-?in|mailing-?list)(?=$|[\s_-])`,
    // advertising
    String.raw`(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|advertising|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|dfp|outbrain|taboola|sponsored|promo)(?=$|[\s_-])`,
    // cookie / consent banners
    String.raw`(?:^|[\s_-])(?:cookie|cookies|consent|gdpr)(?=$|[\s_-])`,
  ].join('|'),
  'i',
);
/** Whole-text labels that are never article text. */
const LABEL =
  /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|skip advert(?:isement)?)$/i;
/** Openings of "read more" blocks; the block must also be short and mostly links. */
const READ_MORE =
  /^(?:read more|read next|related(?: articles?| stories| coverage| content| reading| links)?|more on this story|more from|recommended(?: for you)?|most read|also read|you may also like)\b\s*:?/i;

/** Text longer than this in one paragraph is article text, whatever the wrapper is called. */
const REAL_PARAGRAPH = 200;
const MAX_CLUTTER_TEXT = 600;
const MAX_LINKY_TEXT = 1500;

function hasRealParagraph(el: Element): boolean {
  const paragraphs = el.nodeName === 'P' ? [el] : all(el, 'p');
  return paragraphs.some((p) => collapse(p.textContent ?? '').length - linkTextLength(p) > REAL_PARAGRAPH);
}

function looksLikeClutter(el: Element, total: number): boolean {
  const text = collapse(el.textContent ?? '');
  if (text.length > total * 0.3 && total > 200) return false;
  if (hasRealParagraph(el)) return false;
  if (text.length <= MAX_CLUTTER_TEXT) return true;
  return text.length <= MAX_LINKY_TEXT && linkTextLength(el) / text.length > 0.6;
}

/** Hint check on class/id/aria-label/role, with the body itself and headings never matching. */
function hinted(el: Element): boolean {
  if (/^H[1-6]$/.test(el.nodeName) || el.nodeName === 'P') return false;
  const role = el.getAttribute('role');
  if (
    role === 'complementary' &&
    /related|share|newsletter|advert/i.test(el.getAttribute('aria-label') ?? '')
  )
    return true;
  return CLUTTER_HINT.test(hintsOf(el));
}

/** A short, link-dense block opening with "Read more:", "Related", "More on this story"… */
function isReadMoreBlock(el: Element): boolean {
  const text = collapse(el.textContent ?? '');
  if (!READ_MORE.test(text) || text.length > 400) return false;
  const rest = text.replace(READ_MORE, '').trim().length;
  return rest > 0 && linkTextLength(el) >= rest * 0.8;
}

/** A heading "Related stories" directly followed by a list of links: both go. */
function removeRelatedHeading(heading: Element): void {
  const list = heading.nextElementSibling;
  const text = collapse(heading.textContent ?? '');
  if (!list || !/^(?:UL|OL)$/.test(list.nodeName) || !READ_MORE.test(text) || text.length > 40) return;
  const listText = collapse(list.textContent ?? '').length;
  if (listText > 0 && linkTextLength(list) / listText > 0.8 && listText < MAX_LINKY_TEXT) {
    removeNode(list);
    removeNode(heading);
  }
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

/** Raw text beyond this can't be a label or a read-more line, even with lots of whitespace. */
const MAX_RAW_CANDIDATE = 2000;

/** Removes share bars, related/read-more boxes, newsletter sign-ups, ad labels and cookie banners. */
export function removeClutter(root: Element): void {
  const total = collapse(root.textContent ?? '').length;
  const lengths = textLengths(root);
  for (const el of all(root, '*')) {
    if (!root.contains(el)) continue;
    if (hinted(el) && looksLikeClutter(el, total)) {
      removeNode(el);
      continue;
    }
    const tag = el.nodeName;
    if ((lengths.get(el) ?? 0) > MAX_RAW_CANDIDATE) continue;
    if (/^H[2-6]$/.test(tag)) {
      removeRelatedHeading(el);
    } else if (/^(?:P|DIV|SPAN|ASIDE|SECTION|UL|LI|STRONG|EM|B)$/.test(tag) && el.childElementCount <= 20) {
      const text = collapse(el.textContent ?? '');
      if (text.length <= 60 && LABEL.test(text)) removeNode(el);
      else if (tag !== 'SPAN' && tag !== 'STRONG' && tag !== 'EM' && tag !== 'B' && isReadMoreBlock(el))
        removeNode(el);
    }
  }
}
