import { md } from './convert';

describe('link rule', () => {
  it('resolves links against the base URL', () => {
    expect(
      md('<p><a href="/about">About</a>, <a href="other.html#x">other</a>, <a href="#top">top</a></p>'),
    ).toBe(
      '[About](https://example.com/about), [other](https://example.com/news/other.html#x), [top](https://example.com/news/story.html#top)',
    );
  });

  it('removes script-capable links but keeps their text', () => {
    const html =
      '<p><a href="javascript:alert(1)">js</a> <a href=" JaVa&#x09;script:alert(1)">tab</a> ' +
      '<a href="data:text/html,x">data</a> <a href="vbscript:x">vb</a> <a href="ftp://x/y">ftp</a> <a>none</a></p>';
    expect(md(html)).toBe('js tab data vb ftp none');
  });

  it('keeps mailto and tel links, and titles escaped', () => {
    expect(
      md('<p><a href="mailto:a@b.org">mail</a> <a href="tel:+1555" title="Say &quot;hi&quot;">call</a></p>'),
    ).toBe('[mail](mailto:a@b.org) [call](tel:+1555 "Say \\"hi\\"")');
  });

  it('escapes parentheses in URLs and drops empty links', () => {
    expect(md('<p><a href="/wiki/Foo_(bar)">Foo</a><a href="/x"> </a></p>')).toBe(
      '[Foo](https://example.com/wiki/Foo_\\(bar\\))',
    );
  });

  it('squeezes a card link with block content onto one line', () => {
    expect(md('<a href="/story"><h3>Headline</h3><p>Teaser text</p></a>')).toBe(
      '[Headline Teaser text](https://example.com/story)',
    );
  });

  it('cannot inject HTML through link text or titles', () => {
    expect(md('<p><a href="/x" title="&quot;><script>">&lt;img src=x onerror=alert(1)&gt;</a></p>')).toBe(
      '[\\<img src=x onerror=alert(1)>](https://example.com/x "\\"\\>\\<script\\>")',
    );
  });

  it('drops a same-page anchor around an image only (a gallery hook), keeping the image', () => {
    expect(md('<p><a href="#img-1"><img src="/p.jpg" alt="Pier"></a></p>')).toBe(
      '![Pier](https://example.com/p.jpg)',
    );
    expect(md('<p><a href="/big.jpg"><img src="/p.jpg" alt="Pier"></a></p>')).toBe(
      '[![Pier](https://example.com/p.jpg)](https://example.com/big.jpg)',
    );
    expect(md('<p>See <a href="#note-1">note 1</a>.</p>')).toBe(
      'See [note 1](https://example.com/news/story.html#note-1).',
    );
  });
});
