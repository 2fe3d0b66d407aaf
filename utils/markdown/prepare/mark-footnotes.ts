import { all } from '../../dom/find-elements';
import { classOf } from '../../dom/class-hints';
import { collapse } from '../../text/collapse';
import { isElement } from '../../dom/node-kind';
import { removeNode, unwrap } from '../../dom/tree-edit';

/** Containers of footnote/endnote lists (GFM, Pandoc, WordPress, Wikipedia, DPUB roles). */
const CONTAINERS =
  '.footnotes, .footnote-list, .footnotes-list, .wp-block-footnotes, .references, .reflist, ' +
  '[role="doc-endnotes"], [role="doc-footnotes"], #footnotes, #references';
export const DEF_ID = /^(?:fn|footnote|endnote|note)[-_:]?[\w.-]*\d[\w.-]*$/i;
const BACKLINK_CLASS = /backref|backlink|footnote-back|reversefootnote|mw-cite-backlink|cite-backlink/i;
/** Back-link arrows (with or without the emoji variation selector). */
const BACKLINK_TEXT = /^(?:[\s↩↑⤴^]|\uFE0E|\uFE0F)*(?:back|return)?(?:[\s↩↑⤴^]|\uFE0E|\uFE0F)*$/i;
const ARROW_ONLY = /^(?:[↩↑⤴^]|\uFE0E|\uFE0F)+$/;

const fragmentOf = (href: string): string | null => {
  const hash = href.indexOf('#');
  if (hash < 0) return null;
  try {
    return decodeURIComponent(href.slice(hash + 1));
  } catch {
    return href.slice(hash + 1);
  }
};

/** Footnote definitions by id. */
function findDefinitions(root: Element): Map<string, Element> {
  const defs = new Map<string, Element>();
  const add = (el: Element) => {
    const id = el.getAttribute('id');
    if (id && !defs.has(id)) defs.set(id, el);
  };
  for (const container of all(root, CONTAINERS)) for (const li of all(container, 'li[id]')) add(li);
  for (const el of all(root, '[role="doc-endnote"][id], [role="doc-footnote"][id]')) add(el);
  for (const el of all(root, 'li[id], div[id], p[id], aside[id]'))
    if (DEF_ID.test(el.getAttribute('id') ?? '')) add(el);
  return defs;
}

/** Whether an anchor to a definition reads as a reference mark (`1`, `[2]`, `*`, in a `<sup>`…). */
function isReferenceMark(a: Element): boolean {
  const text = collapse(a.textContent ?? '').replace(/^\[|\]$/g, '');
  if (a.getAttribute('role') === 'doc-noteref' || /footnote-ref|fnref|noteref/i.test(classOf(a))) return true;
  if (a.closest('sup')) return text.length <= 12;
  return text.length <= 4 && /^[\w*†‡§]+$/.test(text);
}

/**
 * Footnotes → marker elements for the footnote rules: references (`<sup><a href="#fn1">1</a></sup>`)
 * become `data-md-fnref`, their definitions `data-md-fndef`, back-links are dropped. Only definitions
 * something refers to are converted.
 */
export function markFootnotes(root: Element): void {
  const defs = findDefinitions(root);
  if (!defs.size) return;
  const doc = root.ownerDocument;
  const labels = new Map<string, string>();
  const refIds = new Set<string>();
  const defElements = new Set(defs.values());
  const insideDef = (el: Element) => {
    for (let n: Node | null = el.parentNode; n; n = n.parentNode)
      if (isElement(n) && defElements.has(n)) return true;
    return false;
  };
  for (const a of all(root, 'a[href*="#"]')) {
    const id = fragmentOf(a.getAttribute('href') ?? '');
    if (!id || !defs.has(id) || insideDef(a) || !isReferenceMark(a)) continue;
    let label = labels.get(id);
    if (!label) {
      // Numbered in order of first reference: page ids (`fn:a`, `cite_note-Smith-3`, hashes) make poor labels.
      label = String(labels.size + 1);
      labels.set(id, label);
    }
    const sup =
      a.parentElement?.nodeName === 'SUP' &&
      collapse(a.parentElement.textContent ?? '') === collapse(a.textContent ?? '')
        ? a.parentElement
        : null;
    const target = sup ?? a;
    for (const el of [a, target]) {
      const ownId = el.getAttribute('id');
      if (ownId) refIds.add(ownId);
    }
    const marker = doc.createElement('sup');
    marker.setAttribute('data-md-fnref', label);
    marker.textContent = label;
    target.parentNode?.replaceChild(marker, target);
  }
  for (const [id, def] of defs) {
    const label = labels.get(id);
    if (!label) continue;
    for (const a of all(def, 'a, span, sup')) {
      const href = a.getAttribute('href');
      const backlink =
        BACKLINK_CLASS.test(classOf(a)) ||
        a.getAttribute('role') === 'doc-backlink' ||
        (href !== null &&
          refIds.has(fragmentOf(href) ?? '') &&
          BACKLINK_TEXT.test(collapse(a.textContent ?? ''))) ||
        (href !== null && href.startsWith('#') && ARROW_ONLY.test(collapse(a.textContent ?? '')));
      if (backlink && def.contains(a)) removeNode(a);
    }
    const marker = doc.createElement('div');
    marker.setAttribute('data-md-fndef', label);
    while (def.firstChild) marker.appendChild(def.firstChild);
    const list = def.parentElement;
    def.parentNode?.replaceChild(marker, def);
    if (
      list &&
      /^(?:OL|UL)$/.test(list.nodeName) &&
      !Array.from(list.children).some((c) => c.nodeName === 'LI')
    )
      unwrap(list);
  }
}
