/**
 * What the reader can't see, judged by computed style on the live page (the clone the extraction works
 * on has no layout). Conservative: an element is hidden only when no reader can see it now (not content
 * waiting for a fade-in, and not text over an image the page may draw behind it).
 */
export type Verdict = 'hide' | 'text' | null;

/** Elements that render no text of their own or carry data the extraction reads (JSON-LD): never judged. */
const UNJUDGED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'link',
  'meta',
  'title',
  'base',
  'source',
  'track',
  'param',
  'slot',
  'br',
  'wbr',
]);
const REPLACED = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'canvas', 'object', 'embed']);

type Rgba = readonly [number, number, number, number];

function parseRgba(value: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/**
 * Computed colours, parsed: a page's elements share a handful of values, and parsing each element's two
 * colours anew took a tenth of the visibility pass on a page of thousands of paragraphs.
 */
const parsedColours = new Map<string, Rgba | null>();
function rgba(value: string): Rgba | null {
  let parsed = parsedColours.get(value);
  if (parsed === undefined) {
    parsed = parseRgba(value);
    // Bounded: a page that animates colours must not grow it without end across clips.
    if (parsedColours.size >= 1000) parsedColours.clear();
    parsedColours.set(value, parsed);
  }
  return parsed;
}

const sameColour = (a: Rgba, b: Rgba): boolean =>
  Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])) <= 8;

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return true;
  return false;
}

/** The element's parent as rendered: its slot when slotted, the host at a shadow root's top. */
function flatParent(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
}

