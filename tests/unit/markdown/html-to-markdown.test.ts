import { readFileSync } from 'node:fs';
import { htmlToMarkdown } from '../../../utils/markdown/html-to-markdown';
import { BASE_URL, md } from './convert';

describe('htmlToMarkdown', () => {
  it('accepts an HTML string', () => {
    expect(htmlToMarkdown('<p>Hello <a href="/x">world</a></p>', { baseUrl: BASE_URL })).toBe(
      'Hello [world](https://example.com/x)',
    );
  });

  it('does not change the element it is given', () => {
    const container = document.createElement('div');
    container.innerHTML = '<h1>T</h1><p>x<script>1</script></p>';
    htmlToMarkdown(container, { baseUrl: BASE_URL, title: 'T' });
    expect(container.innerHTML).toBe('<h1>T</h1><p>x<script>1</script></p>');
  });

  it('cleans an element it is handed over (owned) in place, with the same output', () => {
    const container = document.createElement('div');
    container.innerHTML = '<h1>T</h1><p>x<script>1</script></p>';
    expect(htmlToMarkdown(container, { baseUrl: BASE_URL, title: 'T', owned: true })).toBe('x');
    expect(container.innerHTML).toBe('<p>x</p>');
  });

  it('converts GFM strikethrough and keeps emphasis', () => {
    expect(md('<p><del>old</del> <s>gone</s> <em>new</em> <strong>bold</strong></p>')).toBe(
      '~~old~~ ~~gone~~ _new_ **bold**',
    );
  });

  it('never outputs active HTML from a hostile article', () => {
    const html = readFileSync('tests/fixtures/markdown/hostile.html', 'utf8');
    const out = md(html);
    // Escaped text (`\\<script>`) is fine: it renders as literal text.
    expect(out).not.toMatch(/(?<!\\)<(script|iframe|img|svg|object|embed|style)\b/i);
    expect(out).not.toMatch(/javascript:|vbscript:|data:text|onclick|onmouseover/i);
    expect(out).toBe(readFileSync('tests/fixtures/markdown/hostile.md', 'utf8').trimEnd());
  });
});
