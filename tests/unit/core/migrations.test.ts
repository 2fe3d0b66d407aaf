import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { clipSummarySchema } from '../../../utils/clip-schema';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { getClip } from '../../../utils/db/clip-store';
import { tagWords } from '../../../utils/db/clip-search-words';
import { countRows } from '../../../utils/db/tag-counts';
import { MIGRATIONS } from '../../../utils/db/migrations';
import * as v1 from '../../../utils/db/migrations/v1';
import * as v2 from '../../../utils/db/migrations/v2';
import * as v3 from '../../../utils/db/migrations/v3';
import * as v4 from '../../../utils/db/migrations/v4';
import * as v5 from '../../../utils/db/migrations/v5';
import * as v6 from '../../../utils/db/migrations/v6';
import * as v7 from '../../../utils/db/migrations/v7';
import { listVersions } from '../../../utils/db/clip-versions';
import { versionSchema } from '../../../utils/versions/version-schema';
import { searchClipIds } from '../../../utils/search/search-clips';
import { expectPostingsInStep } from './postings-in-step';

type Version = { version: number; stores: Record<string, string>; example: Record<string, object[]> };

/** A real database at an old version, holding that version's example data (as its release wrote it). */
async function createAt(name: string, { version, stores, example }: Version): Promise<void> {
  const raw = new Dexie(name);
  raw.version(version).stores(stores);
  await raw.open();
  for (const [table, rows] of Object.entries(example)) await raw.table(table).bulkAdd(structuredClone(rows));
  if (version >= 4) {
    const terms = example.terms as { id: number; words: unknown }[];
    await v4.updatePostings(
      raw.table('postings'),
      terms.map(({ id, words }) => ({ id, before: [], after: v4.wordList(words) })),
    );
  }
  raw.close();
}

/** Upgrades to the latest version and checks what every upgrade must leave: valid, indexed, counted. */
async function upgraded(name: string): Promise<ClipDatabase> {
  const db = new ClipDatabase(name);
  await db.open();
  expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
  const clips = await db.clips.toArray();
  for (const clip of clips) expect(clipSummarySchema.safeParse(clip).error).toBeUndefined();
  await expectPostingsInStep(db);
  const byTag = (rows: { tag: string; count: number }[]) =>
    Object.fromEntries(rows.map(({ tag, count }) => [tag, count]));
  expect(byTag(await db.tagCounts.toArray())).toEqual(byTag(countRows(clips.map((c) => c.tags))));
  for (const clip of clips) expect((await db.tagTerms.get(clip.id))?.words).toEqual(tagWords(clip.tags));
  return db;
}

const search = async (db: ClipDatabase, query: string) => [...((await searchClipIds(db, query)) ?? [])];

