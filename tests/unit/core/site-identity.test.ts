import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipTab, type ClipTabDeps } from '../../../utils/capture/clip-tab';
import { siteOf, withSiteIdentity } from '../../../utils/capture/site-identity';
import { ClipDatabase, clipTables } from '../../../utils/db/clip-db';
import { moveToTrash } from '../../../utils/db/trash';
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

  const clipPage = (extraction: Record<string, unknown>, replacing?: number) => {
    const deps: ClipTabDeps = {
      tabUrl: async () => String(extraction.url),
      inject: async () => ({ ok: true, extraction }),
      save: (x) => saveExtraction(db, x, defaultSettings),
      discard: (id) => db.transaction('rw', clipTables(db), () => moveToTrash(db, [id])).then(() => {}),
    };
    return clipTab(1, 'article', deps, 'ask', false, replacing);
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
    // Saved apart, and said to be the same story as the stored clip (the user may choose to merge).
    expect(second).toMatchObject({
      status: 'saved',
      title: 'Replaced',
      sameStory: { clipId: first.status === 'failed' ? -1 : first.clipId, title: 'The original' },
    });
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

  it('updates the original instead when the user chooses it, the copy going to the trash', async () => {
    const first = await clipPage(
      sampleExtraction({
        url: 'https://news.example/original',
        canonicalURL: 'https://news.example/original',
      }),
    );
    const syndicated = sampleExtraction({
      url: 'https://partner.example/copy',
      canonicalURL: 'https://news.example/original',
      title: 'The story, as the partner ran it',
      markdown: 'The story, with a new paragraph.',
    });
    const copy = await clipPage(syndicated);
    if (first.status !== 'saved' || copy.status !== 'saved') throw new Error('clip failed');
    expect(copy.sameStory?.clipId).toBe(first.clipId);
    const merged = await clipPage(syndicated, copy.clipId);
    expect(merged).toMatchObject({ status: 'updated', clipId: first.clipId });
    expect(await getClip(db, first.clipId)).toMatchObject({
      canonicalURL: 'https://news.example/original',
      markdown: 'The story, with a new paragraph.',
    });
    // The original's earlier text is a version; the copy is in the trash, not gone.
    expect(await db.versions.where('clipId').equals(first.clipId).count()).toBe(1);
    expect(await getClip(db, copy.clipId)).toBeUndefined();
    expect((await db.trash.toArray()).map((row) => row.clip.id)).toEqual([copy.clipId]);
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
