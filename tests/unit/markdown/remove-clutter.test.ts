import { md } from './convert';

const LONG =
  'This paragraph is real article text that happens to sit in a wrapper whose class mentions ads, and it is long enough — well over two hundred characters of prose — to count as a real paragraph that must stay.';

describe('remove-clutter pass', () => {
  it('removes share bars, newsletter boxes, ad labels and cookie banners', () => {
    const html =
      '<p>Story text.</p><div class="share-bar"><a href="/tw">Twitter</a> <a href="/fb">Facebook</a></div>' +
      '<p>Advertisement</p><div class="newsletter-signup"><h3>Get our newsletter</h3><p>Sign up for the best stories.</p></div>' +
      '<div id="cookie-consent">We use cookies. <a href="/ok">OK</a></div><div aria-label="Share this article"><a href="/m">Mail</a></div><p>End.</p>';
    expect(md(html)).toBe('Story text.\n\nEnd.');
  });

  it('removes "Read more" lines and "Related" link lists', () => {
    const html =
      '<p>Story.</p><p><strong>Read more:</strong> <a href="/x">Another story about the harbour</a></p>' +
      '<h2>Related stories</h2><ul><li><a href="/a">A story</a></li><li><a href="/b">B story</a></li></ul>' +
      '<div class="related-articles"><a href="/c">C</a></div><p>More.</p>';
    expect(md(html)).toBe('Story.\n\nMore.');
  });

  it('keeps real paragraphs, whatever their wrapper is called', () => {
    expect(md(`<div class="ad-wrapper"><p>${LONG}</p></div>`)).toBe(LONG);
    expect(
      md(
        '<p>Read more about the council in our <a href="/guide">guide</a> to local politics, published last year.</p>',
      ),
    ).toBe(
      'Read more about the council in our [guide](https://example.com/guide) to local politics, published last year.',
    );
  });

  it('does not match class names that merely contain the words', () => {
    expect(
      md('<div class="header shareable-quote"><p>Quote text.</p></div><p class="loaded">Body.</p>'),
    ).toBe('Quote text.\n\nBody.');
  });
});
