import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkAddTag, bulkDelete, bulkRemoveTag, bulkRestore, bulkSetFlags } from '../../../utils/db/bulk-ops';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { saveExtraction } from '../../../utils/db/clip-store';
import { deleteTag, mergeTags, renameTag } from '../../../utils/db/tag-ops';
import { highlight } from '../../../utils/search/highlight';
import { searchClipIds } from '../../../utils/search/search-clips';
import { defaultSettings } from '../../../utils/settings-schema';
import { sampleExtraction } from './sample-clip';

let db: ClipDatabase;
let ids: number[];
let n = 0;

beforeEach(async () => {
  db = new ClipDatabase(`library-${n++}`);
  ids = [];
  const pages = [
    {
      title: 'Tidal barrage approved',
      tags: ['energy', 'local politics'],
      markdown: 'Turbines in the estuary.',
    },
    {
      title: 'Ferry timetable changes',
      tags: ['transport', 'local politics'],
      markdown: 'Evening sailings added.',
    },
    { title: '新闻发布会在北京举行', tags: [], markdown: '记者提问。Café culture.' },
  ];
  for (const [i, page] of pages.entries()) {
    const { clip } = await saveExtraction(
      db,
      sampleExtraction({ ...page, canonicalURL: `https://n.example/${i}` }),
      defaultSettings,
    );
    ids.push(clip.id);
  }
});
afterEach(async () => {
  await db.delete();
});

const tagsOf = async () => (await db.clips.bulkGet(ids)).map((c) => c?.tags);

describe('search', () => {
  it('finds clips by prefixes of words in title, body and tags, combining words', async () => {
    expect(await searchClipIds(db, 'turb')).toEqual(new Set([ids[0]]));
    expect(await searchClipIds(db, 'local')).toEqual(new Set([ids[0], ids[1]]));
    expect(await searchClipIds(db, 'local ferry')).toEqual(new Set([ids[1]]));
    expect(await searchClipIds(db, 'CAFE')).toEqual(new Set([ids[2]]));
    expect(await searchClipIds(db, '北京')).toEqual(new Set([ids[2]]));
    expect(await searchClipIds(db, 'nothing-like-this')).toEqual(new Set());
    expect(await searchClipIds(db, '  ')).toBeNull();
  });

  it('reuses word lookups from a cache while the clips are unchanged', async () => {
    const cache = new Map<string, Set<number>>();
    expect(await searchClipIds(db, 'local ferry', cache)).toEqual(new Set([ids[1]]));
    expect([...cache.keys()].sort()).toEqual(['prefix:ferry', 'word:local']);
    cache.set('word:local', new Set([ids[0]!]));
    // A stale cache is the caller's to drop: the cached answer is used as it is.
    expect(await searchClipIds(db, 'local ', cache)).toEqual(new Set([ids[0]]));
  });

  it('highlights matching words', () => {
    expect(highlight('Tidal barrage approved', 'barr')).toEqual([
      { text: 'Tidal ', match: false },
      { text: 'barrage', match: true },
      { text: ' approved', match: false },
    ]);
  });
});

describe('tag operations', () => {
  it('renames, merges and deletes tags, keeping clips and the tag search in step', async () => {
    expect(await renameTag(db, 'local politics', 'Zoning')).toBe(2);
    expect(await tagsOf()).toEqual([['energy', 'zoning'], ['transport', 'zoning'], []]);
    expect(await searchClipIds(db, 'zoning')).toEqual(new Set([ids[0], ids[1]]));
    expect(await searchClipIds(db, 'politics')).toEqual(new Set());
    await mergeTags(db, 'transport', 'zoning');
    expect(await tagsOf()).toEqual([['energy', 'zoning'], ['zoning'], []]);
    await deleteTag(db, 'zoning');
    expect(await tagsOf()).toEqual([['energy'], [], []]);
    expect(await db.clips.count()).toBe(3);
    await expect(renameTag(db, 'energy', '  ')).rejects.toThrow(/letter/);
  });
});

describe('bulk operations', () => {
  it('adds and removes a tag, sets flags, deletes and restores', async () => {
    await bulkAddTag(db, ids, 'Archive');
    expect((await tagsOf()).every((t) => t?.includes('archive'))).toBe(true);
    await bulkRemoveTag(db, [ids[0]!], 'archive');
    expect((await tagsOf())[0]).toEqual(['energy', 'local politics']);
    await bulkSetFlags(db, ids, { draft: false, featured: true });
    expect((await db.clips.toArray()).every((c) => !c.draft && c.featured)).toBe(true);
    const deleted = await bulkDelete(db, [ids[0]!, ids[1]!]);
    expect(deleted.map((c) => c.markdown)).toEqual(['Turbines in the estuary.', 'Evening sailings added.']);
    expect(await db.clips.count()).toBe(1);
    await bulkRestore(db, deleted);
    expect(await db.clips.count()).toBe(3);
    expect(await searchClipIds(db, 'estuary')).toEqual(new Set([ids[0]]));
  });
});
