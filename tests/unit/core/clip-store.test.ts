import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { deleteClip, getClip, restoreClip, saveExtraction, updateClip } from '../../../utils/db/clip-store';
import { StoreError } from '../../../utils/db/store-error';
import { postFilename } from '../../../utils/export/render-post';
import { indexPending } from '../../../utils/db/index-pending';
import { searchClipIds } from '../../../utils/search/search-clips';
import { defaultSettings } from '../../../utils/settings-schema';
import { sampleExtraction } from './sample-clip';
import { expectPostingsInStep, postingIds } from './postings-in-step';

let db: ClipDatabase;
let n = 0;
beforeEach(() => {
  db = new ClipDatabase(`test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('clip store', () => {
  it('inserts a validated clip with a slug, draft default and the page’s keywords as suggestions', async () => {
    const { status, clip } = await saveExtraction(
      db,
      sampleExtraction(),
      defaultSettings,
      '2026-03-20T10:00:00Z',
    );
    expect(status).toBe('saved');
    expect(clip).toMatchObject({
      id: expect.any(Number),
      slug: 'harbour-council-votes-yes-to-tidal-power',
      draft: true,
      featured: false,
      tags: [],
      tagSuggestions: ['energy', 'local politics'],
      pubDatetime: '2026-03-14T08:30:00Z',
      pubDay: '2026-03-14',
      pubDatetimeIsClipTime: false,
      savedAt: '2026-03-20T10:00:00Z',
    });
    expect(await db.clips.count()).toBe(1);
    expect(await db.clips.where('tags').equals('energy').count()).toBe(0);
  });

  it('tags a new clip with the top N keywords in `apply` mode, the user’s own tags first', async () => {
    const apply = { ...defaultSettings, tagMode: 'apply' as const, applyTagCount: 1 };
    await saveExtraction(
      db,
      sampleExtraction({ canonicalURL: 'https://a.example/1', tags: ['Politics'] }),
      apply,
    );
    const { clip } = await saveExtraction(
      db,
      sampleExtraction({ canonicalURL: 'https://a.example/2', tags: ['Energy', 'Politic'] }),
      apply,
    );
    expect(clip.tags).toEqual(['politics']);
    expect(clip.tagSuggestions).toEqual(['energy', 'politic']);
  });

  it('keeps neither tags nor suggestions when page keywords are off', async () => {
    const off = { ...defaultSettings, tagMode: 'off' as const };
    const { clip } = await saveExtraction(db, sampleExtraction(), off);
    expect(clip.tags).toEqual([]);
    expect(clip.tagSuggestions).toBeUndefined();
  });

  it('uses the clip time for a page with no date, and flags it', async () => {
    const { clip } = await saveExtraction(
      db,
      sampleExtraction({ pubDatetime: null, pubDay: null }),
      defaultSettings,
      '2026-03-20T10:00:00Z',
    );
    expect(clip.pubDatetime).toBe('2026-03-20T10:00:00Z');
    expect(clip.pubDatetimeIsClipTime).toBe(true);
    expect(clip.pubDay).toBeUndefined();
  });

  it('updates a re-clipped URL in place, keeping the user’s tags and edits', async () => {
    const first = await saveExtraction(db, sampleExtraction(), defaultSettings, '2026-03-20T10:00:00Z');
    await updateClip(db, first.clip.id, { title: 'My own title', tags: ['Keep Me'], draft: false });
    const again = await saveExtraction(
      db,
      sampleExtraction({
        title: 'A changed headline',
        description: 'New description',
        markdown: 'New body',
        tags: ['other'],
      }),
      { ...defaultSettings },
      '2026-03-21T10:00:00Z',
    );
    expect(again.status).toBe('updated');
    expect(again.clip).toMatchObject({
      id: first.clip.id,
      title: 'My own title',
      description: 'New description',
      markdown: 'New body',
      tags: ['keep me'],
      draft: false,
      // The page states no modified time: the post is not "updated" on the blog because it was re-clipped;
      // the re-clip's time is the clip's own.
      modDatetime: null,
      updatedAt: '2026-03-21T10:00:00Z',
      savedAt: '2026-03-20T10:00:00Z',
    });
    expect(await db.clips.count()).toBe(1);
  });

  it('keeps the article’s own modified time across re-clips, never the re-clip time (#17)', async () => {
    await saveExtraction(db, sampleExtraction(), defaultSettings, '2026-03-20T10:00:00Z');
    const stated = await saveExtraction(
      db,
      sampleExtraction({ markdown: 'Corrected body', modDatetime: '2026-03-20T18:00:00Z' }),
      defaultSettings,
      '2026-03-21T10:00:00Z',
    );
    expect(stated.clip.modDatetime).toBe('2026-03-20T18:00:00Z');
    // A later re-clip of a page that stopped stating it keeps the time the article gave.
    const silent = await saveExtraction(
      db,
      sampleExtraction({ markdown: 'Body changed again', modDatetime: null }),
      defaultSettings,
      '2026-03-25T10:00:00Z',
    );
    expect(silent.clip).toMatchObject({
      modDatetime: '2026-03-20T18:00:00Z',
      updatedAt: '2026-03-25T10:00:00Z',
    });
  });

  it('edits slug, address, image and modified time; refuses a slug or address another clip has (#17)', async () => {
    const a = await saveExtraction(db, sampleExtraction(), defaultSettings, '2026-03-20T10:00:00Z');
    const b = await saveExtraction(
      db,
      sampleExtraction({
        canonicalURL: 'https://news.example/other',
        url: 'https://news.example/other',
        title: 'Other story',
      }),
      defaultSettings,
      '2026-03-20T11:00:00Z',
    );
    await expect(updateClip(db, b.clip.id, { slug: a.clip.slug })).rejects.toThrow(
      /Another clip already uses this slug/,
    );
    await expect(updateClip(db, b.clip.id, { canonicalURL: a.clip.canonicalURL })).rejects.toThrow(
      /Another clip already has this address/,
    );
    expect(await getClip(db, b.clip.id)).toMatchObject({
      slug: b.clip.slug,
      canonicalURL: b.clip.canonicalURL,
    });

    const edited = await updateClip(db, b.clip.id, {
      slug: 'my-slug',
      canonicalURL: 'https://news.example/fixed',
      ogImage: 'https://news.example/lead.jpg',
      modDatetime: '2026-03-21T08:00:00Z',
    });
    expect(edited.edited).toEqual(expect.arrayContaining(['slug', 'canonicalURL', 'ogImage', 'modDatetime']));
    // A slug the user chose stays when the headline changes.
    expect((await updateClip(db, b.clip.id, { title: 'A new headline' })).slug).toBe('my-slug');
    // A re-clip of the page (now known by the corrected address) keeps the user's image and modified time.
    const again = await saveExtraction(
      db,
      sampleExtraction({
        canonicalURL: 'https://news.example/fixed',
        url: 'https://news.example/fixed',
        ogImage: 'https://news.example/page.jpg',
        modDatetime: '2026-03-22T08:00:00Z',
        markdown: 'Changed body',
      }),
      defaultSettings,
      '2026-03-23T10:00:00Z',
    );
    expect(again.clip).toMatchObject({
      id: b.clip.id,
      slug: 'my-slug',
      ogImage: 'https://news.example/lead.jpg',
      modDatetime: '2026-03-21T08:00:00Z',
    });
  });

  it('rejects an invalid extraction with a clear message and leaves stored clips untouched', async () => {
    await saveExtraction(db, sampleExtraction(), defaultSettings);
    const before = await db.clips.toArray();
    await expect(
      saveExtraction(db, { ...sampleExtraction(), canonicalURL: 'javascript:alert(1)' }, defaultSettings),
    ).rejects.toThrow(/not valid \(canonicalURL/);
    await expect(saveExtraction(db, { title: 'x' }, defaultSettings)).rejects.toBeInstanceOf(StoreError);
    // A stated day no zone gives for the published time, or one without any published time.
    await expect(
      saveExtraction(db, { ...sampleExtraction(), pubDay: '2026-03-16' }, defaultSettings),
    ).rejects.toThrow(/pubDay/);
    await expect(
      saveExtraction(db, { ...sampleExtraction(), pubDatetime: null }, defaultSettings),
    ).rejects.toThrow(/pubDay/);
    expect(await db.clips.toArray()).toEqual(before);
  });

  it('turns a storage failure into a message and keeps existing clips', async () => {
    await saveExtraction(db, sampleExtraction(), defaultSettings);
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.clips, 'add').mockRejectedValueOnce(quota);
    await expect(
      saveExtraction(db, sampleExtraction({ canonicalURL: 'https://news.example/other' }), defaultSettings),
    ).rejects.toThrow(/storage is full/);
    spy.mockRestore();
    expect(await db.clips.count()).toBe(1);
  });

  it('validates edits: an empty title is refused and nothing changes', async () => {
    const { clip } = await saveExtraction(db, sampleExtraction(), defaultSettings);
    await expect(updateClip(db, clip.id, { title: '   ' })).rejects.toThrow(/Title is required/);
    expect((await getClip(db, clip.id))?.title).toBe(clip.title);
  });

  it('deletes a clip and restores it with undo', async () => {
    const { clip } = await saveExtraction(db, sampleExtraction(), defaultSettings);
    const deleted = await deleteClip(db, clip.id);
    expect(await db.clips.count()).toBe(0);
    expect(await db.trash.count()).toBe(1);
    await restoreClip(db, deleted);
    expect(await getClip(db, clip.id)).toEqual(clip);
    expect(await db.trash.count()).toBe(0);
    await expect(deleteClip(db, 999)).rejects.toThrow(/no longer exists/);
  });

  it('keeps the search index in step with saves, edits and deletes', async () => {
    const find = (word: string) => postingIds(db, word);
    const { clip } = await saveExtraction(
      db,
      sampleExtraction({ markdown: 'Turbines in the estuary.' }),
      defaultSettings,
    );
    await indexPending(db);
    expect(await find('estuary')).toEqual([clip.id]);
    await updateClip(db, clip.id, { title: 'Barrage approved' });
    expect(await find('barrage')).toEqual([clip.id]);
    expect(await find('harbour')).toEqual([]);
    await expectPostingsInStep(db);
    await deleteClip(db, clip.id);
    expect(await find('estuary')).toEqual([]);
    expect(await db.bodies.count()).toBe(0);
    expect(await db.postings.count()).toBe(0);
  });

  it('answers a save before indexing its words, and search finds the clip meanwhile', async () => {
    const { clip } = await saveExtraction(
      db,
      sampleExtraction({ markdown: 'Turbines in the estuary.' }),
      defaultSettings,
    );
    // Saved with a marker: its words are not in the posting rows yet, and search reads its text instead.
    expect(await db.toIndex.toArray()).toEqual([{ id: clip.id, stamp: expect.any(String) }]);
    expect(await postingIds(db, 'estuary')).toEqual([]);
    expect(await searchClipIds(db, 'estuary')).toEqual(new Set([clip.id]));
    expect(await searchClipIds(db, 'turbines estu')).toEqual(new Set([clip.id]));
    expect(await searchClipIds(db, 'lagoon')).toEqual(new Set());
    expect(await indexPending(db)).toBe(1);
    expect(await db.toIndex.count()).toBe(0);
    expect(await postingIds(db, 'estuary')).toEqual([clip.id]);
    await expectPostingsInStep(db);

    // A re-clip with new text: until indexed, the old words (still in the rows) no longer find it.
    await saveExtraction(db, sampleExtraction({ markdown: 'Turbines in the lagoon.' }), defaultSettings);
    expect(await searchClipIds(db, 'estuary')).toEqual(new Set());
    expect(await searchClipIds(db, 'lagoon')).toEqual(new Set([clip.id]));
    await indexPending(db);
    expect(await postingIds(db, 'estuary')).toEqual([]);
    expect(await searchClipIds(db, 'lagoon')).toEqual(new Set([clip.id]));
  });

  it('indexes at the next start a clip whose worker stopped before indexing it', async () => {
    const name = db.name;
    const { clip } = await saveExtraction(db, sampleExtraction(), defaultSettings);
    db.close(); // the worker is stopped: nothing ran after the save
    db = new ClipDatabase(name);
    expect(await db.toIndex.count()).toBe(1);
    expect(await searchClipIds(db, 'harbour')).toEqual(new Set([clip.id]));
    await indexPending(db);
    expect(await postingIds(db, 'harbour')).toEqual([clip.id]);
    // A clip deleted before its indexing loses its marker and leaves no posting.
    const other = await saveExtraction(
      db,
      sampleExtraction({ canonicalURL: 'https://n.example/other', markdown: 'Lighthouse keepers.' }),
      defaultSettings,
    );
    await deleteClip(db, other.clip.id);
    expect(await indexPending(db)).toBe(0);
    expect(await db.toIndex.count()).toBe(0);
    expect(await postingIds(db, 'lighthouse')).toEqual([]);
    await expectPostingsInStep(db);
  });

  it('takes a published date from the user: stated from then on, named in the file, kept by a re-clip', async () => {
    const { clip } = await saveExtraction(
      db,
      sampleExtraction({ pubDatetime: null, pubDay: null }),
      defaultSettings,
      '2026-03-20T10:00:00Z',
    );
    expect(clip.pubDatetimeIsClipTime).toBe(true);
    const edited = await updateClip(db, clip.id, {
      pubDatetime: '2026-03-13T23:30:00Z',
      pubDay: '2026-03-14',
    });
    expect(edited).toMatchObject({
      pubDatetime: '2026-03-13T23:30:00Z',
      pubDay: '2026-03-14',
      pubDatetimeIsClipTime: false,
      edited: ['pubDatetime'],
    });
    expect(postFilename(edited, { profile: 'jekyll' })).toMatch(/^2026-03-14-/);
    // A re-clip of a page that now states another date keeps the user's.
    const { clip: again } = await saveExtraction(
      db,
      sampleExtraction({ pubDatetime: '2026-03-10T08:00:00Z', pubDay: '2026-03-10' }),
      defaultSettings,
    );
    expect(again).toMatchObject({ pubDatetime: '2026-03-13T23:30:00Z', pubDay: '2026-03-14' });
    await expect(updateClip(db, clip.id, { pubDatetime: 'yesterday' })).rejects.toThrow(/not valid/);
  });

  it('refuses an undo that would duplicate a URL clipped again meanwhile', async () => {
    const { clip } = await saveExtraction(db, sampleExtraction(), defaultSettings);
    const deleted = await deleteClip(db, clip.id);
    await saveExtraction(db, sampleExtraction(), defaultSettings);
    await expect(restoreClip(db, deleted)).rejects.toThrow(/clipped again/);
    expect(await db.clips.count()).toBe(1);
    expect(await db.trash.count()).toBe(1); // the deleted copy stays restorable
  });
});
