import { md } from './convert';

describe('embed-frame rule', () => {
  it.each([
    [
      'https://www.youtube.com/embed/b_PXuEPxN50?rel=0',
      '[▶ Video: YouTube](https://www.youtube.com/watch?v=b_PXuEPxN50)',
    ],
    [
      'https://www.youtube-nocookie.com/embed/b_PXuEPxN50',
      '[▶ Video: YouTube](https://www.youtube.com/watch?v=b_PXuEPxN50)',
    ],
    ['//player.vimeo.com/video/45725193?h=a290f71a57', '[▶ Video: Vimeo](https://vimeo.com/45725193)'],
    [
      'https://platform.twitter.com/embed/Tweet.html?id=1675626836821409792',
      '[↗ Post: X](https://x.com/i/status/1675626836821409792)',
    ],
    [
      'https://www.instagram.com/p/CxYz123/embed/',
      '[↗ Post: Instagram](https://www.instagram.com/p/CxYz123/)',
    ],
    ['https://www.tiktok.com/embed/v2/7234', '[▶ Video: TikTok](https://www.tiktok.com/embed/v2/7234)'],
    [
      'https://open.spotify.com/embed/episode/abc',
      '[▶ Audio: Spotify](https://open.spotify.com/episode/abc)',
    ],
    ['https://maps.example.org/widget', '[↗ Embed: maps.example.org](https://maps.example.org/widget)'],
  ])('links the iframe %s', (src, expected) => {
    expect(md(`<p>Before</p><iframe src="${src}" title="YouTube video player"></iframe>`)).toBe(
      `Before\n\n${expected}`,
    );
  });

  it('adds a meaningful title and handles video/audio sources', () => {
    expect(md('<iframe src="https://player.vimeo.com/video/1" title="Harbour at dawn"></iframe>')).toBe(
      '[▶ Video: Vimeo – Harbour at dawn](https://vimeo.com/1)',
    );
    expect(md('<video controls><source src="/clip.mp4" type="video/mp4">No video</video>')).toBe(
      '[▶ Video: example.com](https://example.com/clip.mp4)',
    );
    expect(md('<audio src="https://cdn.example.org/a.mp3"></audio>')).toBe(
      '[▶ Audio: cdn.example.org](https://cdn.example.org/a.mp3)',
    );
  });

  it('drops the provider prefix players put before their title', () => {
    expect(
      md(
        '<iframe src="https://open.spotify.com/embed/playlist/7ck" title="Spotify Embed: Running Mix"></iframe>',
      ),
    ).toBe('[▶ Audio: Spotify – Running Mix](https://open.spotify.com/playlist/7ck)');
  });

  it('shows the frame’s own title, quotes and all, in the visible label', () => {
    expect(
      md(
        '<p>Before.</p><iframe src="https://www.youtube.com/embed/abc" title=\'The "Harbour" cut\'></iframe><p>After.</p>',
      ),
    ).toBe(
      'Before.\n\n[▶ Video: YouTube – The "Harbour" cut](https://www.youtube.com/watch?v=abc)\n\nAfter.',
    );
  });

  it('drops frames without a safe source', () => {
    expect(
      md(
        '<p>A</p><iframe src="javascript:alert(1)"></iframe><video></video><iframe srcdoc="<script>x</script>"></iframe><p>B</p>',
      ),
    ).toBe('A\n\nB');
  });
});
