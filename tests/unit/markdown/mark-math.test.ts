import { markMath } from '../../../utils/markdown/prepare/mark-math';

function marked(html: string): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  markMath(root);
  return root.innerHTML;
}

describe('mark-math pass', () => {
  it('replaces KaTeX (MathML and HTML copies) with one marker', () => {
    const html =
      '<span class="katex"><span class="katex-mathml"><math><semantics><annotation encoding="application/x-tex">x+1</annotation></semantics></math></span><span class="katex-html">x+1</span></span>';
    expect(marked(html)).toBe('<span data-md-math="inline">x+1</span>');
  });

  it('marks Wikipedia math from alttext, unwrapping \\displaystyle', () => {
    const html =
      '<span class="mwe-math-element"><span class="mwe-math-mathml-inline"><math alttext="{\\displaystyle a^{2}}"><mi>a</mi></math></span><img class="mwe-math-fallback-image-inline" alt="{\\displaystyle a^{2}}"></span>';
    expect(marked(html)).toBe('<span data-md-math="inline">a^{2}</span>');
  });

  it('reads TeX kept in a data attribute when the rendering is gone (Gemini: data-math)', () => {
    expect(
      marked('<span class="math-inline" data-math="\\forall x"><span class="katex"></span></span>'),
    ).toBe('<span data-md-math="inline">\\forall x</span>');
    expect(marked('<div class="math-block" data-tex="a^2+b^2=c^2"><span class="katex"></span></div>')).toBe(
      '<span data-md-math="display">a^2+b^2=c^2</span>',
    );
  });

  it('marks display MathML', () => {
    expect(marked('<math display="block" alttext="E=mc^2"><mi>E</mi></math>')).toBe(
      '<span data-md-math="display">E=mc^2</span>',
    );
  });
});
