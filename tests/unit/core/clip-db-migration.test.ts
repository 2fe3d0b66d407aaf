import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { getClip } from '../../../utils/db/clip-store';
import { sampleClip } from './sample-clip';

/** A real version-1 database, as the first release wrote it (whole clips in one table). */
async function createV1(name: string, rows: object[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime' });
  await v1.open();
  await v1.table('clips').bulkAdd(rows);
  v1.close();
}

describe('clip database migrations', () => {
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
    expect(db.verno).toBe(2);
    const rows = await db.clips.toArray();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => !('markdown' in r))).toBe(true);
    expect((await getClip(db, rows[0]!.id))?.markdown).toBe('The council approved the barrage.');
    expect(await db.terms.where('words').equals('barrage').primaryKeys()).toEqual([rows[0]!.id]);
    expect(await db.terms.where('words').equals('新闻').primaryKeys()).toEqual([rows[1]!.id]);
    expect(await db.tagTerms.where('words').equals('politics').primaryKeys()).toEqual([rows[1]!.id]);
    expect(await db.terms.where('words').equals('zzz').count()).toBe(0);
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
