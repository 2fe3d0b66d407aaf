import { md } from './convert';

describe('normalize-code-blocks pass', () => {
  it('removes Pygments line numbers', () => {
    const html =
      '<div class="highlight"><pre><span class="lineno">1</span><span class="kn">import</span> torch\n<span class="lineno">2</span>x = 1</pre></div>';
    expect(md(html)).toBe('```\nimport torch\nx = 1\n```');
  });

  it('removes a gutter cell of a code table (Hexo, Chroma, Rouge) and keeps <br> lines', () => {
    const html =
      '<figure class="highlight cpp"><table><tr><td class="gutter"><pre><span class="line">1</span><br><span class="line">2</span><br></pre></td>' +
      '<td class="code"><pre><span class="line">int a;</span><br><span class="line">int b;</span><br></pre></td></tr></table></figure>';
    expect(md(html)).toBe('```cpp\nint a;\nint b;\n```');
  });

  it('removes react-syntax-highlighter line numbers', () => {
    const html =
      '<pre><code class="language-java"><span class="linenumber react-syntax-highlighter-line-number">1</span><span>int a;</span>\n' +
      '<span class="linenumber react-syntax-highlighter-line-number">2</span><span>int b;</span></code></pre>';
    expect(md(html)).toBe('```java\nint a;\nint b;\n```');
  });

  it('puts line wrappers without newlines on their own lines', () => {
    expect(md('<pre><code><div class="line">a()</div><div class="line">b()</div></code></pre>')).toBe(
      '```\na()\nb()\n```',
    );
  });

  it('removes unselectable inline-styled line numbers', () => {
    const html =
      '<pre><code><span style="user-select:none;color:#7f7f7f"> 1</span>p = 61\n<span style="user-select: none"> 2</span>q = 97</code></pre>';
    expect(md(html)).toBe('```\np = 61\nq = 97\n```');
  });
});
