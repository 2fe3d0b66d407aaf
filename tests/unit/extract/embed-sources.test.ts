import { describe, expect, it } from 'vitest';
import { EMBED_SOURCES } from '../../../utils/extract/embed-sources';

describe('EMBED_SOURCES', () => {
  it.each([
    'https://www.youtube.com/embed/b_PXuEPxN50',
    'https://www.youtube-nocookie.com/embed/b_PXuEPxN50',
    '//player.vimeo.com/video/45725193',
    'https://platform.twitter.com/embed/Tweet.html?id=1675626836821409792',
    'https://x.com/kepano/status/1675626836821409792',
    'https://www.instagram.com/p/CxYz123/embed/',
    'https://www.tiktok.com/embed/v2/7234',
    'https://open.spotify.com/embed/episode/abc',
    'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1',
    'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fx%2Fvideos%2F1',
    'https://www.google.com/maps/embed?pb=1',
  ])('keeps %s', (src) => {
    expect(EMBED_SOURCES.test(src)).toBe(true);
  });

  it.each([
    'https://platform.twitter.com/widgets/tweet_button.html?url=x',
    'https://www.facebook.com/plugins/like.php?href=x',
    'https://ads.example.net/frame?slot=42',
    'https://www.instagram.com/accounts/login/',
    'https://example.com/?u=youtube.com',
  ])('leaves out %s', (src) => {
    expect(EMBED_SOURCES.test(src)).toBe(false);
  });
});