describe('migrations, from a real database of every version with its example data', () => {
  it('v1 → v5: a record without tags is repaired to none; both clips listed, searchable, counted', async () => {
    const name = 'migrate-from-v1';
    await createAt(name, v1);
    const db = await upgraded(name);
    const rows = await db.clips.orderBy('id').toArray();
    expect(rows.map((r) => [r.id, r.title, r.tags])).toEqual([
      [1, 'Tidal power vote', ['energy', 'local politics']],
      [2, '新闻发布会', []],
    ]);
    expect(rows.every((r) => !('markdown' in r))).toBe(true);
    expect((await getClip(db, 2))?.markdown).toBe('Ferry timetable changes from Monday.');
    expect(await search(db, 'ferry')).toEqual([2]);
    expect(await search(db, 'council')).toEqual([1]);
    expect(await search(db, '新闻')).toEqual([2]);
    expect(await search(db, 'politics')).toEqual([1]);
    expect(await search(db, 'courier')).toEqual([]); // a link's address is not indexed
    expect(await db.tagCounts.get('')).toEqual({ tag: '', count: 1 });
    expect(await db.quarantine.count()).toBe(0);
    await db.delete();
  });

  for (const from of [v2, v3]) {
    it(`v${from.version} → v5: a tag list stored as one string becomes that tag, a missing draft flag a draft`, async () => {
      const name = `migrate-from-v${from.version}`;
      await createAt(name, from);
      const db = await upgraded(name);
      expect(await db.clips.get(2)).toMatchObject({
        tags: ['energy'],
        draft: true,
        title: 'Harbour turbines',
      });
      expect(await db.clips.get(1)).toMatchObject({ tags: ['transport'] });
      expect(await search(db, 'energy turb')).toEqual([2]);
      expect(await search(db, 'seven')).toEqual([1]);
      expect(await db.tagCounts.toArray()).toEqual(
        expect.arrayContaining([
          { tag: 'energy', count: 1 },
          { tag: 'transport', count: 1 },
        ]),
      );
      expect(await db.tagCounts.get('')).toBeUndefined();
      await db.delete();
    });
  }

  it('v4 → v5: a record without a title is kept aside with its body, and the rest is listed', async () => {
    const name = 'migrate-from-v4';
    await createAt(name, v4);
    const db = await upgraded(name);
    expect((await db.clips.orderBy('id').primaryKeys()).sort()).toEqual([1, 2]);
    const [kept] = await db.quarantine.toArray();
    expect(kept).toMatchObject({
      id: 3,
      reason: 'no title',
      record: { description: 'A page whose title was lost.' },
      body: { id: 3, markdown: 'Lighthouse keepers.' },
    });
    expect(await search(db, 'lighthouse')).toEqual([]);
    expect(await db.bodies.get(3)).toBeUndefined();
    expect(await db.tagCounts.get('energy')).toEqual({ tag: 'energy', count: 1 }); // clip 2's, not 3's
    await db.delete();
  });

  it('v5 opens as it is, trash and kept-aside records included', async () => {
    const name = 'migrate-at-v5';
    await createAt(name, v5);
    const db = await upgraded(name);
    expect(await db.clips.count()).toBe(1);
    expect((await db.trash.toArray())[0]?.clip.title).toBe('County budget deal');
    expect(await db.quarantine.count()).toBe(1);
    expect(await search(db, 'sundays')).toEqual([7]);
    await db.delete();
  });

  it('v5 → v6 adds the empty list of clips to index; v6 opens with a clip saved and not yet indexed', async () => {
    const fromV5 = 'migrate-v5-to-v6';
    await createAt(fromV5, v5);
    const upgradedV5 = new ClipDatabase(fromV5);
    expect(await upgradedV5.toIndex.count()).toBe(0);
    await upgradedV5.delete();

    const name = 'migrate-at-v6';
    await createAt(name, v6);
    const db = new ClipDatabase(name);
    // Found by its text before it is indexed, and by the index after (upgraded() indexes it).
    expect(await search(db, 'overnight')).toEqual([10]);
    await upgraded(name);
    expect(await db.toIndex.count()).toBe(0);
    expect(await search(db, 'overnight')).toEqual([10]);
    expect(await search(db, 'sundays')).toEqual([7]);
    await db.delete();
  });

  it('v6 → v7 adds an empty history of versions; v7 opens with an earlier version of a clip', async () => {
    const fromV6 = 'migrate-v6-to-v7';
    await createAt(fromV6, v6);
    const upgradedV6 = await upgraded(fromV6);
    expect(await upgradedV6.versions.count()).toBe(0);
    await upgradedV6.delete();

    const name = 'migrate-at-v7';
    await createAt(name, v7);
    const db = await upgraded(name);
    const versions = await listVersions(db, 10);
    expect(versions.map((v) => v.title)).toEqual(['Night ferry may return']);
    for (const row of versions) expect(versionSchema.safeParse(row).error).toBeUndefined();
    await db.delete();
  });

  it('repairs a damaged word list and an address only in `url`; an address already taken is kept aside', async () => {
    const name = 'migrate-damaged-v4';
    await createAt(name, {
      ...v4,
      example: {
        ...v4.example,
        clips: [
          v4.example.clips[0]!,
          { ...v4.example.clips[1]!, canonicalURL: 'not a url', url: 'https://courier.example/h' },
          { ...v4.example.clips[0]!, id: 3, canonicalURL: 42, title: 'Copy' },
        ],
        terms: [v4.example.terms[0]!, { id: 2, words: 42 }, v4.example.terms[2]!],
      },
    });
    const db = await upgraded(name);
    expect(await db.clips.get(2)).toMatchObject({ canonicalURL: 'https://courier.example/h' });
    expect(await search(db, 'estuary')).toEqual([2]);
    expect(await db.quarantine.toArray()).toEqual([
      expect.objectContaining({ id: 3, reason: 'address of another clip' }),
    ]);
    await db.delete();
  });

  it('a failed upgrade throws and keeps the older data as it was', async () => {
    const name = 'migrate-fails';
    await createAt(name, v4);
    // The real v5 upgrade runs, then the write fails (as on a full disk): nothing of it may stay.
    const failing = MIGRATIONS.map((m) =>
      m.version === 5
        ? {
            ...m,
            upgrade: async (tx: Parameters<NonNullable<typeof m.upgrade>>[0]) => {
              await m.upgrade!(tx);
              throw new Error('disk full');
            },
          }
        : m,
    );
    await expect(new ClipDatabase(name, failing).open()).rejects.toThrow(/disk full/);
    const raw = new Dexie(name);
    await raw.open(); // dynamic mode: whatever version is on disk
    expect(raw.verno).toBe(4);
    expect(raw.tables.map((t) => t.name).sort()).toEqual(Object.keys(v4.stores).sort());
    expect(await raw.table('clips').toArray()).toEqual(v4.example.clips);
    expect(await raw.table('bodies').toArray()).toEqual(v4.example.bodies);
    expect(await raw.table('terms').toArray()).toEqual(v4.example.terms);
    expect(await raw.table('tagCounts').count()).toBe(v4.example.tagCounts.length);
    raw.close();
    // The next open (a release that works) upgrades the kept data.
    const db = await upgraded(name);
    expect(await db.clips.count()).toBe(2);
    await db.delete();
  });
});
