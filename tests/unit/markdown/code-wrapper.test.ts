import { md } from './convert';

describe('code-wrapper rule', () => {
  it('converts the code block inside a <code> that wraps a highlighter table', () => {
    const html =
      '<div class="language-cpp highlighter-rouge"><div class="highlight"><code><table class="rouge-table"><tr>' +
      '<td class="rouge-gutter gl"><pre class="lineno">1\n2\n</pre></td><td class="rouge-code"><pre>int a;\nint b;\n</pre></td></tr></table></code></div></div>';
    expect(md(html)).toBe('```cpp\nint a;\nint b;\n```');
  });

  it('converts a <pre> nested in <code>', () => {
    expect(md('<p>Intro</p><code class="language-sh"><pre>ls -la</pre></code>')).toBe(
      'Intro\n\n```sh\nls -la\n```',
    );
  });
});
