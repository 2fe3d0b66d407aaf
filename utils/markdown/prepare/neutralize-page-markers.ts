import { ELEMENT_NODE, TEXT_NODE } from '../../dom/node-kind';
import { PRIVATE_USE } from '../markers';

/** Attributes the converter's own passes set to talk to its rules (`data-md-math`, `data-md-fnref`…). */
const MARKER_ATTRIBUTE = /^data-md-/i;
const HAS_PRIVATE_USE = /[\uE000-\uF8FF]/;

/**
 * The first pass, before any pass of ours marks anything: the page can't speak the converter's internal
 * language. Its own `data-md-*` attributes go (a forged `data-md-math` or `data-md-fnref` would reach a rule
 * that writes its value unescaped), and every private-use character goes from its text and attributes (the
 * rules' markers are private-use characters; a page's U+E000 hid a `<` from the escaper and was then
 * deleted as a marker, leaving `<img …>`). Icon fonts' glyphs are private-use too: nothing readable is lost.
 */
export function neutralizePageMarkers(root: Element): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      if (HAS_PRIVATE_USE.test(text.data)) text.data = text.data.replace(PRIVATE_USE, '');
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) cleanAttributes(node as Element);
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  }
}

function cleanAttributes(el: Element): void {
  const attributes = el.attributes;
  if (!attributes.length) return;
  for (const { name, value } of Array.from(attributes)) {
    if (MARKER_ATTRIBUTE.test(name)) el.removeAttribute(name);
    else if (HAS_PRIVATE_USE.test(value)) el.setAttribute(name, value.replace(PRIVATE_USE, ''));
  }
}
