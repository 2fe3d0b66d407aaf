import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipTab, type ClipTabDeps } from '../../../utils/capture/clip-tab';
import { siteOf, withSiteIdentity } from '../../../utils/capture/site-identity';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { getClip, saveExtraction } from '../../../utils/db/clip-store';
import { defaultSettings } from '../../../utils/settings-schema';
import { sampleExtraction } from './sample-clip';

describe('siteOf', () => {
  it.each([
    ['https://www.bbc.co.uk/news/1', 'bbc.co.uk'],
    ['https://m.bbc.co.uk/news/1', 'bbc.co.uk'],
    ['https://amp.nytimes.com/2026/a.amp.html', 'nytimes.com'],
    ['https://alice.github.io/post', 'alice.github.io'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['http://[::1]:8080/a', '::1'],
    ['http://localhost:3000/a', 'localhost'],
    ['not a url', null],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('withSiteIdentity', () => {
  it('keeps a canonical URL on the page’s own site as the identity', () => {
    const extraction = sampleExtraction({
      url: 'https://m.news.example/a?utm_source=x',
      canonicalURL: 'https://www.news.example/a',
    });
    expect(withSiteIdentity(extraction)).toEqual(extraction);
  });

  it('names the clip by the page’s own cleaned URL when the canonical is on another site', () => {
    const out = withSiteIdentity(
      sampleExtraction({
        url: 'https://mirror.example/copy?utm_source=x#top',
        canonicalURL: 'https://news.example/original',
      }),
    );
    expect(out).toMatchObject({
      url: 'https://mirror.example/copy?utm_source=x#top',
      canonicalURL: 'https://mirror.example/copy',
      claimedCanonicalURL: 'https://news.example/original',
      sources: { canonicalURL: 'url' },
    });
  });

  it('treats two blogs under one private suffix, and two IP hosts, as different sites', () => {
    for (const [url, canonicalURL] of [
      ['https://mallory.github.io/x', 'https://alice.github.io/post'],
      ['http://127.0.0.2/x', 'http://127.0.0.1/post'],
    ]) {
      expect(withSiteIdentity(sampleExtraction({ url, canonicalURL }))).toMatchObject({
        canonicalURL: url,
        claimedCanonicalURL: canonicalURL,
      });
    }
  });
});

describe('a page claiming another site’s canonical URL', () => {
  let db: ClipDatabase;
  let n = 0;
  beforeEach(() => {
    db = new ClipDatabase(`site-identity-${n++}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  const clipPage = (extraction: Record<string, unknown>) => {
    const deps: ClipTabDeps = {
      tabUrl: async () => String(extraction.url),
      inject: async () => ({ ok: true, extraction }),
      save: (x) => saveExtraction(db, x, defaultSettings),
    };
    return clipTab(1, 'article', deps);
  };

  it('is saved as a new clip and leaves the other site’s clip as it was', async () => {
    const original = sampleExtraction({
      url: 'https://news.example/original',
      canonicalURL: 'https://news.example/original',
      title: 'The original',
    });
    const first = await clipPage(original);
    expect(first).toMatchObject({ status: 'saved', title: 'The original' });
    const evil = sampleExtraction({
      url: 'https://evil.example/copy',
      canonicalURL: 'https://news.example/original',
      title: 'Replaced',
      markdown: 'Not the article.',
    });
    const second = await clipPage(evil);
    expect(second).toMatchObject({ status: 'saved', title: 'Replaced' });
    if (first.status === 'failed' || second.status === 'failed') throw new Error('clip failed');
    expect(await getClip(db, first.clipId)).toMatchObject({
      title: 'The original',
      canonicalURL: 'https://news.example/original',
      markdown: original.markdown,
    });
    expect(await getClip(db, second.clipId)).toMatchObject({
      canonicalURL: 'https://evil.example/copy',
      claimedCanonicalURL: 'https://news.example/original',
    });
    // Clipping the copy again updates the copy, never the original.
    expect(await clipPage(evil)).toMatchObject({ status: 'updated', clipId: second.clipId });
    expect(await db.clips.count()).toBe(2);
  });

  it('on the same site still updates the clip in place', async () => {
    await clipPage(
      sampleExtraction({ url: 'https://www.news.example/a', canonicalURL: 'https://www.news.example/a' }),
    );
    expect(
      await clipPage(
        sampleExtraction({ url: 'https://m.news.example/a', canonicalURL: 'https://www.news.example/a' }),
      ),
    ).toMatchObject({ status: 'updated' });
  });
});

describe('withSiteIdentity, for any page and any canonical it names', () => {
  const host = fc.constantFrom(
    'news.example',
    'www.news.example',
    'm.news.example',
    'evil.example',
    'alice.github.io',
    'mallory.github.io',
    'bbc.co.uk',
    'www.bbc.co.uk',
    'evil.co.uk',
    '127.0.0.1',
    'localhost',
  );
  const url = fc
    .tuple(fc.constantFrom('http', 'https'), host, fc.webPath(), fc.constantFrom('', '?utm_source=x', '#top'))
    .map(([scheme, h, path, tail]) => `${scheme}://${h}${path}${tail}`);

  it('names the clip by an address on the page’s own site, and keeps any other claim', () => {
    fc.assert(
      fc.property(url, url, (page, canonical) => {
        const out = withSiteIdentity(sampleExtraction({ url: page, canonicalURL: canonical }));
        expect(siteOf(String(out.canonicalURL))).toBe(siteOf(page));
        if (siteOf(canonical) === siteOf(page)) expect(out.canonicalURL).toBe(canonical);
        else expect(out.claimedCanonicalURL).toBe(canonical);
      }),
    );
  });
});
