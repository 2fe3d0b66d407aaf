import { canonicalUrl, cleanUrl } from '../../../utils/metadata/canonical-url';

describe('cleanUrl', () => {
  it('removes tracking parameters and the fragment, keeping other parameters', () => {
    expect(
      cleanUrl(
        'https://n.example/a?utm_source=x&id=42&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ref_src=6&_ga=7#top',
        'https://n.example/',
      ),
    ).toBe('https://n.example/a?id=42');
    expect(cleanUrl('https://n.example/a?utm_medium=email', 'https://n.example/')).toBe(
      'https://n.example/a',
    );
  });

  it('resolves relative addresses and rejects non-http(s) ones', () => {
    expect(cleanUrl('../b/c', 'https://n.example/x/y/z')).toBe('https://n.example/x/b/c');
    expect(cleanUrl('javascript:void(0)', 'https://n.example/')).toBeNull();
    expect(cleanUrl('mailto:a@b.example', 'https://n.example/')).toBeNull();
    expect(cleanUrl('', 'https://n.example/')).toBeNull();
  });
});

describe('canonicalUrl', () => {
  it('takes the first usable candidate, else the cleaned page address', () => {
    const page = 'https://n.example/story?utm_source=rss#c';
    expect(canonicalUrl(page, page, [undefined, 'ftp://x', '/canonical'])).toBe(
      'https://n.example/canonical',
    );
    expect(canonicalUrl(page, page, [])).toBe('https://n.example/story');
  });
});
