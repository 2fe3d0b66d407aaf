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

  it('keeps a figure caption even when its class calls it a credit', () => {
    const html =
      '<figure><img src="/m.jpg" alt=""><figcaption class="lead-image__credit"><span>The Moulin Rouge at night</span> ' +
      '<span>Jo Bloggs/Agency</span></figcaption></figure><p>Story.</p>';
    expect(md(html)).toBe(
      '![](https://example.com/m.jpg)\n\n*The Moulin Rouge at night Jo Bloggs/Agency*\n\nStory.',
    );
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

describe('remove-clutter sections and phrases', () => {
  it('removes related teasers, comment threads, author bios and sidebar widgets, excerpts and all', () => {
    const html =
      `<p>${LONG}</p><p>${LONG}</p><p>${LONG}</p>` +
      `<div id="related_posts"><article class="post_teaser"><p>${LONG}</p></article></div>` +
      `<div class="comments"><p>${LONG}</p></div>` +
      `<div class="author-bio"><p>${LONG}</p></div>` +
      '<div class="widget widget_rss"><ul><li>Feed item</li></ul></div><p>End.</p>';
    expect(md(html)).toBe(`${LONG}\n\n${LONG}\n\n${LONG}\n\nEnd.`);
  });

  it('keeps a named section that is half the text, and image wrappers named "widget"', () => {
    expect(md(`<div class="comments"><p>${LONG}</p></div><p>Short.</p>`)).toBe(`${LONG}\n\nShort.`);
    expect(md('<p>Story.</p><div class="dnd-widget-wrapper"><p>Caption of the photo.</p></div>')).toBe(
      'Story.\n\nCaption of the photo.',
    );
  });

  it('removes "read also" lines and headings in other languages, and photo credits', () => {
    const html =
      '<p>Texto.</p><p><strong>Lea también: <a href="/a">Otra noticia del día</a></strong></p>' +
      '<p>Text.</p><h3>Mehr zum Thema</h3><ul><li><a href="/b">Eine Meldung</a></li></ul>' +
      '<figure><img src="/p.jpg" alt="Hafen"><figcaption>Der Hafen. <span class="credit">Foto: Agentur</span></figcaption></figure>' +
      '<h3>Weitere Artikel</h3>';
    expect(md(html)).toBe('Texto.\n\nText.\n\n![Hafen](https://example.com/p.jpg)\n\n*Der Hafen.*');
  });

  it('removes short labels such as print links and "no comments"', () => {
    expect(md('<p>Story.</p><p>drucken</p><div>Keine Kommentare</div>')).toBe('Story.');
  });

  it('removes calls to follow, subscribe, get the app or rate the article, and ad disclosures', () => {
    const html =
      '<p>Story.</p><p><strong>Follow The Gleaner on Twitter and Instagram @JamaicaGleaner.</strong></p>' +
      '<p>Subscribe now to our <a href="/e">eNATION</a> edition for the full story.</p>' +
      '<p>For breaking news download the Nationnews apps for <a href="/i">iOS</a> and Android.</p>' +
      '<p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.</p>' +
      '<p><b>War der Artikel nützlich?</b></p><div>Abonnieren Sie jetzt den Newsletter.</div>' +
      '<p><em>*Werbung. Dieser Beitrag enthält Werbung für <a href="/m">Marini</a>.</em></p><p>- Anzeige -</p>' +
      '<p>Submit your letter to the editor via <a href="/f">this form</a>.</p><p>End.</p>';
    expect(md(html)).toBe('Story.\n\nEnd.');
  });

  it("keeps an author's tagline, and a long paragraph that mentions subscribing", () => {
    const tagline = '_Lucas Nolan is a reporter covering free speech. Follow him on Twitter or email him._';
    expect(md(`<p>Story.</p><p><em>${tagline.slice(1, -1)}</em></p>`)).toBe(`Story.\n\n${tagline}`);
    const long = `The council urged residents to subscribe now to the flood alerts. ${LONG}`;
    expect(md(`<p>${long}</p>`)).toBe(long);
  });
});
