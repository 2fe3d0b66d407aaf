import { md } from './convert';

describe('figure-caption rule', () => {
  it('writes the caption as an italic line under the image', () => {
    const html =
      '<figure><img src="/a.jpg" alt="Harbour"><figcaption>The harbour at <em>dawn</em>. Photo: AP</figcaption></figure>';
    expect(md(html)).toBe('![Harbour](https://example.com/a.jpg)\n\n*The harbour at _dawn_. Photo: AP*');
  });

  it('collapses multi-line captions and skips empty ones', () => {
    expect(
      md('<figure><img src="/a.jpg" alt=""><figcaption><p>One</p><p>Two</p></figcaption></figure>'),
    ).toBe('![](https://example.com/a.jpg)\n\n*One Two*');
    expect(md('<figure><img src="/a.jpg" alt="x"><figcaption> </figcaption></figure>')).toBe(
      '![x](https://example.com/a.jpg)',
    );
  });
});
