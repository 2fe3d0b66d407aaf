import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clip } from '../../../utils/clip-schema';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { getClips } from '../../../utils/db/clip-store';
import { searchClipIds } from '../../../utils/search/search-clips';
import { applyImport, copyURL } from '../../../utils/import/apply-import';
import { findConflicts, storedCanonicalURLs } from '../../../utils/import/find-conflicts';
import type { ImportPlan } from '../../../utils/import/import-plan';
import { sampleClip } from '../core/sample-clip';

let db: ClipDatabase;
let n = 0;
beforeEach(() => {
  db = new ClipDatabase(`test-apply-import-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const url = (p: string) => `https://news.example/${p}`;
const plan = (...clips: Clip[]): ImportPlan => ({
  ready: clips,
  readyFiles: clips.map((c) => `${c.slug}.md`),
  warnings: [],
  errors: [],
});
const all = async () => getClips(db, await db.clips.toCollection().primaryKeys());

describe('findConflicts', () => {
  it('lists URLs already stored or imported twice, once each, in plan order', () => {
    const p = plan(
      sampleClip({ canonicalURL: url('a'), slug: 'a' }),
      sampleClip({ canonicalURL: url('b'), slug: 'b' }),
      sampleClip({ canonicalURL: url('c'), slug: 'c' }),
      sampleClip({ canonicalURL: url('b'), slug: 'b2' }),
    );
    expect(findConflicts(p, [url('a'), url('x')])).toEqual([
      { canonicalURL: url('a'), title: 'A title', files: ['a.md'], exists: true },
      { canonicalURL: url('b'), title: 'A title', files: ['b.md', 'b2.md'], exists: false },
    ]);
  });
});

describe('applyImport', () => {
  it('adds new clips, searchable like clipped ones, and leaves conflicts alone by default', async () => {
    await applyImport(db, plan(sampleClip({ canonicalURL: url('a'), title: 'Old' })));
    const result = await applyImport(
      db,
      plan(
        sampleClip({ canonicalURL: url('a'), title: 'New' }),
        sampleClip({ canonicalURL: url('b'), title: 'Tidal barrage' }),
      ),
    );
    expect(result).toEqual({ added: 1, replaced: 0, keptBoth: 0, skipped: 1 });
    expect((await all()).map((c) => c.title)).toEqual(['Old', 'Tidal barrage']);
    expect(await storedCanonicalURLs(db)).toEqual([url('a'), url('b')]);
    const b = (await all()).find((c) => c.title === 'Tidal barrage');
    expect(await searchClipIds(db, 'barrage')).toEqual(new Set([b?.id]));
  });

  it('replace keeps the stored clip’s id; keep-both stores a copy under a #newsclip-copy-N URL', async () => {
    await applyImport(
      db,
      plan(
        sampleClip({ canonicalURL: url('a'), title: 'Old A' }),
        sampleClip({ canonicalURL: url('b#top'), title: 'Old B' }),
      ),
    );
    const [a, b] = await all();
    const result = await applyImport(
      db,
      plan(
        sampleClip({ canonicalURL: url('a'), title: 'New A' }),
        sampleClip({ canonicalURL: url('b#top'), title: 'B copy' }),
        sampleClip({ canonicalURL: url('b#top'), title: 'B copy again' }),
      ),
      { [url('a')]: 'replace', [url('b#top')]: 'keep-both' },
    );
    expect(result).toEqual({ added: 0, replaced: 1, keptBoth: 2, skipped: 0 });
    const stored = await all();
    expect(stored.find((c) => c.id === a?.id)?.title).toBe('New A');
    expect(stored.find((c) => c.id === b?.id)?.title).toBe('Old B');
    expect(stored.map((c) => c.canonicalURL).sort()).toEqual([
      url('a'),
      url('b#top'),
      url('b#top-newsclip-copy-2'),
      url('b#top-newsclip-copy-3'),
    ]);
    expect(copyURL(url('x'), 2)).toBe(url('x#newsclip-copy-2'));
  });

  it('a clip imported twice with replace: the later one takes the earlier one’s place and id', async () => {
    const result = await applyImport(
      db,
      plan(
        { ...sampleClip({ canonicalURL: url('a'), title: 'First' }), id: 4 },
        sampleClip({ canonicalURL: url('b'), title: 'Other' }),
        { ...sampleClip({ canonicalURL: url('a'), title: 'Second' }), id: 9 },
      ),
      { [url('a')]: 'replace' },
    );
    expect(result).toEqual({ added: 2, replaced: 1, keptBoth: 0, skipped: 0 });
    expect((await all()).map((c) => [c.id, c.title])).toEqual([
      [4, 'Second'],
      [5, 'Other'],
    ]);
    expect(await searchClipIds(db, 'first')).toEqual(new Set());
    expect(await searchClipIds(db, 'second')).toEqual(new Set([4]));
  });

  it('stores a large import in batches, every clip searchable, ids as in the backup', async () => {
    const many = Array.from({ length: 450 }, (_, i) => ({
      ...sampleClip({ canonicalURL: url(`n${i}`), markdown: `Story number${i} about tides.` }),
      id: 1000 + i,
    }));
    expect(await applyImport(db, plan(...many))).toEqual({
      added: 450,
      replaced: 0,
      keptBoth: 0,
      skipped: 0,
    });
    expect(await db.clips.count()).toBe(450);
    expect((await searchClipIds(db, 'tides'))?.size).toBe(450);
    expect(await searchClipIds(db, 'number449')).toEqual(new Set([1449]));
  });

  it('restores backup ids when they are free', async () => {
    await applyImport(db, plan({ ...sampleClip({ canonicalURL: url('a') }), id: 7 }));
    await applyImport(db, plan({ ...sampleClip({ canonicalURL: url('b') }), id: 7 }));
    const ids = (await all()).map((c) => [c.id, c.canonicalURL]);
    expect(ids).toEqual([
      [7, url('a')],
      [8, url('b')],
    ]);
  });

  it('writes all or nothing: a failure part-way leaves the database as it was', async () => {
    await applyImport(db, plan(sampleClip({ canonicalURL: url('a') })));
    const before = await all();
    const spy = vi.spyOn(db.bodies, 'bulkAdd').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(
      applyImport(db, plan(sampleClip({ canonicalURL: url('b') }), sampleClip({ canonicalURL: url('c') }))),
    ).rejects.toThrow(/clip database/);
    spy.mockRestore();
    expect(await all()).toEqual(before);
  });

  it('refuses an invalid clip in the plan without writing anything', async () => {
    await expect(
      applyImport(
        db,
        plan(
          sampleClip({ canonicalURL: url('a') }),
          sampleClip({ canonicalURL: url('b'), slug: 'Not A Slug' }),
        ),
      ),
    ).rejects.toThrow(/slug/);
    expect(await db.clips.count()).toBe(0);
  });
});
