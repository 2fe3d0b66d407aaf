import { htmlToMarkdown } from '../../../utils/markdown/html-to-markdown';
import { markdownProblems } from './markdown-safety';

const md = (html: string) => htmlToMarkdown(html, { baseUrl: 'https://example.com/story' });
/** A `<` that could open a tag: not escaped, followed by a letter. */
const LIVE_TAG = /(^|[^\\])<[a-z]/i;

// The five routes by which pages got live HTML into exported posts (issue "Safe by construction"); each
// case failed before the whole-output pass.
describe('routes from page text to live HTML', () => {
  it.each([
    ['paragraph', '<p><span>&lt;</span>img src=x onerror=alert(1)&gt;</p>'],
    ['link text', '<p><a href="/a"><span>&lt;</span>img src=x onerror=alert(1)&gt;</a></p>'],
    ['heading', '<h2><b>&lt;</b>svg onload=alert(1)&gt;</h2>'],
    ['caption', '<figure><img src="/i.png"><figcaption><i>&lt;</i>script&gt;alert(1)</figcaption></figure>'],
    [
      'cell',
      '<table><tr><th>a</th></tr><tr><td><em>&lt;</em>img src=x onerror=alert(1)&gt;</td></tr></table>',
    ],
    ['quote', '<blockquote><p><span>&lt;</span>iframe src=javascript:alert(1)&gt;</p></blockquote>'],
    ['autolink', '<p><span>&lt;</span>javascript:alert(1)&gt;</p>'],
  ])('text split over elements (%s) stays text', (_where, html) => {
    const out = md(html);
    expect(markdownProblems(out)).toEqual([]);
    expect(out).not.toMatch(LIVE_TAG);
  });

  it('a private-use character between < and a tag name is removed before escaping, not after', () => {
    const out = md('<p>&lt;&#xE000;img src=x onerror=alert(1)&gt; and &lt;&#xE004;script&gt;</p>');
    expect(out).toBe('\\<img src=x onerror=alert(1)> and \\<script>');
    expect(markdownProblems(out)).toEqual([]);
  });

  it.each([
    [
      'data-math',
      '<p>Sum <span class="math-inline" data-math="x&lt;img src=x onerror=alert(1)&gt;"></span></p>',
    ],
    [
      'data-tex closing the $',
      '<p><span class="math-inline" data-tex="a$ &lt;img src=x onerror=alert(1)&gt; $b"></span></p>',
    ],
    [
      'KaTeX annotation',
      '<p><span class="katex"><math><semantics><annotation encoding="application/x-tex">&lt;script&gt;alert(1)&lt;/script&gt;</annotation></semantics></math></span></p>',
    ],
    ['MathML alttext', '<p><math alttext="[x](javascript:alert(1))"><mi>x</mi></math></p>'],
    [
      'display math',
      '<div class="katex-display" data-latex="a&lt;b\n\n&lt;img src=x onerror=alert(1)&gt;"></div>',
    ],
  ])('math from %s is TeX-escaped', (_where, html) => {
    const out = md(html);
    expect(markdownProblems(out)).toEqual([]);
    expect(out).not.toMatch(LIVE_TAG);
    expect(out).not.toMatch(/\]\(javascript/);
    expect(out).toMatch(/\$/);
  });

  it('keeps ordinary TeX readable and renderable', () => {
    expect(md('<p><span class="math-inline" data-math="a < b, \\{x\\}, \\$5, \\\\[2pt]"></span></p>')).toBe(
      '$a \\lt  b, \\{x\\}, \\$5, \\\\\\lbrack 2pt\\rbrack$',
    );
  });

  it.each([
    ['data-md-math', '<p><span data-md-math="inline">&lt;script&gt;alert(1)&lt;/script&gt;</span></p>'],
    [
      'data-md-fnref',
      '<p>x<sup data-md-fnref="]: javascript:alert(1) [x"><script>alert(1)</script>1</sup></p>',
    ],
    ['data-md-fndef', '<div data-md-fndef="1]: &lt;script&gt;alert(1)&lt;/script&gt;">note</div>'],
  ])('a page can’t forge the converter’s markers (%s)', (_where, html) => {
    const out = md(html);
    expect(markdownProblems(out)).toEqual([]);
    expect(out).not.toMatch(LIVE_TAG);
    expect(out).not.toMatch(/\]: javascript/);
  });

  it.each([
    ['{{< shortcode >}}', '{&#123;< shortcode >}}'],
    ['{{% notice %}}', '{&#123;&#37; notice %}}'],
    ['{% for p in site.posts %}', '{&#37; for p in site.posts %}'],
    ['{{ site.title }}', '{&#123; site.title }}'],
  ])('template syntax %s reaches the text inert', (text, expected) => {
    const out = md(`<p>${text}</p>`);
    expect(out).toBe(expected);
    expect(markdownProblems(out)).toEqual([]);
  });

  it('leaves code as the page wrote it', () => {
    expect(md('<p>Use <code>a&lt;b</code> and:</p><pre><code>{{&lt; x &gt;}} &lt;img&gt;</code></pre>')).toBe(
      'Use `a<b` and:\n\n```\n{{< x >}} <img>\n```',
    );
  });

  it('keeps adjacent code spans apart, so their backticks pair as written', () => {
    const out = md('<p><code>w</code><code>o``rd</code> &lt;img src=x onerror=alert(1)&gt;</p>');
    expect(out).toBe('`w` ```o``rd``` \\<img src=x onerror=alert(1)>');
    expect(markdownProblems(out)).toEqual([]);
  });

  it('escapes a page backtick, which could otherwise pair with a code span’s and expose its text', () => {
    const out = md('<p>a ` b <code>&lt;img src=x onerror=alert(1)&gt;</code></p>');
    expect(out).toBe('a \\` b `<img src=x onerror=alert(1)>`');
    expect(markdownProblems(out)).toEqual([]);
  });

  it('writes the table rule’s <br> and no other tag', () => {
    const out = md(
      '<table><tr><th>a</th><th>b</th></tr><tr><td><p>one</p><p>two &lt;br&gt;</p></td><td>c</td></tr></table>',
    );
    expect(out).toContain('one<br>two \\<br>');
  });
});
