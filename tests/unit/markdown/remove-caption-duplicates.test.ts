import { md } from './convert';

const CAPTION = 'Crews replacing pipes on Loom Street last year.';

describe('remove-caption-duplicates pass', () => {
  it('keeps the caption once when the template prints it again beside or inside the figure', () => {
    const beside = `<figure><img src="/p.jpg" alt="Crews"><figcaption>${CAPTION}</figcaption></figure><p>${CAPTION}</p><p>Story.</p>`;
    const inside = `<figure><img src="/p.jpg" alt="Crews"><div class="lightbox"><span>${CAPTION}</span></div><figcaption>${CAPTION}</figcaption></figure><p>Story.</p>`;
    const want = `![Crews](https://example.com/p.jpg)\n\n*${CAPTION}*\n\nStory.`;
    expect(md(beside)).toBe(want);
    expect(md(inside)).toBe(want);
  });

  it('keeps the image when the copy sits with it, short captions, and different text', () => {
    const withImage = `<figure><div><img src="/p.jpg" alt=""><span>${CAPTION}</span></div><figcaption>${CAPTION}</figcaption></figure>`;
    expect(md(withImage)).toContain('![](https://example.com/p.jpg)');
    expect(md('<figure><img src="/p.jpg" alt=""><figcaption>AFP</figcaption></figure><p>AFP</p>')).toBe(
      '![](https://example.com/p.jpg)\n\n*AFP*\n\nAFP',
    );
    const other = `<figure><img src="/p.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure><p>${CAPTION} More text.</p>`;
    expect(md(other)).toContain(`${CAPTION} More text.`);
  });
});