/** A clip rectangle or clip path that leaves nothing to see (the "visually hidden" pattern). */
function clipsAll(style: CSSStyleDeclaration): boolean {
  const clip = /^rect\(([-\d.]+)px,?\s*([-\d.]+)px,?\s*([-\d.]+)px,?\s*([-\d.]+)px\)$/.exec(style.clip);
  if (clip && (Number(clip[3]) <= Number(clip[1]) || Number(clip[2]) <= Number(clip[4]))) return true;
  return /^(?:inset\(\s*50%|circle\(\s*0(?:px)?\s)/.test(style.clipPath);
}

const fadesIn = (style: CSSStyleDeclaration): boolean =>
  style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);

/** Judges elements of one page; keeps what it learns about backgrounds for the elements after. */
export class VisibilityJudge {
  private readonly backgrounds = new Map<Element, Rgba | null>();
  private readonly canvas: Rgba | null;

  constructor(private readonly win: Window) {
    const scheme = win.getComputedStyle(win.document.documentElement).colorScheme;
    this.canvas = /dark/.test(scheme) ? null : [255, 255, 255, 1];
  }

  /** 'hide': the element and all inside it are unseen; 'text': its own text is; null: it shows. */
  judge(el: Element): Verdict {
    const tag = el.localName;
    if (UNJUDGED.has(tag)) return null;
    const style = this.win.getComputedStyle(el);
    if (style.display === 'none') return 'hide';
    if (Number(style.opacity) === 0 && this.staysTransparent(el, style)) return 'hide';
    const position = style.position;
    const placed = position === 'absolute' || position === 'fixed';
    if (placed && clipsAll(style)) return 'hide';
    if (placed || style.clipPath !== 'none') {
      const box = el.getBoundingClientRect();
      const scrolls = position !== 'fixed';
      const overflowHidden = /hidden|clip/.test(style.overflow);
      if ((box.width <= 1 || box.height <= 1) && (overflowHidden || clipsAll(style)) && tag !== 'img')
        return 'hide';
      if (placed) {
        const right = box.right + (scrolls ? this.win.scrollX : 0);
        const bottom = box.bottom + (scrolls ? this.win.scrollY : 0);
        if ((right <= 0 || bottom <= 0) && box.width + box.height > 0) return 'hide';
      }
    }
    // Each computed property read costs about a microsecond and a page has tens of thousands of
    // elements: an element with no text of its own and no picture is not asked about the rest.
    const replaced = REPLACED.has(tag);
    if (!replaced && !hasOwnText(el)) return null;
    const invisible = style.visibility === 'hidden' || style.visibility === 'collapse';
    if (replaced) return invisible ? 'hide' : null;
    if (invisible || parseFloat(style.fontSize) <= 1 || parseFloat(style.textIndent) <= -999) return 'text';
    const fill = rgba(style.getPropertyValue('-webkit-text-fill-color') || style.color);
    if (!fill) return null;
    // A shadow draws the text whatever its colour; read only where the colour alone would hide it (each
    // property read counts on a page of thousands of paragraphs).
    if (fill[3] === 0) return this.clipsBackgroundToText(el) || style.textShadow !== 'none' ? null : 'text';
    if (fill[3] !== 1) return null;
    return this.onOwnColour(el, style, position, fill) && style.textShadow === 'none' ? 'text' : null;
  }

  /**
   * Whether the element's text sits on a solid background of its own colour. Its own background
   * properties are read only as far as the answer needs (most text differs from what is behind it); what
   * is behind it is the parent's background, known once for all its children.
   */
  private onOwnColour(el: Element, own: CSSStyleDeclaration, ownPosition: string, fill: Rgba): boolean {
    const colour = rgba(own.backgroundColor);
    if (!colour || (colour[3] > 0 && colour[3] < 1)) return false;
    if (colour[3] === 1) return sameColour(fill, colour) && own.backgroundImage === 'none';
    const parent = flatParent(el);
    const behind = parent ? this.background(parent) : this.canvas;
    if (!behind || !sameColour(fill, behind)) return false;
    return (
      own.backgroundImage === 'none' && /^(?:static|relative)$/.test(ownPosition) && own.transform === 'none'
    );
  }

  /**
   * Transparent for good: not an image waiting to load (lazy loaders keep those at opacity 0), not content
   * that fades in (a transition or animation), not below the screen (reveal-on-scroll), and holding text.
   */
  private staysTransparent(el: Element, style: CSSStyleDeclaration): boolean {
    if (REPLACED.has(el.localName) || fadesIn(style)) return false;
    if (el.getBoundingClientRect().top >= this.win.innerHeight) return false;
    return /\S/.test(el.textContent ?? '');
  }

  /** Gradient text: transparent text that shows an ancestor's background through it. */
  private clipsBackgroundToText(el: Element): boolean {
    for (let a: Element | null = el; a; a = flatParent(a)) {
      const s = this.win.getComputedStyle(a);
      if (s.backgroundClip === 'text' || s.getPropertyValue('-webkit-background-clip') === 'text')
        return true;
    }
    return false;
  }

  /**
   * The solid colour text inside `el` is drawn on, or null when unknown: an image, a translucent colour,
   * or a positioned or transformed element on the way (it may sit over a picture the page draws elsewhere).
   */
  private background(el: Element): Rgba | null {
    // Climbs without recursion (pages nest thousands deep), then remembers the answer for the whole chain.
    const chain: Element[] = [];
    let found: Rgba | null | undefined;
    for (let a: Element | null = el; found === undefined; a = flatParent(a)) {
      if (!a) {
        found = this.canvas;
        break;
      }
      found = this.backgrounds.get(a) ?? (this.backgrounds.has(a) ? null : undefined);
      if (found !== undefined) break;
      chain.push(a);
      const s = this.win.getComputedStyle(a);
      const colour = rgba(s.backgroundColor);
      if (!colour || (colour[3] > 0 && colour[3] < 1) || s.backgroundImage !== 'none') found = null;
      else if (colour[3] === 1) found = colour;
      else if (!/^(?:static|relative)$/.test(s.position) || s.transform !== 'none') found = null;
    }
    for (const a of chain) this.backgrounds.set(a, found);
    return found;
  }
}
