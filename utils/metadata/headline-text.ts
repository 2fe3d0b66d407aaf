import { collapse } from '../text/collapse';
import { alternation } from './lexicon/build-pattern';
import { KICKER_CLASSES } from './lexicon/kicker-classes';
import { trimSeparators } from './trim-separators';

/** Parts of an h1 that are not the headline: kicker/roofline above it, screen-reader glue, a small label. */
const NOT_HEADLINE = new RegExp(
  alternation([
    ...KICKER_CLASSES,
    ...[
      'colon',
      'flag',
      'label',
      'rubric',
      'screen-reader',
      'sr-only',
      'sub-heading',
      'subheading',
      'visually-hidden',
    ],
  ]),
  'i',
);

function textWithout(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.tagName === 'BR') out.push(' ');
      else if (el.tagName !== 'SMALL' && !NOT_HEADLINE.test(el.getAttribute('class') ?? ''))
        textWithout(el, out);
    }
  }
}

/** The h1's headline text without its kicker ("Klimaschutz" in `<span class=kicker>Klimaschutz</span> …`). */
export function headlineText(h1: Element | null): string {
  if (!h1) return '';
  const parts: string[] = [];
  textWithout(h1, parts);
  return trimSeparators(collapse(parts.join('')) || collapse(h1.textContent));
}
