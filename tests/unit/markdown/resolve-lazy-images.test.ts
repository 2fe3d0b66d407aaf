import { srcsetCandidates } from '../../../utils/markdown/prepare/resolve-lazy-images';
import { md } from './convert';

describe('resolve-lazy-images pass', () => {
  it('uses lazy-loading attributes over placeholders', () => {
    const html =
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/a.jpg" alt="A">' +
      '<img src="/img/placeholder.png" data-lazy-src="/b.jpg" alt="B">' +
      '<img data-original="/c.jpg" alt="C">';
    expect(md(html)).toBe(
      '![A](https://example.com/a.jpg)![B](https://example.com/b.jpg)![C](https://example.com/c.jpg)',
    );
  });

  it('picks the largest srcset or <picture> candidate', () => {
    const html =
      '<p><picture><source srcset="/s.webp 400w, /l.webp 1600w" type="image/webp"><img src="/m.jpg" srcset="/m.jpg 800w" alt="P"></picture></p>' +
      '<p><img data-srcset="/x1.jpg 1x, /x2.jpg 2x" alt="X"></p>';
    expect(md(html)).toBe('![P](https://example.com/l.webp)\n\n![X](https://example.com/x2.jpg)');
  });

  it('replaces a placeholder with its <noscript> fallback', () => {
    const html =
      '<div><img class="lazy" src="/blank.gif" alt="N"><noscript><img src="/real.jpg" alt="N"></noscript></div>';
    expect(md(html)).toBe('![N](https://example.com/real.jpg)');
  });

  it('drops spacers, data URIs and tracking pixels', () => {
    const html =
      '<p>Text<img src="data:image/png;base64,iVBOR" alt="x"><img src="/spacer.gif"><img src="/p.gif" width="1" height="1">' +
      '<img src="https://www.facebook.com/tr?id=1"><img src="https://sb.scorecardresearch.com/p?c1=2"></p>';
    expect(md(html)).toBe('Text');
  });

  it('splits srcset candidates at ", " so URLs may contain commas', () => {
    expect(
      srcsetCandidates('https://cdn/w_400,h_300/a.jpg 400w, https://cdn/w_800,h_600/a.jpg 800w'),
    ).toEqual([
      { url: 'https://cdn/w_400,h_300/a.jpg', size: 400 },
      { url: 'https://cdn/w_800,h_600/a.jpg', size: 800 },
    ]);
  });
});
