import { md } from './convert';

describe('clean-headings pass', () => {
  it('removes permalink anchors', () => {
    expect(
      md(
        '<h2 id="s">Section <a class="anchor" href="#s">#</a></h2><h3 id="t"><a href="#t" aria-hidden="true"></a>Other ¶</h3>',
      ),
    ).toBe('## Section\n\n### Other ¶');
  });

  it('unwraps a heading that links to itself, keeps other links', () => {
    expect(md('<h2><a href="#intro">Intro</a></h2><h2>See <a href="/x">this</a></h2>')).toBe(
      '## Intro\n\n## See [this](https://example.com/x)',
    );
  });
});
