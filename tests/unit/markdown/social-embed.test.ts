import { md } from './convert';

describe('social-embed rule', () => {
  it('quotes a tweet and links to it', () => {
    const html =
      '<blockquote class="twitter-tweet"><p lang="en">Hello <a href="https://t.co/x">world</a></p>— Kepano (@kepano) ' +
      '<a href="https://twitter.com/kepano/status/1675626836821409792?ref_src=twsrc">July 2, 2023</a></blockquote>';
    expect(md(html)).toBe(
      '> Hello [world](https://t.co/x)\n>\n> — Kepano (@kepano) [July 2, 2023](https://twitter.com/kepano/status/1675626836821409792?ref_src=twsrc)\n>\n> [↗ Post: X](https://x.com/i/status/1675626836821409792)',
    );
  });

  it('uses the permalink of Instagram and TikTok embeds', () => {
    expect(
      md(
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Abc/?utm=1"></blockquote>',
      ),
    ).toBe('> [↗ Post: Instagram](https://www.instagram.com/p/Abc/)');
    expect(
      md(
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@user/video/123"><section>Dance</section></blockquote>',
      ),
    ).toBe('> Dance\n>\n> [▶ Video: TikTok](https://www.tiktok.com/@user/video/123)');
  });

  it('leaves ordinary quotes alone', () => {
    expect(md('<blockquote><p>Quote</p></blockquote>')).toBe('> Quote');
  });
});
