import { all } from '../../dom/find-elements';
import { collapse } from '../../text/collapse';
import { isElement } from '../../dom/node-kind';
import { removeNode } from '../../dom/tree-edit';

/**
 * A figure's caption once: templates print it twice, as the `<figcaption>` and again as a caption block
 * inside the figure or right beside it (for another screen size, or a lightbox). The copy is any element
 * with exactly the caption's text that neither holds nor sits in the caption; the figcaption is what stays.
 */

/** Shorter captions ("Photo", "AFP") can repeat on purpose; they are left alone. */
const MIN_CAPTION = 12;

const textOf = (el: Element): string => collapse(el.textContent ?? '');

/** The figure's own elements outside the caption, and its neighbours just before and after. */
function candidates(figure: Element, caption: Element): Element[] {
  const inside = all(figure, '*').filter((el) => !el.contains(caption) && !caption.contains(el));
  const around = [figure.previousElementSibling, figure.nextElementSibling].filter(isElement);
  return [...inside, ...around];
}

const MEDIA = 'img, picture, video, audio, iframe, svg';

export function removeCaptionDuplicates(root: Element): void {
  for (const caption of all(root, 'figcaption')) {
    const figure = caption.closest('figure') ?? caption.parentElement;
    if (!figure || figure === root || !root.contains(figure) || !root.contains(caption)) continue;
    const text = textOf(caption);
    if (text.length < MIN_CAPTION) continue;
    for (const el of candidates(figure, caption))
      if (root.contains(el) && textOf(el) === text && !el.matches(MEDIA) && !el.querySelector(MEDIA))
        removeNode(el);
  }
}
