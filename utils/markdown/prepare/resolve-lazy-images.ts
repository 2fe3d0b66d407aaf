import { all } from '../../dom/find-elements';
import { parseInert } from '../../dom/parse-inert';
import { isElement } from '../../dom/node-kind';
import { removeNode } from '../../dom/tree-edit';

/** Attributes lazy loaders keep the real image URL in, most specific first. */
const LAZY_SRC = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-orig-src',
  'data-actualsrc',
  'data-echo',
];
const SRCSET = ['srcset', 'data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER =
  /^(?:data:|about:|javascript:)|(?:^|[/_-])(?:blank|spacer|placeholder|pixel|transparent|lazy[-_]?load(?:er|ing)?|loading|grey|gray|1x1|empty|clear)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i;
/** Hosts and paths of tracking beacons. */
const TRACKER =
  /\/\/(?:[^/]*\.)?(?:doubleclick\.net|scorecardresearch\.com|quantserve\.com|imrworldwide\.com|chartbeat\.net|google-analytics\.com|facebook\.com\/tr|pixel\.[^/]+|sb\.scorecardresearch|b\.scorecardresearch|analytics\.[^/]+\/)|\/(?:pixel|beacon|tracking)(?:\.gif|\.png|\?|\/)/i;

const usable = (url: string | null | undefined): url is string =>
  !!url && !!url.trim() && !PLACEHOLDER.test(url.trim());

interface Candidate {
  url: string;
  /** Width (w descriptors) or density × 10 000 (x descriptors), so either sorts sensibly. */
  size: number;
}

/** srcset candidates, skipping data: placeholders. URLs may contain commas; candidates are split at `, `. */
export function srcsetCandidates(srcset: string): Candidate[] {
  const out: Candidate[] = [];
  for (const part of srcset.trim().split(/,\s+/)) {
    const m = /^(\S+?),?(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*$/i.exec(part.trim());
    if (!m?.[1] || !usable(m[1])) continue;
    const value = Number(m[2] ?? '1');
    out.push({ url: m[1], size: m[3]?.toLowerCase() === 'w' ? value : value * 10_000 });
  }
  return out;
}

function bestSrcset(img: Element): string | null {
  const candidates: Candidate[] = [];
  const picture = img.parentNode;
  if (picture && isElement(picture) && picture.nodeName === 'PICTURE') {
    for (const source of all(picture, 'source')) {
      for (const attr of SRCSET) candidates.push(...srcsetCandidates(source.getAttribute(attr) ?? ''));
    }
  }
  for (const attr of SRCSET) candidates.push(...srcsetCandidates(img.getAttribute(attr) ?? ''));
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || c.size > best.size) best = c;
  return best?.url ?? null;
}

/** The real image URL: the largest srcset candidate, a lazy-loading attribute, or a non-placeholder src. */
export function realImageSrc(img: Element): string | null {
  const fromSet = bestSrcset(img);
  if (fromSet) return fromSet;
  for (const attr of LAZY_SRC) {
    const value = img.getAttribute(attr);
    if (usable(value)) return value.trim();
  }
  const src = img.getAttribute('src');
  return usable(src) ? src.trim() : null;
}

const isTracker = (img: Element, src: string): boolean => {
  const tiny = (name: string) => /^\s*[01](?:px)?\s*$/.test(img.getAttribute(name) ?? '');
  return (tiny('width') && tiny('height')) || TRACKER.test(src);
};

/** Images inside a `<noscript>`, parsed inertly when the parser kept them as text. */
function noscriptImages(noscript: Element): Element[] {
  const inline = all(noscript, 'img');
  if (inline.length || !/<img\b/i.test(noscript.textContent ?? '')) return inline;
  // Parsed inertly: its images never load, their handlers never run.
  return all(parseInert(noscript.ownerDocument, noscript.textContent ?? ''), 'img');
}

/** The lazy image a `<noscript>` stands in for: the previous sibling, or the only image of its wrapper. */
function placeholderFor(noscript: Element): Element | null {
  const prev = noscript.previousElementSibling;
  if (prev?.nodeName === 'IMG') return prev;
  if (prev) {
    const imgs = prev.querySelectorAll('img');
    if (imgs.length === 1) return imgs[0] ?? null;
  }
  const parent = noscript.parentElement;
  const siblings = parent ? all(parent, 'img').filter((img) => !noscript.contains(img)) : [];
  return siblings.length === 1 ? (siblings[0] ?? null) : null;
}

function applyNoscriptFallbacks(root: Element): void {
  for (const noscript of all(root, 'noscript')) {
    const fallbacks = noscriptImages(noscript);
    if (!fallbacks.length) continue;
    const placeholder = placeholderFor(noscript);
    const parent = noscript.parentNode;
    if (!parent) continue;
    if (placeholder && realImageSrc(placeholder)) {
      removeNode(noscript);
    } else {
      for (const img of fallbacks) parent.insertBefore(img, noscript);
      if (placeholder) removeNode(placeholder);
      removeNode(noscript);
    }
  }
}

/**
 * Resolves lazy-loaded images to their real URL (srcset / `<picture>` largest candidate, `data-src` & co,
 * `<noscript>` fallbacks) and drops placeholders, spacers and tracking pixels.
 */
export function resolveLazyImages(root: Element): void {
  // One query finds out which passes have anything to do; without a <noscript> nothing is inserted before
  // the image pass, so its images are the ones found here.
  const found = all(root, 'noscript, img, picture');
  const is = (tag: string) => (el: Element) => el.localName.toLowerCase() === tag;
  let images = found.filter(is('img'));
  if (found.some(is('noscript'))) {
    applyNoscriptFallbacks(root);
    images = all(root, 'img');
  }
  for (const img of images) {
    const src = realImageSrc(img);
    if (!src || isTracker(img, src)) {
      removeNode(img);
      continue;
    }
    img.setAttribute('src', src);
  }
  // The chosen candidate is on the img now; the sources would only be noise.
  if (found.some(is('picture'))) for (const source of all(root, 'picture > source')) removeNode(source);
}
