import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { deleteClip, saveExtraction, updateClip } from '../../../utils/db/clip-store';
import { indexPending } from '../../../utils/db/index-pending';
import { searchClipIds } from '../../../utils/search/search-clips';
import { defaultSettings } from '../../../utils/settings-schema';
import { sampleExtraction } from './sample-clip';
import { expectPostingsInStep, postingIds } from './postings-in-step';

let db: ClipDatabase;
let n = 0;
beforeEach(() => {
  db = new ClipDatabase(`index-pending-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const lagoon = () => sampleExtraction({ markdown: 'Turbines in the lagoon.' });

describe('indexPending', () => {
  it('leaves the body’s words to the indexer: the save writes the tag words and a stamped marker', async () => {
    const { clip } = await saveExtraction(db, sampleExtraction({ markdown: 'Estuary.' }), defaultSettings);
    expect(await db.terms.get(clip.id)).toBeUndefined();
    expect(await db.tagTerms.get(clip.id)).toEqual({ id: clip.id, words: [] });
    const [marker] = await db.toIndex.toArray();
    expect(marker?.stamp).toMatch(/\S{8}/);
    await saveExtraction(db, sampleExtraction({ markdown: 'Lagoon.' }), defaultSettings);
    // A new save, a new stamp: the indexer tells the versions apart by it.
    expect((await db.toIndex.get(clip.id))?.stamp).not.toBe(marker?.stamp);
  });

  it('never writes the words of a version saved over while it was reading', async () => {
    const { clip } = await saveExtraction(
      db,
      sampleExtraction({ markdown: 'The estuary.' }),
      defaultSettings,
    );
    // The re-clip starts while the indexer reads the first version: it is saved before the indexer writes.
    const indexing = indexPending(db);
    await saveExtraction(db, lagoon(), defaultSettings);
    await indexing;
    await indexPending(db);
    expect(await db.toIndex.count()).toBe(0);
    expect(await postingIds(db, 'estuary')).toEqual([]);
    expect(await postingIds(db, 'lagoon')).toEqual([clip.id]);
    expect(await searchClipIds(db, 'estuary')).toEqual(new Set());
    await expectPostingsInStep(db);
  });

  it('an edit indexes the clip at once and clears its marker; a delete clears it too', async () => {
    const { clip } = await saveExtraction(db, sampleExtraction(), defaultSettings);
    await updateClip(db, clip.id, { title: 'Barrage approved' });
    expect(await db.toIndex.count()).toBe(0);
    expect(await postingIds(db, 'barrage')).toEqual([clip.id]);
    expect(await postingIds(db, 'nine')).toEqual([clip.id]);
    const other = await saveExtraction(
      db,
      sampleExtraction({ canonicalURL: 'https://news.example/other', markdown: 'Lighthouse keepers.' }),
      defaultSettings,
    );
    const indexing = indexPending(db);
    await deleteClip(db, other.clip.id);
    await indexing;
    expect(await db.toIndex.count()).toBe(0);
    expect(await postingIds(db, 'lighthouse')).toEqual([]);
    await expectPostingsInStep(db);
  });

  it('indexes a marker written before markers had stamps', async () => {
    const { clip } = await saveExtraction(db, sampleExtraction(), defaultSettings);
    await db.toIndex.put({ id: clip.id });
    expect(await indexPending(db)).toBe(1);
    expect(await postingIds(db, 'harbour')).toEqual([clip.id]);
    await expectPostingsInStep(db);
  });
});
