import { all } from '../../dom/find-elements';
import { collapse, collapsedLength } from '../../text/collapse';

const normalize = (s: string): string =>
  collapse(s)
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Words a heading may print before the title: a kicker ("Klimaschutz:") or a date ("Jun 17"). */
const MAX_KICKER_WORDS = 3;

/**
 * Whether a heading repeats the title: also when the title has a " | Site" suffix, or the heading a short
 * kicker or date before it.
 */
export function repeatsTitle(heading: string, title: string): boolean {
  const h = normalize(heading);
  const t = normalize(title);
  if (!h || !t) return false;
  if (h === t || (t.startsWith(`${h} `) && h.length >= t.length * 0.6)) return true;
  return h.endsWith(` ${t}`) && h.slice(0, -t.length).trim().split(' ').length <= MAX_KICKER_WORDS;
}

/**
 * Text allowed before a title heading that still leads: a picture's caption and credit, a kicker ("Opinion").
 * More than that, or a paragraph of real length, is the article's own text, and the same words after it are
 * content.
 */
const MAX_TEXT_BEFORE = 400;
const MAX_PARAGRAPH_BEFORE = 120;

/**
 * The collapsed text of `root` from its start to the end of `until`, or a longer-than-`max` start of it:
 * what comes before the first heading, read without taking the text of a megabyte article whole.
 */
function leadingText(root: Element, until: Element, max: number): string {
  let text = '';
  let check = max;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      if (text.length > check) {
        if (collapsedLength(text) > max) break;
        check *= 2;
      }
    }
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    let leaving: Node | null = node;
    while (leaving && leaving !== root && leaving !== until && !leaving.nextSibling)
      leaving = leaving.parentNode;
    if (!leaving || leaving === root || leaving === until) break;
    node = leaving.nextSibling;
  }
  return collapse(text);
}

/**
 * Drops a leading heading that repeats the article title (the clip's frontmatter already has it). Only the
 * first heading counts, and only with no more than a caption's worth of text before it.
 */
export function removeTitleHeading(root: Element, title: string | undefined): void {
  if (!title?.trim()) return;
  const blocks = all(root, 'p, h1, h2, h3');
  const at = blocks.findIndex((el) => el.localName !== 'p');
  const first = blocks[at];
  if (!first || !repeatsTitle(first.textContent ?? '', title)) return;
  const heading = collapse(first.textContent ?? '');
  const headingAt = leadingText(root, first, MAX_TEXT_BEFORE + heading.length + 1).indexOf(heading);
  if (headingAt < 0 || headingAt > MAX_TEXT_BEFORE) return;
  for (const p of blocks.slice(0, at))
    if (!p.closest('figure') && collapsedLength(p.textContent) > MAX_PARAGRAPH_BEFORE) return;
  first.parentNode?.removeChild(first);
}
