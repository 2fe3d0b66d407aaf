// Pages built from hostile fragments split across arbitrary element boundaries, for the property tests of
// the whole output (the unit test with marked, and the Astro build of npm run test:blogs).
import fc from 'fast-check';

/** Text a page might hold to become markup, a link, a code span, a template or a marker once converted. */
export const HOSTILE_TEXT = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<svg/onload=alert(1)>',
  '</p><iframe src=javascript:alert(1)>',
  '<javascript:alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<!-- x --><?php x ?><![CDATA[x]]>',
  '[x](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '\n[r]: javascript:alert(1)\n[r]',
  '[x](data:text/html,<script>alert(1)</script>)',
  '<vbscript:msgbox(1)>',
  '{{< shortcode >}}',
  '{{% x %}}',
  '{% for p in site.posts %}{{ p.title }}{% endfor %}',
  '`',
  '``',
  '\n```\n',
  '$',
  '$$',
  '\\',
  '\\\\',
  '\uE000',
  '\uE001',
  '\uE004',
  '\uE005',
  '\uE006',
  '\uE007',
  '\uF8FF',
  '&lt;',
  '&#60;',
  '|',
  '*',
  '_',
  '> ',
  '\n# ',
  '- ',
  '1. ',
  '](',
  ')',
  '"',
  "'",
  ' ',
  '\n\n',
  'word',
] as const;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A hostile string: a few fragments joined. */
const hostileString = fc
  .array(fc.constantFrom(...HOSTILE_TEXT), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

/** A wrapper for one piece of text (escaped as the page would); some put the text in an attribute. */
type Wrap = (text: string) => string;
const INLINE_WRAPS: Wrap[] = [
  (t) => escapeHtml(t),
  (t) => `<span>${escapeHtml(t)}</span>`,
  (t) => `<em>${escapeHtml(t)}</em>`,
  (t) => `<strong>${escapeHtml(t)}</strong>`,
  (t) => `<a href="https://example.com/a">${escapeHtml(t)}</a>`,
  (t) => `<a href="${escapeHtml(t)}">link</a>`,
  (t) => `<a href="https://example.com/?q=${escapeHtml(t)}" title="${escapeHtml(t)}">t</a>`,
  (t) => `<code>${escapeHtml(t)}</code>`,
  (t) => `<kbd>${escapeHtml(t)}</kbd>`,
  (t) => `<sup>${escapeHtml(t)}</sup>`,
  (t) => `<del>${escapeHtml(t)}</del>`,
  (t) => `<img src="https://example.com/i.png" alt="${escapeHtml(t)}" title="${escapeHtml(t)}">`,
  (t) => `<img src="${escapeHtml(t)}" alt="i">`,
  (t) => `<span class="math-inline" data-math="${escapeHtml(t)}"></span>`,
  (t) => `<span class="math-block" data-tex="${escapeHtml(t)}"></span>`,
  (t) => `<span class="katex-display" data-latex="${escapeHtml(t)}"></span>`,
  (t) =>
    `<span class="katex"><math><semantics><annotation encoding="application/x-tex">${escapeHtml(t)}</annotation></semantics></math></span>`,
  (t) => `<math alttext="${escapeHtml(t)}"><mi>x</mi></math>`,
  (t) => `<script type="math/tex">${escapeHtml(t)}</script>`,
  (t) => `<span data-md-math="inline">${escapeHtml(t)}</span>`,
  (t) => `<sup data-md-fnref="${escapeHtml(t)}">1</sup>`,
  (t) => `<span data-md-code="1">${escapeHtml(t)}</span>`,
];
const BLOCK_WRAPS: Wrap[] = [
  (t) => `<p>${t}</p>`,
  (t) => `<h2>${t}</h2>`,
  (t) => `<blockquote><p>${t}</p></blockquote>`,
  (t) => `<ul><li>${t}</li></ul>`,
  (t) => `<ol><li><p>${t}</p></li></ol>`,
  (t) => `<figure><img src="https://example.com/f.png" alt="f"><figcaption>${t}</figcaption></figure>`,
  (t) => `<table><tr><th>h</th><th>${t}</th></tr><tr><td>${t}</td><td>c</td></tr></table>`,
  (t) => `<pre><code>${t}</code></pre>`,
  (t) => `<div data-md-fndef="${escapeHtml(t)}">${t}</div>`,
];

/** One hostile string cut at arbitrary points, each piece in its own (random) element. */
const splitRun = hostileString.chain((s) =>
  fc
    .tuple(
      fc.uniqueArray(fc.nat({ max: Math.max(0, s.length) }), { maxLength: 5 }),
      fc.array(fc.nat({ max: INLINE_WRAPS.length - 1 }), { minLength: 6, maxLength: 6 }),
    )
    .map(([cuts, wraps]) => {
      const points = [0, ...cuts.sort((a, b) => a - b), s.length];
      const pieces: string[] = [];
      for (let i = 1; i < points.length; i++) pieces.push(s.slice(points[i - 1], points[i]));
      return pieces.map((piece, i) => INLINE_WRAPS[wraps[i % wraps.length]!]!(piece)).join('');
    }),
);

/** A block of one or more split runs, possibly nested in another block. */
const block = fc
  .tuple(
    fc.array(splitRun, { minLength: 1, maxLength: 3 }),
    fc.nat({ max: BLOCK_WRAPS.length - 1 }),
    fc.option(fc.nat({ max: BLOCK_WRAPS.length - 1 }), { nil: undefined }),
  )
  .map(([runs, outer, inner]) => {
    const content = runs.join(' ');
    const once = BLOCK_WRAPS[outer]!(content);
    return inner === undefined ? once : BLOCK_WRAPS[inner]!(once);
  });

/** An article body of hostile blocks. */
export const hostileArticle = fc
  .array(block, { minLength: 1, maxLength: 5 })
  .map((blocks) => `<article>${blocks.join('\n')}</article>`);
