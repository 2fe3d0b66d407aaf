import { ELEMENT_BUDGET, OVERSIZED_CHROME } from './page-budget';
import { VisibilityJudge } from './live-visibility';

/** Past this many elements the live page is not judged (the extraction refuses such pages anyway). */
const JUDGED_ELEMENTS = 150_000;

interface Host {
  live: Element;
  copy: Element;
  /** The host's children and their copies, paired before anything in the copy moves. */
  light: Map<Node, Node>;
}

interface Work {
  judge: VisibilityJudge;
  hidden: Element[];
  hiddenText: Element[];
  hosts: Host[];
  /** A page over the element budget: the chrome its extraction prunes is not judged (see pruneOversized). */
  skipChrome: boolean;
}

/**
 * Judges `live[i]` and marks `copy[i]` (two lists of the same elements, the copy cloned from the live
 * ones, in tree order). A hidden element's subtree is skipped: its elements follow it in tree order.
 */
function judgeAll(live: ArrayLike<Element>, copy: ArrayLike<Element>, work: Work): void {
  let skipped: Element | null = null;
  for (let i = 0; i < live.length; i++) {
    const el = live[i]!;
    if (skipped?.contains(el)) continue;
    skipped = null;
    if (work.skipChrome && el.matches(OVERSIZED_CHROME)) {
      skipped = el;
      continue;
    }
    const verdict = work.judge.judge(el);
    if (verdict === 'hide') {
      work.hidden.push(copy[i]!);
      skipped = el;
      continue;
    }
    if (verdict === 'text') work.hiddenText.push(copy[i]!);
    if (el.shadowRoot) {
      const light = new Map<Node, Node>();
      const copies = copy[i]!.childNodes;
      el.childNodes.forEach((child, k) => light.set(child, copies[k]!));
      work.hosts.push({ live: el, copy: copy[i]!, light });
    }
  }
}

/**
 * Puts a shadow host's rendered content (its open shadow root, slots filled with the host's children or
 * their fallback) in place of the copy's children, so text in web components is clipped like any other.
 */
function flattenShadow(host: Host, work: Work): void {
  const root = host.live.shadowRoot!;
  const doc = host.copy.ownerDocument;
  const wrapper = doc.createElement('div');
  root.childNodes.forEach((child) => wrapper.append(doc.importNode(child, true)));
  const live = root.querySelectorAll('*');
  const copy = wrapper.getElementsByTagName('*');
  if (live.length !== copy.length) return;
  const slots: [HTMLSlotElement, Element][] = [];
  live.forEach((el, i) => {
    if (el.localName === 'slot') slots.push([el as HTMLSlotElement, copy[i]!]);
  });
  judgeAll(live, copy, work);
  for (const [slot, slotCopy] of slots) {
    const assigned = slot.assignedNodes().flatMap((n) => host.light.get(n) ?? []);
    if (assigned.length) slotCopy.replaceWith(...assigned);
    else slotCopy.replaceWith(...Array.from(slotCopy.childNodes));
  }
  host.copy.replaceChildren(...Array.from(wrapper.childNodes));
}

/**
 * A copy of the live document for the extraction, with what the reader can't see marked and the open
 * shadow roots' content in place. Hidden elements get `hidden`, so the article (Readability, the
 * container, the lead) leaves them out while the metadata readers still find their microdata; text a
 * reader can't see (zero font size, same colour as its background, `visibility: hidden`) is removed.
 * Where the page has no computed style (a parser in Node) this is the plain clone. On a page over the
 * element budget the chrome its extraction prunes (menus, sidebars, footers…) is left unjudged, and
 * `chromeUnjudged` tells the extraction to prune it: judging costs a few microseconds per element.
 */
export function visibleClone(win: Window, doc: Document): { clone: Document; chromeUnjudged: boolean } {
  const plain = (clone: Document) => ({ clone, chromeUnjudged: false });
  const clone = doc.cloneNode(true) as Document;
  if (typeof win.getComputedStyle !== 'function' || !doc.body || !clone.body) return plain(clone);
  const live = doc.body.getElementsByTagName('*');
  const copy = clone.body.getElementsByTagName('*');
  if (live.length !== copy.length || live.length > JUDGED_ELEMENTS) return plain(clone);
  const skipChrome = live.length > ELEMENT_BUDGET;
  let work: Work;
  try {
    work = { judge: new VisibilityJudge(win), hidden: [], hiddenText: [], hosts: [], skipChrome };
    judgeAll(live, copy, work);
    // Hosts found inside shadow roots join the list as it is walked.
    for (let h = 0; h < work.hosts.length; h++) flattenShadow(work.hosts[h]!, work);
  } catch {
    // Nothing this pass finds may cost the article: an odd page gets the plain copy.
    return plain(doc.cloneNode(true) as Document);
  }
  for (const el of work.hidden) el.setAttribute('hidden', '');
  for (const el of work.hiddenText) {
    for (const n of Array.from(el.childNodes))
      if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) n.remove();
  }
  return { clone, chromeUnjudged: skipChrome };
}
