import { md } from './convert';

describe('math rule', () => {
  it('writes KaTeX from its TeX annotation', () => {
    const html =
      '<p>Euler: <span class="katex"><span class="katex-mathml"><math><semantics><mi>e</mi>' +
      '<annotation encoding="application/x-tex">e^{i\\pi}+1=0</annotation></semantics></math></span>' +
      '<span class="katex-html" aria-hidden="true">e iπ+1=0</span></span>.</p>' +
      '<span class="katex-display"><span class="katex"><math><semantics><annotation encoding="application/x-tex">\\int_0^1 x\\,dx</annotation></semantics></math></span></span>';
    expect(md(html)).toBe('Euler: $e^{i\\pi}+1=0$.\n\n$$\n\\int_0^1 x\\,dx\n$$');
  });

  it('writes MathJax scripts and MathML alttext', () => {
    const html =
      '<p>Inline <span class="MathJax_Preview">x</span><script type="math/tex">a_1 * b_2</script> and</p>' +
      '<script type="math/tex; mode=display">x^2</script><p><math alttext="{\\displaystyle \\alpha }"><mi>α</mi></math></p>';
    expect(md(html)).toBe('Inline $a_1 * b_2$ and\n\n$$\nx^2\n$$\n\n$\\alpha$');
  });

  it('keeps the text of MathML without TeX', () => {
    expect(md('<p>Value <math><mi>x</mi><mo>=</mo><mn>2</mn></math>.</p>')).toBe('Value x=2.');
  });
});
