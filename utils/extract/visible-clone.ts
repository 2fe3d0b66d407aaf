import { ELEMENT_BUDGET, OVERSIZED_CHROME, UNJUDGED_ATTRIBUTE } from './page-budget';
import { VisibilityJudge } from './live-visibility';
import type { JudgedContainer } from './judged-container';

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

/** `el`'s counterpart in the copy, found by its position among its parent's children, up to `<body>`. */
function counterpart(el: Element, body: Element, copyBody: Element): Element | null {
  const path: number[] = [];
  for (let n = el; n !== body; n = n.parentElement!)
    path.push(Array.prototype.indexOf.call(n.parentElement!.children, n));
  let copy: Element | undefined = copyBody;
  for (let i = path.length - 1; i >= 0 && copy; i--) copy = copy.children[path[i]!];
  return copy ?? null;
}

/**
 * Judges only `only.container` and its ancestors, and marks everything else of the copy's body unjudged
 * (pruned by the extraction, which reads this container alone). False, with nothing marked, where the
 * container or an ancestor is hidden: the page is then judged as a whole.
 */
function judgeContainer(only: JudgedContainer, doc: Document, clone: Document, work: Work): boolean {
  const copyContainer = counterpart(only.container, doc.body, clone.body);
  if (!copyContainer) return false;
  // The same path as the live ancestors (counterpart followed it), outermost first.
  const copyAncestors: Element[] = [];
  for (let el = copyContainer.parentElement; el && el !== clone.body; el = el.parentElement)
    copyAncestors.unshift(el);
  for (const [i, el] of only.ancestors.entries()) {
    const verdict = work.judge.judge(el);
    if (verdict === 'hide') return false;
    if (verdict === 'text') work.hiddenText.push(copyAncestors[i]!);
  }
  const live = [only.container, ...Array.from(only.container.getElementsByTagName('*'))];
  const copy = [copyContainer, ...Array.from(copyContainer.getElementsByTagName('*'))];
  if (live.length !== copy.length) return false;
  judgeAll(live, copy, work);
  if (work.hidden[0] === copyContainer) return false;
  // Every child of <body> and of the ancestors that is not on the way to the container.
  const way = new Set<Element>([...copyAncestors, copyContainer]);
  for (const parent of [clone.body, ...copyAncestors])
    for (const child of Array.from(parent.children))
      if (!way.has(child)) child.setAttribute(UNJUDGED_ATTRIBUTE, '');
  return true;
}

export interface VisibleClone {
  clone: Document;
  /** The chrome an oversized page's extraction prunes was left unjudged: it must prune it. */
  chromeUnjudged: boolean;
  /**
   * Only the page's declared article was judged (judged-container), the rest of the body is marked
   * unjudged: the extraction must take that article, never a pick over the rest.
   */
  containerOnly: boolean;
}

/**
 * A copy of the live document for the extraction, with what the reader can't see marked and the open
 * shadow roots' content in place. Hidden elements get `hidden`, so the article (Readability, the
 * container, the lead) leaves them out while the metadata readers still find their microdata; text a
 * reader can't see (zero font size, same colour as its background, `visibility: hidden`) is removed.
 * Where the page has no computed style (a parser in Node) this is the plain clone. On a page over the
 * element budget the chrome its extraction prunes (menus, sidebars, footers…) is left unjudged, and
 * `chromeUnjudged` tells the extraction to prune it: judging costs a few microseconds per element. Where
 * the extraction will read only the page's declared article (`containerOf`, judged-container), only that
 * is judged. (A parameter: the script that hands small pages over needs none of its code.)
 */
export function visibleClone(
  win: Window,
  doc: Document,
  containerOf?: (doc: Document) => JudgedContainer | null,
): VisibleClone {
  const plain = (clone: Document) => ({ clone, chromeUnjudged: false, containerOnly: false });
  const clone = doc.cloneNode(true) as Document;
  if (typeof win.getComputedStyle !== 'function' || !doc.body || !clone.body) return plain(clone);
  const live = doc.body.getElementsByTagName('*');
  const copy = clone.body.getElementsByTagName('*');
  if (live.length !== copy.length || live.length > JUDGED_ELEMENTS) return plain(clone);
  const skipChrome = live.length > ELEMENT_BUDGET;
  const fresh = (): Work => ({
    judge: new VisibilityJudge(win),
    hidden: [],
    hiddenText: [],
    hosts: [],
    skipChrome,
  });
  let work: Work;
  let containerOnly: boolean;
  try {
    work = fresh();
    const only = skipChrome ? (containerOf?.(doc) ?? null) : null;
    containerOnly = only !== null && judgeContainer(only, doc, clone, work);
    if (!containerOnly) {
      // A failed container attempt leaves verdicts behind: start over.
      if (only) work = fresh();
      judgeAll(live, copy, work);
    }
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
  return { clone, chromeUnjudged: skipChrome, containerOnly };
}
