import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { getClip } from '../../../utils/db/clip-store';
import { searchClipIds } from '../../../utils/search/search-clips';
import { countRows, UNTAGGED } from '../../../utils/db/tag-counts';
import { clipTerms } from '../../../utils/db/clip-search-words';
import { expectPostingsInStep, postingIds } from './postings-in-step';
import { sampleClip } from './sample-clip';

/** A real version-1 database, as the first release wrote it (whole clips in one table). */
async function createV1(name: string, rows: object[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime' });
  await v1.open();
  await v1.table('clips').bulkAdd(rows);
  v1.close();
}

/** A real version-2 database, as the second release wrote it (bodies apart, word indexes, no tag counts). */
async function createV2(name: string, clips: ReturnType<typeof sampleClip>[]): Promise<number[]> {
  const v2 = new Dexie(name);
  v2.version(2).stores({
    clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime',
    bodies: 'id',
    terms: 'id, *words',
    tagTerms: 'id, *words',
  });
  await v2.open();
  const ids: number[] = [];
  for (const { markdown, ...summary } of clips) {
    const id = (await v2.table('clips').add(summary)) as number;
    const { terms, tagTerms } = clipTerms(id, summary, markdown);
    await v2.table('bodies').add({ id, markdown });
    await v2.table('terms').add(terms);
    await v2.table('tagTerms').add(tagTerms);
    ids.push(id);
  }
  v2.close();
  return ids;
}

/** A real version-3 database (word lists under a multi-entry index, tag counts), with the given ids. */
async function createV3(name: string, clips: (ReturnType<typeof sampleClip> & { id: number })[]) {
  const v3 = new Dexie(name);
  v3.version(3).stores({
    clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime',
    bodies: 'id',
    terms: 'id, *words',
    tagTerms: 'id, *words',
    tagCounts: 'tag',
  });
  await v3.open();
  for (const { markdown, ...summary } of clips) {
    const { terms, tagTerms } = clipTerms(summary.id, summary, markdown);
    await v3.table('clips').add(summary);
    await v3.table('bodies').add({ id: summary.id, markdown });
    await v3.table('terms').add(terms);
    await v3.table('tagTerms').add(tagTerms);
  }
  await v3.table('tagCounts').bulkPut(countRows(clips.map((clip) => clip.tags)));
  v3.close();
}

const byTag = (rows: { tag: string; count: number }[]) =>
  Object.fromEntries(
    rows.map((r) => [r.tag, r.count]).sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

describe('clip database migrations', () => {
  it('v3 → v4 builds posting rows from the stored word lists, across id blocks', async () => {
    const name = 'migrate-v4-ok';
    // Ids on both sides of the 8192-id block edges, and a word in all of them.
    const ids = [1, 8191, 8192, 20000];
    await createV3(
      name,
      ids.map((id, i) => ({
        ...sampleClip({
          canonicalURL: `https://n.example/${id}`,
          tags: i ? ['energy'] : [],
          markdown: i === 2 ? 'Tidal turbines in the estuary.' : `Council meeting number ${i}.`,
        }),
        id,
      })),
    );
    const db = new ClipDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    await expectPostingsInStep(db);
    expect(await postingIds(db, 'title')).toEqual(ids); // from the title, in every clip
    expect(await postingIds(db, 'turbines')).toEqual([8192]);
    expect(await searchClipIds(db, 'council tid')).toEqual(new Set());
    expect(await searchClipIds(db, 'estu')).toEqual(new Set([8192]));
    expect(await searchClipIds(db, 'energy meet')).toEqual(new Set([8191, 20000]));
    expect(byTag(await db.tagCounts.toArray())).toEqual({ [UNTAGGED]: 1, energy: 3 });
    expect((await getClip(db, 20000))?.markdown).toBe('Council meeting number 3.');
    await db.delete();
  });

  it('a failed v3 → v4 upgrade throws and keeps the v3 data', async () => {
    const name = 'migrate-v4-broken';
    await createV3(name, [{ ...sampleClip({ canonicalURL: 'https://n.example/ok' }), id: 1 }]);
    const raw = new Dexie(name);
    await raw.open();
    await raw.table('terms').put({ id: 2, words: 42 }); // a corrupted word list
    raw.close();
    await expect(new ClipDatabase(name).open()).rejects.toThrow();
    const v3 = new Dexie(name);
    await v3.open(); // dynamic mode: whatever version is on disk
    expect(v3.verno).toBe(3);
    expect(v3.tables.map((t) => t.name).sort()).toEqual([
      'bodies',
      'clips',
      'tagCounts',
      'tagTerms',
      'terms',
    ]);
    expect(await v3.table('terms').where('words').equals('title').primaryKeys()).toEqual([1]);
    expect(await v3.table('bodies').count()).toBe(1);
    v3.close();
    await Dexie.delete(name);
  });

  it('v2 → v3 counts the tags of the stored clips and keeps everything else', async () => {
    const name = 'migrate-v3-ok';
    const ids = await createV2(name, [
      sampleClip({ canonicalURL: 'https://n.example/1', tags: ['energy', 'local politics'] }),
      sampleClip({ canonicalURL: 'https://n.example/2', tags: ['energy'], markdown: 'Turbines.' }),
      sampleClip({ canonicalURL: 'https://n.example/3', tags: [] }),
    ]);
    const db = new ClipDatabase(name);
    await db.open();
    expect(db.verno).toBe(4); // through v3, then v4
    expect(byTag(await db.tagCounts.toArray())).toEqual({
      [UNTAGGED]: 1,
      energy: 2,
      'local politics': 1,
    });
    expect(await db.clips.count()).toBe(3);
    expect((await getClip(db, ids[1]!))?.markdown).toBe('Turbines.');
    expect(await postingIds(db, 'turbines')).toEqual([ids[1]]);
    await expectPostingsInStep(db);
    expect(await db.tagTerms.where('words').equals('politics').primaryKeys()).toEqual([ids[0]]);
    await db.delete();
  });

  it('a failed v2 → v3 upgrade throws and keeps the v2 data', async () => {
    const name = 'migrate-v3-broken';
    await createV2(name, [sampleClip({ canonicalURL: 'https://n.example/ok' })]);
    const raw = new Dexie(name);
    await raw.open();
    await raw
      .table('clips')
      .add({ ...sampleClip({ canonicalURL: 'https://n.example/bad' }), tags: 'not-a-list' });
    raw.close();
    await expect(new ClipDatabase(name).open()).rejects.toThrow();
    const v2 = new Dexie(name);
    await v2.open(); // dynamic mode: whatever version is on disk
    expect(v2.verno).toBe(2);
    expect(v2.tables.map((t) => t.name).sort()).toEqual(['bodies', 'clips', 'tagTerms', 'terms']);
    expect(await v2.table('clips').count()).toBe(2);
    expect(await v2.table('bodies').count()).toBe(1);
    v2.close();
    await Dexie.delete(name);
  });

  it('v1 → v2 moves bodies to their own table and builds the search index', async () => {
    const name = 'migrate-ok';
    await createV1(name, [
      sampleClip({
        canonicalURL: 'https://n.example/1',
        title: 'Tidal power vote',
        markdown: 'The council approved the barrage.',
      }),
      sampleClip({
        canonicalURL: 'https://n.example/2',
        title: '新闻发布会',
        tags: ['politics'],
        markdown: '[link](https://x.example/zzz)',
      }),
    ]);
    const db = new ClipDatabase(name);
    await db.open();
    expect(db.verno).toBe(4); // through v2, v3 and v4
    const rows = await db.clips.toArray();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => !('markdown' in r))).toBe(true);
    expect((await getClip(db, rows[0]!.id))?.markdown).toBe('The council approved the barrage.');
    expect(await postingIds(db, 'barrage')).toEqual([rows[0]!.id]);
    expect(await postingIds(db, '新闻')).toEqual([rows[1]!.id]);
    expect(await db.tagTerms.where('words').equals('politics').primaryKeys()).toEqual([rows[1]!.id]);
    expect(await postingIds(db, 'zzz')).toEqual([]);
    expect(byTag(await db.tagCounts.toArray())).toEqual({ politics: 1, sora: 1 });
    await db.delete();
  });

  it('a failed upgrade throws and keeps the v1 data', async () => {
    const name = 'migrate-broken';
    await createV1(name, [
      sampleClip({ canonicalURL: 'https://n.example/ok' }),
      { ...sampleClip({ canonicalURL: 'https://n.example/bad' }), tags: 'not-a-list' },
    ]);
    await expect(new ClipDatabase(name).open()).rejects.toThrow();
    const v1 = new Dexie(name);
    await v1.open(); // dynamic mode: whatever version is on disk
    expect(v1.verno).toBe(1);
    expect(await v1.table('clips').count()).toBe(2);
    expect((await v1.table('clips').toArray())[0]).toHaveProperty('markdown', 'Body text.');
    v1.close();
    await Dexie.delete(name);
  });
});
