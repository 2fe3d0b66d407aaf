import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClips } from '../../../utils/db/add-clips';
import { bulkDelete, bulkRestore } from '../../../utils/db/bulk-ops';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { deleteClip, getClip, saveExtraction } from '../../../utils/db/clip-store';
import { countRows } from '../../../utils/db/tag-counts';
import { deleteForever, emptyTrash, listTrash, purgeTrash, restoreFromTrash } from '../../../utils/db/trash';
import { searchClipIds } from '../../../utils/search/search-clips';
import { defaultSettings } from '../../../utils/settings-schema';
import { expectPostingsInStep } from './postings-in-step';
import { sampleClip, sampleExtraction } from './sample-clip';

let db: ClipDatabase;
let n = 0;
beforeEach(() => {
  db = new ClipDatabase(`trash-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T12:00:00Z');
const search = async (query: string) => [...((await searchClipIds(db, query)) ?? [])];
const counts = async () =>
  Object.fromEntries((await db.tagCounts.toArray()).map(({ tag, count }) => [tag, count]));
/** The maintained tag counts equal a count of the clips in the library (the trash not among them). */
async function expectCountsInStep() {
  const clips = await db.clips.toArray();
  expect(await counts()).toEqual(
    Object.fromEntries(countRows(clips.map((c) => c.tags)).map(({ tag, count }) => [tag, count])),
  );
}

async function threeClips(): Promise<number[]> {
  return addClips(db, [
    sampleClip({ canonicalURL: 'https://n.example/1', tags: ['energy'], markdown: 'Tidal turbines.' }),
    sampleClip({ canonicalURL: 'https://n.example/2', tags: ['energy', 'ports'], markdown: 'Ferry.' }),
    sampleClip({ canonicalURL: 'https://n.example/3', tags: [], markdown: 'Lighthouse.' }),
  ]);
}

describe('trash', () => {
  it('delete moves a clip whole to the trash; restore makes it searchable and counted again', async () => {
    const [a, b] = await threeClips();
    const before = await getClip(db, b!);
    await deleteClip(db, b!, T0);
    expect(await db.clips.get(b!)).toBeUndefined();
    expect(await search('ferry')).toEqual([]);
    expect(await search('ports')).toEqual([]);
    expect(await counts()).toEqual({ energy: 1, '': 1 });
    const [row] = await listTrash(db);
    expect(row).toMatchObject({ deletedAt: '2026-03-01T12:00:00Z', clip: before });
    await expectPostingsInStep(db);

    const { restored, clashed } = await restoreFromTrash(db, [row!.trashId!]);
    expect(clashed).toEqual([]);
    expect(restored.map((c) => c.id)).toEqual([b]);
    expect(await getClip(db, b!)).toEqual(before);
    expect(await search('ferry')).toEqual([b]);
    expect(await search('ports')).toEqual([b]);
    expect(await search('energy')).toEqual([a, b]);
    expect(await db.trash.count()).toBe(0);
    await expectCountsInStep();
    await expectPostingsInStep(db);
  });

  it('bulk delete moves every clip to the trash; in-session undo brings them back and empties it', async () => {
    const ids = await threeClips();
    const deleted = await bulkDelete(db, ids);
    expect(await db.clips.count()).toBe(0);
    expect(await db.trash.count()).toBe(3);
    expect(await db.tagCounts.count()).toBe(0);
    await bulkRestore(db, deleted);
    expect(await db.clips.count()).toBe(3);
    expect(await db.trash.count()).toBe(0);
    expect(await search('lighthouse')).toEqual([ids[2]]);
    await expectCountsInStep();
  });

  it('a clip whose page was clipped again stays in the trash, and the newer clip is untouched', async () => {
    const { clip } = await saveExtraction(db, sampleExtraction(), defaultSettings);
    const { trashId } = await deleteClip(db, clip.id);
    const { clip: again } = await saveExtraction(
      db,
      sampleExtraction({ title: 'Newer title' }),
      defaultSettings,
    );
    const { restored, clashed } = await restoreFromTrash(db, [trashId]);
    expect(restored).toEqual([]);
    expect(clashed.map((c) => c.title)).toEqual([clip.title]);
    expect(await db.trash.count()).toBe(1);
    expect(await getClip(db, again.id)).toEqual(again);
    await expectCountsInStep();
  });

  it('a clip whose id was given to another meanwhile comes back under a new id', async () => {
    const [a] = await addClips(db, [sampleClip({ canonicalURL: 'https://n.example/a', title: 'First' })]);
    const { trashId } = await deleteClip(db, a!);
    await addClips(db, [sampleClip({ canonicalURL: 'https://n.example/b', title: 'Second' })], [a!]);
    const { restored } = await restoreFromTrash(db, [trashId]);
    expect(restored[0]!.id).not.toBe(a);
    expect((await getClip(db, a!))?.title).toBe('Second');
    expect((await getClip(db, restored[0]!.id))?.title).toBe('First');
    await expectPostingsInStep(db);
    await expectCountsInStep();
  });

  it('purges clips deleted more than 30 days ago, and only those', async () => {
    const [a, b] = await threeClips();
    await deleteClip(db, a!, T0);
    await deleteClip(db, b!, T0 + 10 * DAY);
    expect(await purgeTrash(db, T0 + 30 * DAY - 1000)).toBe(0);
    expect(await purgeTrash(db, T0 + 31 * DAY)).toBe(1);
    expect((await listTrash(db)).map((row) => row.clip.id)).toEqual([b]);
    expect(await purgeTrash(db, T0 + 41 * DAY)).toBe(1);
    expect(await db.trash.count()).toBe(0);
    expect(await db.clips.count()).toBe(1);
  });

  it('deletes forever one clip, or empties the whole trash', async () => {
    const ids = await threeClips();
    const [first, ...rest] = await bulkDelete(db, ids);
    await deleteForever(db, [first!.trashId]);
    expect((await listTrash(db)).map((row) => row.clip.id).sort()).toEqual(rest.map((c) => c.id).sort());
    expect(await emptyTrash(db)).toBe(2);
    expect(await db.trash.count()).toBe(0);
  });
});
