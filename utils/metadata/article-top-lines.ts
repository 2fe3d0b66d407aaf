import { boundedText } from './bounded-text';
import { collapse } from '../text/collapse';

/**
 * The one reader of the lines at the top of an extracted article, for the metadata (article-top.ts: a byline
 * or date the page's markup did not give) and the Markdown clean-up (remove-byline-lines.ts: the byline,
 * date and kicker lines the frontmatter already holds). Both must see the same lines: a line the metadata
 * took its author from is the line the clean-up removes.
 *
 * Lines are leaf blocks in document order (and inline elements standing alone beside blocks); wrappers are
 * looked into; headings of title size, figures, lists, tables and quotes are not lines. A block with more
 * text than a line is story: it is returned too (a date may open it), and the reading stops once the story
 * is under way.
 */
export interface TopLine {
  el: Element;
  /** The line's collapsed text; '' for story blocks (too long to be a line). */
  text: string;
  story: boolean;
}

/** Blocks looked at from the top, and the text length that makes a block the start of the story. */
const MAX_BLOCKS = 6;
const STORY_TEXT = 120;
/** Paragraphs of story after which nothing is at the top any more. */
const MAX_STORY = 2;

/** Lines: blocks, and minor headings ("##### Mark Lavin"); the title-sized headings are not bylines. */
const LINES = /^(?:P|DIV|ADDRESS|LI|SECTION|H[4-6])$/;
/** Inline elements are lines of their own only beside blocks, with no loose text around ("von <span>…"). */
const INLINE = /^(?:SPAN|TIME|SMALL|STRONG|EM|B|I)$/;
const NOT_LINES = /^(?:H[1-3]|FIGURE|IMG|PICTURE|TABLE|UL|OL|BLOCKQUOTE|PRE)$/;

function hasLooseText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
  return false;
}

function isLeaf(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (!/^(?:A|SPAN|STRONG|EM|B|I|TIME|BR|SMALL|ABBR)$/.test(child.nodeName)) return false;
  return true;
}

export function articleTopLines(root: Element): TopLine[] {
  const lines: TopLine[] = [];
  let blocks = 0;
  let story = 0;
  const walk = (el: Element): boolean => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (blocks >= MAX_BLOCKS || story >= MAX_STORY) return true;
      if (NOT_LINES.test(child.nodeName)) continue;
      const leaf = isLeaf(child);
      // A wrapper's text is its whole subtree's: read only where it decides something (on a P or a leaf).
      if (!leaf && child.nodeName !== 'P') {
        if (walk(child)) return true;
        continue;
      }
      // Bounded: a wrapper's whole text is never built only to find it too long for a line.
      const bounded = boundedText(child, STORY_TEXT, 0);
      const text = bounded === null ? '' : collapse(bounded);
      if (bounded === null || text.length > STORY_TEXT) {
        blocks++;
        story++;
        lines.push({ el: child, text: '', story: true });
        continue;
      }
      if (!text) continue;
      if (leaf && (LINES.test(child.nodeName) || (INLINE.test(child.nodeName) && !hasLooseText(el)))) {
        blocks++;
        lines.push({ el: child, text, story: false });
        continue;
      }
      if (walk(child)) return true;
    }
    return false;
  };
  walk(root);
  return lines;
}
