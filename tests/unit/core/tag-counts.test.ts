import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../utils/backup/restore-backup';
import { createBackup } from '../../../utils/backup/create-backup';
import { addClips } from '../../../utils/db/add-clips';
import { bulkAddTag, bulkDelete, bulkRemoveTag, bulkRestore, bulkSetFlags } from '../../../utils/db/bulk-ops';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { deleteClip, restoreClip, saveExtraction, updateClip } from '../../../utils/db/clip-store';
import { countRows, UNTAGGED } from '../../../utils/db/tag-counts';
import { deleteTag, mergeTags, renameTag } from '../../../utils/db/tag-ops';
import { applyImport } from '../../../utils/import/apply-import';
import { defaultSettings } from '../../../utils/settings-schema';

// These clips are tagged with their pages' keywords, as the `apply` tag mode does.
const settings = { ...defaultSettings, tagMode: 'apply' as const, applyTagCount: 10 };
import { expectPostingsInStep } from './postings-in-step';
import { sampleClip, sampleExtraction } from './sample-clip';

let db: ClipDatabase;
let n = 0;

beforeEach(() => {
  db = new ClipDatabase(`tag-counts-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const sorted = (rows: { tag: string; count: number }[]) =>
  [...rows].sort((a, b) => a.tag.localeCompare(b.tag)).map(({ tag, count }) => ({ tag, count }));

/**
 * The maintained counts equal the counts of the stored clips, recomputed from scratch; the search
 * postings likewise follow every write.
 */
async function expectInStep(): Promise<Record<string, number>> {
  await expectPostingsInStep(db);
  const clips = await db.clips.toArray();
  const maintained = sorted(await db.tagCounts.toArray());
  expect(maintained).toEqual(sorted(countRows(clips.map((c) => c.tags))));
  return Object.fromEntries(maintained.map((r) => [r.tag, r.count]));
}

const save = (i: number, tags: string[]) =>
  saveExtraction(db, sampleExtraction({ canonicalURL: `https://n.example/${i}`, tags }), settings);

describe('maintained tag counts', () => {
  it('follow saves, re-clips, edits, deletes and restores of single clips', async () => {
    const a = (await save(1, ['energy', 'local politics'])).clip;
    const b = (await save(2, [])).clip;
    expect(await expectInStep()).toEqual({ [UNTAGGED]: 1, energy: 1, 'local politics': 1 });
    await save(2, ['energy']); // a re-clip
    await expectInStep();
    await updateClip(db, a.id, { tags: ['Energy', 'harbour'] });
    expect(await expectInStep()).toMatchObject({ energy: 1, harbour: 1 });
    await updateClip(db, b.id, { tags: ['harbour'] });
    expect(await expectInStep()).toEqual({ energy: 1, harbour: 2 });
    await updateClip(db, a.id, { title: 'Only the title changes' });
    await expectInStep();
    await updateClip(db, a.id, { markdown: 'Turbines by the harbour, not the barrage.' });
    await expectInStep();
    const deleted = await deleteClip(db, b.id);
    await expectInStep();
    await restoreClip(db, deleted);
    await expectInStep();
    await updateClip(db, b.id, { tags: [] });
    expect(await expectInStep()).toEqual({ [UNTAGGED]: 1, energy: 1, harbour: 1 });
  });

  it('follow bulk edits, tag renames, merges and deletes, bulk delete and undo', async () => {
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push((await save(i, i % 3 ? ['energy', `t${i % 2}`] : [])).clip.id);
    await expectInStep();
    await bulkAddTag(db, ids.slice(0, 4), 'Archive');
    expect(await expectInStep()).toEqual({ archive: 4, energy: 4, t0: 2, t1: 2 });
    await bulkRemoveTag(db, ids, 'energy');
    await expectInStep();
    await bulkSetFlags(db, ids, { draft: false, featured: true });
    await expectInStep();
    await renameTag(db, 't1', 'archive'); // a merge by renaming
    await expectInStep();
    await mergeTags(db, 't0', 'archive');
    await expectInStep();
    await deleteTag(db, 'archive');
    expect(await expectInStep()).toEqual({ [UNTAGGED]: 6 });
    await bulkAddTag(db, [ids[0]!], 'kept');
    const gone = await bulkDelete(db, ids.slice(0, 3));
    expect(await expectInStep()).toEqual({ [UNTAGGED]: 3 });
    expect(await db.tagTerms.count()).toBe(3);
    await bulkRestore(db, gone);
    expect(await expectInStep()).toEqual({ [UNTAGGED]: 5, kept: 1 });
  });

  it('follow imports (add, replace, keep both), backups restored, and stay put when a write fails', async () => {
    await addClips(db, [
      sampleClip({ canonicalURL: 'https://n.example/a', tags: ['sora', 'ai'] }),
      sampleClip({ canonicalURL: 'https://n.example/b', tags: [] }),
    ]);
    await expectInStep();
    await applyImport(
      db,
      {
        ready: [
          sampleClip({ canonicalURL: 'https://n.example/a', tags: ['video'] }),
          sampleClip({ canonicalURL: 'https://n.example/b', tags: ['ai'] }),
          sampleClip({ canonicalURL: 'https://n.example/c', tags: ['ai'] }),
        ],
      },
      { 'https://n.example/a': 'replace', 'https://n.example/b': 'keep-both' },
    );
    expect(await expectInStep()).toEqual({ [UNTAGGED]: 1, ai: 2, video: 1 });
    const backup = await createBackup(db);
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
    expect(await expectInStep()).toEqual({});
    await restoreBackup(db, backup);
    expect(await expectInStep()).toEqual({ [UNTAGGED]: 1, ai: 2, video: 1 });
    const before = await db.tagCounts.toArray();
    const postingsBefore = await db.postings.toArray();
    // A duplicate URL fails the whole batch: nothing is stored, the counts included.
    await expect(
      addClips(db, [
        sampleClip({ canonicalURL: 'https://n.example/new', tags: ['fresh'] }),
        sampleClip({ canonicalURL: 'https://n.example/c', tags: ['fresh'] }),
      ]),
    ).rejects.toThrow();
    expect(await db.tagCounts.toArray()).toEqual(before);
    expect(await db.postings.toArray()).toEqual(postingsBefore);
    await expect(updateClip(db, 9999, { tags: ['x'] })).rejects.toThrow();
    expect(await db.tagCounts.toArray()).toEqual(before);
  });
});
