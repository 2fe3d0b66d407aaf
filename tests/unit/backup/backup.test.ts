import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupSchema } from '../../../utils/backup/backup-schema';
import { backupFilename, backupToJson, createBackup } from '../../../utils/backup/create-backup';
import { readBackup } from '../../../utils/backup/read-backup';
import { restoreBackup } from '../../../utils/backup/restore-backup';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { saveExtraction } from '../../../utils/db/clip-store';
import { planImport } from '../../../utils/import/plan-import';
import { defaultSettings } from '../../../utils/settings-schema';
import { sampleClip, sampleExtraction } from '../core/sample-clip';

let db: ClipDatabase;
let n = 0;
beforeEach(() => {
  db = new ClipDatabase(`test-backup-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const NOW = '2026-04-01T12:00:00Z';

async function fill() {
  await saveExtraction(db, sampleExtraction(), defaultSettings, '2026-03-20T10:00:00Z');
  await saveExtraction(
    db,
    sampleExtraction({ canonicalURL: 'https://news.example/2', title: 'Second', sources: { title: 'h1' } }),
    defaultSettings,
    '2026-03-21T10:00:00Z',
  );
}

describe('backup', () => {
  it('holds every field of every clip, versioned, and validates', async () => {
    await fill();
    const backup = await createBackup(db, NOW);
    expect(backup).toMatchObject({ format: 'newsclip-backup', version: 2, exportedAt: NOW });
    expect(backupSchema.parse(backup)).toEqual(backup);
    expect(backup.clips.map((c) => c.id)).toEqual([1, 2]);
    expect(backup.clips[0]).toMatchObject({
      markdown: sampleExtraction().markdown,
      sources: sampleExtraction().sources,
    });
    expect(backupFilename(NOW)).toBe('newsclip-backup-2026-04-01.json');
  });

  it('backup → wipe → restore → backup is identical, ids included', async () => {
    await fill();
    const json = backupToJson(await createBackup(db, NOW));
    await Promise.all(db.tables.map((t) => t.clear()));
    const { result, problems } = await restoreBackup(db, json);
    expect(problems).toEqual([]);
    expect(result.added).toBe(2);
    expect(backupToJson(await createBackup(db, NOW))).toBe(json);
  });

  it('carries each clip’s earlier versions: backup → wipe → restore → backup is identical (#14)', async () => {
    await fill();
    await saveExtraction(
      db,
      sampleExtraction({ markdown: 'Rewritten.' }),
      defaultSettings,
      '2026-03-22T10:00:00Z',
    );
    await saveExtraction(
      db,
      sampleExtraction({ markdown: 'Again.' }),
      defaultSettings,
      '2026-03-23T10:00:00Z',
    );
    const backup = await createBackup(db, NOW);
    expect(backup.clips[0]?.versions?.map((v) => [v.markdown, v.clippedAt])).toEqual([
      [sampleExtraction().markdown, '2026-03-20T10:00:00Z'],
      ['Rewritten.', '2026-03-22T10:00:00Z'],
    ]);
    expect(backup.clips[1]).not.toHaveProperty('versions');
    const json = backupToJson(backup);
    await Promise.all(db.tables.map((t) => t.clear()));
    await restoreBackup(db, json);
    expect(backupToJson(await createBackup(db, NOW))).toBe(json);
    // Restoring it again over itself (replace) stores no version twice.
    await restoreBackup(db, json, { [sampleExtraction().canonicalURL]: 'replace' });
    expect(await db.versions.count()).toBe(2);
  });

  it('still reads a version 1 backup (no versions)', async () => {
    const doc = {
      format: 'newsclip-backup',
      version: 1,
      exportedAt: NOW,
      clips: [{ ...sampleClip(), id: 4 }],
    };
    const { result, problems } = await restoreBackup(db, JSON.stringify(doc));
    expect([result.added, problems]).toEqual([1, []]);
    expect(await db.versions.count()).toBe(0);
  });

  it('reports bad records by index and reason, and still restores the good ones', async () => {
    const good = { ...sampleClip({ canonicalURL: 'https://a.example/1' }), id: 3 };
    const doc = {
      format: 'newsclip-backup',
      version: 1,
      exportedAt: NOW,
      clips: [
        good,
        { ...good, id: 4, title: ' ', canonicalURL: 'https://a.example/2' },
        'junk',
        { ...good, id: 5, canonicalURL: 'https://a.example/3' },
      ],
    };
    const read = readBackup(JSON.stringify(doc));
    expect(read.ok && read.problems).toEqual([
      { index: 1, reason: 'title: Title is required' },
      { index: 2, reason: expect.stringMatching(/^record: /) },
    ]);
    const { result, problems } = await restoreBackup(db, doc);
    expect(problems.map((p) => p.index)).toEqual([1, 2]);
    expect(result.added).toBe(2);
    expect((await db.clips.toArray()).map((c) => c.id)).toEqual([3, 5]);
    const plan = planImport([{ name: 'b.json', data: JSON.stringify(doc) }]);
    expect(plan.readyFiles).toEqual(['b.json#clips[0]', 'b.json#clips[3]']);
    expect(plan.errors.map((e) => e.message)).toEqual([
      'clips[1]: title: Title is required',
      expect.stringMatching(/^clips\[2\]: /),
    ]);
  });

  it('refuses what is not a backup, or a newer version', () => {
    expect(readBackup('{oops')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Not valid JSON/),
    });
    expect(readBackup({ format: 'other', version: 1, clips: [] })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a Newsclip backup/),
    });
    expect(readBackup({ format: 'newsclip-backup', version: 3, clips: [] })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/newer Newsclip/),
    });
  });
});
