import { all } from '../../dom/find-elements';
import { classOf } from '../../dom/class-hints';
import { collapse } from '../../text/collapse';
import { removeNode } from '../../dom/tree-edit';

type Mode = 'inline' | 'display';

/** Tags the math passes look for, and the class names (KaTeX, Wikipedia) they also find math by. */
export const MATH_TAGS = ['script', 'math', 'mjx-container'];
export const MATH_CLASS = /katex|mwe-math-element|(?:^|\s)math-(?:inline|block|display)(?:$|\s)/;

/** Replaces a rendered formula with a marker element holding its TeX, for the math rule. */
function replaceWithTex(target: Element, tex: string, mode: Mode): void {
  const marker = target.ownerDocument.createElement('span');
  marker.setAttribute('data-md-math', mode);
  marker.textContent = tex.trim();
  target.parentNode?.replaceChild(marker, target);
}

/** `{\displaystyle x}` (Wikipedia's alttext) → `x`. */
const unwrapDisplaystyle = (tex: string): string => {
  const m = /^\s*\{\\displaystyle\s*([\s\S]*)\}\s*$/.exec(tex);
  return (m?.[1] ?? tex).trim();
};

function texOfMathMl(math: Element): string {
  const annotation = math.querySelector('annotation[encoding="application/x-tex"]');
  return unwrapDisplaystyle(annotation?.textContent ?? math.getAttribute('alttext') ?? '');
}

/**
 * The TeX a wrapper keeps in an attribute (Gemini's `data-math`, others' `data-tex` / `data-latex`): KaTeX's
 * rendering inside is aria-hidden, which Readability drops, so the attribute may be all that is left.
 */
function texAttributes(root: Element): void {
  for (const el of all(root, '[data-math], [data-tex], [data-latex]')) {
    if (!el.parentNode || !root.contains(el)) continue;
    const tex = el.getAttribute('data-math') ?? el.getAttribute('data-tex') ?? el.getAttribute('data-latex');
    if (!tex?.trim()) continue;
    const display = /block|display/.test(classOf(el)) || el.querySelector('.katex-display') !== null;
    replaceWithTex(el, tex, display ? 'display' : 'inline');
  }
}

function katex(root: Element): void {
  for (const el of all(root, '.katex-display, .katex')) {
    if (!el.parentNode || !root.contains(el)) continue;
    const tex = el.querySelector('annotation[encoding="application/x-tex"]')?.textContent;
    if (!tex) continue;
    const display = /katex-display/.test(classOf(el)) || el.querySelector('.katex-display') !== null;
    replaceWithTex(el, tex, display ? 'display' : 'inline');
  }
}

function mathJaxScripts(root: Element): void {
  for (const script of all(root, 'script[type^="math/tex"]')) {
    const display = /mode=display/.test(script.getAttribute('type') ?? '');
    // MathJax 2 renders next to the script: a preview and the typeset output.
    let prev = script.previousElementSibling;
    while (prev && /MathJax/.test(classOf(prev) + (prev.getAttribute('id') ?? ''))) {
      const before = prev.previousElementSibling;
      removeNode(prev);
      prev = before;
    }
    replaceWithTex(script, script.textContent ?? '', display ? 'display' : 'inline');
  }
}

function mathMl(root: Element): void {
  // Wikipedia wraps MathML and a fallback image together; MathJax 3 keeps MathML in an assistive copy.
  for (const wrapper of all(root, '.mwe-math-element, mjx-container')) {
    const math = wrapper.querySelector('math');
    const tex = math ? texOfMathMl(math) : '';
    const img = wrapper.querySelector('img[alt]');
    const fallback = tex || unwrapDisplaystyle(img?.getAttribute('alt') ?? '');
    if (!fallback) continue;
    const display =
      wrapper.getAttribute('display') === 'true' ||
      math?.getAttribute('display') === 'block' ||
      /mwe-math-fallback-image-display/.test(img ? classOf(img) : '');
    replaceWithTex(wrapper, fallback, display ? 'display' : 'inline');
  }
  for (const math of all(root, 'math')) {
    if (!math.parentNode) continue;
    const tex = texOfMathMl(math);
    if (tex) replaceWithTex(math, tex, math.getAttribute('display') === 'block' ? 'display' : 'inline');
    // Without TeX the MathML's text is the best rendering left, as one text node so that Turndown
    // doesn't escape each operator as if it started a line.
    else
      math.parentNode?.replaceChild(
        math.ownerDocument.createTextNode(collapse(math.textContent ?? '')),
        math,
      );
  }
}

/**
 * Finds math (TeX in data attributes, KaTeX, MathJax 2 scripts, MathJax 3, MathML with TeX) and marks it with
 * its TeX source.
 */
export function markMath(root: Element): void {
  texAttributes(root);
  katex(root);
  mathJaxScripts(root);
  mathMl(root);
}
