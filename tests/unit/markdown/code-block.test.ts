import { codeLanguage, fenceFor } from '../../../utils/markdown/rules/code-block';
import { md } from './convert';

describe('code-block rule', () => {
  it('keeps newlines, including <br> inside pre', () => {
    expect(md('<pre><code>line 1\n  line 2<br>line 3</code></pre>')).toBe(
      '```\nline 1\n  line 2\nline 3\n```',
    );
  });

  it.each([
    ['<pre><code class="language-ts">x</code></pre>', 'ts'],
    ['<pre class="lang-python">x</pre>', 'python'],
    ['<div class="highlight highlight-source-js"><pre>x</pre></div>', 'js'],
    ['<pre data-lang="rust"><code>x</code></pre>', 'rust'],
    ['<div class="highlight-go"><pre>x</pre></div>', 'go'],
    ['<div class="highlight"><pre>x</pre></div>', ''],
  ])('takes the language from %s', (html, lang) => {
    expect(md(html)).toBe(`\`\`\`${lang}\nx\n\`\`\``);
  });

  it('uses a fence longer than any backtick run inside', () => {
    expect(md('<pre><code>```\nnested ````</code></pre>')).toBe('`````\n```\nnested ````\n`````');
    expect(fenceFor('no ticks')).toBe('```');
  });

  it('reads code text, not markup inside it', () => {
    expect(md('<pre><code><a href="/x">link</a> &lt;b&gt; *not* emphasis</code></pre>')).toBe(
      '```\nlink <b> *not* emphasis\n```',
    );
  });

  it('finds the language on a wrapper', () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML =
      '<div class="language-cpp highlighter-rouge"><div class="highlight"><pre>x</pre></div></div>';
    expect(codeLanguage(wrapper.querySelector('pre') as Element)).toBe('cpp');
  });
});
