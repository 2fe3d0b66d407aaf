import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { deleteClip, getClip, saveExtraction } from '../../../utils/db/clip-store';
import { listVersions, restoreVersion, undoRestore, versionStorage } from '../../../utils/db/clip-versions';
import { deleteForever, emptyTrash, listTrash, purgeTrash } from '../../../utils/db/trash';
import { indexPending } from '../../../utils/db/index-pending';
import { searchClipIds } from '../../../utils/search/search-clips';
import { defaultSettings } from '../../../utils/settings-schema';
import { sampleExtraction } from '../core/sample-clip';

let db: ClipDatabase;
let n = 0;
beforeEach(() => {
  db = new ClipDatabase(`versions-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const first = sampleExtraction({ markdown: 'First paragraph.\n\nSecond paragraph.' });
const changed = sampleExtraction({
  title: 'Harbour council approves tidal barrage',
  markdown:
    'First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n\nCorrection: An earlier version misnamed the council leader.',
});
const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`;

describe('versions of a clipped story', () => {
  it('keeps the earlier version when a re-clip finds the story changed, and says what changed', async () => {
    const saved = await saveExtraction(db, first, defaultSettings, at(20));
    const result = await saveExtraction(db, changed, defaultSettings, at(21));
    expect(result.status).toBe('updated');
    expect(result.status === 'updated' && result.change).toMatchObject({
      headline: true,
      added: 1,
      removed: 0,
      edited: 0,
      notes: ['correction'],
    });
    const versions = await listVersions(db, saved.clip.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      clipId: saved.clip.id,
      title: 'Harbour Council Votes: "Yes" to #Tidal Power',
      markdown: first.markdown,
      clippedAt: at(20),
      replacedAt: at(21),
    });
    expect((await getClip(db, saved.clip.id))?.title).toBe('Harbour council approves tidal barrage');
  });

  it('adds nothing for an identical re-clip, and keeps the post’s modified time', async () => {
    const saved = await saveExtraction(db, first, defaultSettings, at(20));
    const again = await saveExtraction(db, first, defaultSettings, at(22));
    expect(again.status === 'updated' && again.change).toBeNull();
    expect(await listVersions(db, saved.clip.id)).toEqual([]);
    expect((await getClip(db, saved.clip.id))?.modDatetime).toBe(saved.clip.modDatetime);
  });

  it('keeps at most the set number of versions, dropping the oldest; each says when it was clipped', async () => {
    const limited = { ...defaultSettings, versionLimit: 2 };
    const { clip } = await saveExtraction(db, first, limited, at(1));
    for (let day = 2; day <= 5; day++)
      await saveExtraction(db, sampleExtraction({ markdown: `Text of day ${day}.` }), limited, at(day));
    const versions = await listVersions(db, clip.id);
    expect(versions.map((v) => [v.markdown, v.clippedAt, v.replacedAt])).toEqual([
      ['Text of day 4.', at(4), at(5)],
      ['Text of day 3.', at(3), at(4)],
    ]);
    expect(await versionStorage(db)).toEqual({
      count: 2,
      bytes:
        2 *
        ('Text of day 4.'.length +
          versions[0]!.title.length +
          versions[0]!.description.length +
          versions[0]!.author.length),
    });
  });

  it('restores an earlier version as the current one, keeping the replaced one; undo puts it back', async () => {
    const { clip } = await saveExtraction(db, first, defaultSettings, at(20));
    await saveExtraction(db, changed, defaultSettings, at(21));
    const [old] = await listVersions(db, clip.id);
    const restored = await restoreVersion(db, clip.id, old!.versionId, 20, at(22));
    await indexPending(db);
    const now = await getClip(db, clip.id);
    expect(now).toMatchObject({ title: old!.title, markdown: first.markdown, slug: clip.slug });
    expect([...((await searchClipIds(db, 'third')) ?? [])]).toEqual([]);
    expect((await listVersions(db, clip.id)).map((v) => v.title)).toEqual([
      'Harbour council approves tidal barrage',
      old!.title,
    ]);

    await undoRestore(db, restored);
    expect((await getClip(db, clip.id))?.markdown).toBe(changed.markdown);
    expect([...((await searchClipIds(db, 'third')) ?? [])]).toEqual([clip.id]);
    expect(await listVersions(db, clip.id)).toHaveLength(1);
  });

  it('keeps the versions of a clip in the trash, and deletes them with it for good', async () => {
    const { clip } = await saveExtraction(db, first, defaultSettings, at(20));
    await saveExtraction(db, changed, defaultSettings, at(21));
    const other = await saveExtraction(
      db,
      sampleExtraction({ canonicalURL: 'https://b.example/x' }),
      defaultSettings,
      at(20),
    );
    await saveExtraction(
      db,
      sampleExtraction({ canonicalURL: 'https://b.example/x', markdown: 'New.' }),
      defaultSettings,
      at(21),
    );

    const trashed = await deleteClip(db, clip.id);
    expect(await listVersions(db, clip.id)).toHaveLength(1);
    await purgeTrash(db, Date.now(), 30);
    expect(await listVersions(db, clip.id)).toHaveLength(1);
    await deleteForever(db, [trashed.trashId]);
    expect(await listVersions(db, clip.id)).toEqual([]);
    expect(await listVersions(db, other.clip.id)).toHaveLength(1);

    await deleteClip(db, other.clip.id);
    expect(await listTrash(db)).toHaveLength(1);
    await emptyTrash(db);
    expect(await db.versions.count()).toBe(0);
  });

  it('refuses to restore a version of another clip, changing nothing', async () => {
    const a = await saveExtraction(db, first, defaultSettings, at(20));
    await saveExtraction(db, changed, defaultSettings, at(21));
    const b = await saveExtraction(
      db,
      sampleExtraction({ canonicalURL: 'https://b.example/y' }),
      defaultSettings,
    );
    const [version] = await listVersions(db, a.clip.id);
    await expect(restoreVersion(db, b.clip.id, version!.versionId)).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await listVersions(db, b.clip.id)).toEqual([]);
  });
});
