import { unsafeParts } from './inert-html';

// The checker itself: it must see what a hostile page could get into a built post.
describe('unsafeParts', () => {
  it('accepts what Markdown renders', () => {
    expect(
      unsafeParts(
        '<h2 id="x">T</h2><p><a href="https://a.example/" title="t">a</a> <img src="https://a.example/i.png" alt="i"><br><code class="language-js">x</code></p><table><tr><td align="left">c</td></tr></table>',
      ),
    ).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['<img src="https://a/i.png" onerror="alert(1)">', '<img onerror>'],
    ['<a href="javascript:alert(1)">x</a>', '<a href="javascript:alert(1)">'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', '<a href=" JaVaScRiPt:alert(1)">'],
    ['<img src="data:image/svg+xml,x">', '<img src="data:image/svg+xml,x">'],
    ['<iframe src="https://a/"></iframe>', '<iframe>'],
    ['<p style="background:url(https://t/p.gif)">x</p>', '<p style>'],
    ['<input type="text">', '<input type=text>'],
  ])('flags %s', (html, expected) => {
    expect(unsafeParts(html)).toContain(expected);
  });
});
