import { md } from './convert';

describe('footnote-ref rule', () => {
  it('turns note references into [^n]', () => {
    const html =
      '<p>Claim<sup id="fnref1"><a href="#fn1" class="footnote-ref">1</a></sup> and more<sup><a href="#fn2">[2]</a></sup>.</p>' +
      '<ol class="footnotes"><li id="fn1">One.</li><li id="fn2">Two.</li></ol>';
    expect(md(html)).toBe('Claim[^1] and more[^2].\n\n[^1]: One.\n\n[^2]: Two.');
  });

  it('leaves ordinary in-page links alone', () => {
    expect(md('<p>See <a href="#section-2">the second section</a>.</p><h2 id="section-2">Two</h2>')).toBe(
      'See [the second section](https://example.com/news/story.html#section-2).\n\n## Two',
    );
  });
});
