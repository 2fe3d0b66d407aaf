import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkAddTag, bulkDelete, bulkRemoveTag, bulkRestore, bulkSetFlags } from '../../../utils/db/bulk-ops';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { saveExtraction } from '../../../utils/db/clip-store';
import { indexPending } from '../../../utils/db/index-pending';
import { deleteTag, mergeTags, renameTag, undoTagRewrite } from '../../../utils/db/tag-ops';
import type { PostingRow } from '../../../utils/db/posting-block';
import { highlight } from '../../../utils/search/highlight';
import { searchClipIds, type SearchCache } from '../../../utils/search/search-clips';
import { defaultSettings } from '../../../utils/settings-schema';

// These clips are tagged with their pages' keywords, as the `apply` tag mode does.
const settings = { ...defaultSettings, tagMode: 'apply' as const, applyTagCount: 10 };
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
      settings,
    );
    ids.push(clip.id);
  }
  // A library whose clips are indexed (the save leaves that to right after its answer).
  await indexPending(db);
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
    const cache: SearchCache = new Map();
    expect(await searchClipIds(db, 'local ferry', cache)).toEqual(new Set([ids[1]]));
    expect([...cache.keys()].sort()).toEqual([
      'prefix:ferry',
      'rows:ferry',
      'tag-rows:ferry',
      'tag-words',
      'word:local',
    ]);
    // A lookup already running is shared, not started again.
    const again = searchClipIds(db, 'local ferry', cache);
    expect(cache.size).toBe(5);
    expect(await again).toEqual(new Set([ids[1]]));
    cache.set('word:local', Promise.resolve(new Set([ids[0]!])));
    // A stale cache is the caller's to drop: the cached answer is used as it is.
    expect(await searchClipIds(db, 'local ', cache)).toEqual(new Set([ids[0]]));
  });

  it('narrows a longer prefix from the posting rows of a shorter one, without reading them again', async () => {
    const cache: SearchCache = new Map();
    expect(await searchClipIds(db, 'eve', cache)).toEqual(new Set([ids[1]]));
    const rows = (await cache.get('rows:eve')) as PostingRow[];
    expect(rows.map((row) => row.word)).toEqual(['evening']);
    // Poison the cached rows: a narrowed prefix must come from them, not from the database.
    const [evening] = rows;
    cache.set('rows:eve', Promise.resolve([{ ...evening!, offsets: new Uint16Array([ids[1]!, ids[2]!]) }]));
    expect(await searchClipIds(db, 'even', cache)).toEqual(new Set([ids[1], ids[2]]));
    expect(await searchClipIds(db, 'evex', cache)).toEqual(new Set());
    // The whole word, once typed, also comes from those rows.
    expect(await searchClipIds(db, 'evening ', cache)).toEqual(new Set([ids[1], ids[2]]));
  });

  it('narrows tag matches the same way, and reads no tag index when no tag has the word', async () => {
    const cache: SearchCache = new Map();
    expect(await searchClipIds(db, 'loc', cache)).toEqual(new Set([ids[0], ids[1]]));
    cache.set('tag-rows:loc', Promise.resolve([{ id: ids[2]!, words: ['local'] }]));
    expect(await searchClipIds(db, 'loca', cache)).toEqual(new Set([ids[2]]));
    expect(await searchClipIds(db, 'local ', cache)).toEqual(new Set([ids[2]]));
    // "turb" is in no tag: no tag rows are looked up for it.
    expect(await searchClipIds(db, 'turb', cache)).toEqual(new Set([ids[0]]));
    expect(await cache.get('tag-rows:turb')).toEqual([]);
  });

  it('shares lookups typed faster than they return', async () => {
    const cache: SearchCache = new Map();
    const [a, b, c] = [
      searchClipIds(db, 'tim', cache),
      searchClipIds(db, 'time', cache),
      searchClipIds(db, 'timet', cache),
    ];
    expect(await Promise.all([a, b, c])).toEqual([new Set([ids[1]]), new Set([ids[1]]), new Set([ids[1]])]);
  });

  it('matches a prefix shared by many words', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `zebra${String(i).padStart(2, '0')}`);
    const { clip } = await saveExtraction(
      db,
      sampleExtraction({ canonicalURL: 'https://n.example/zebras', markdown: words.join(' '), tags: [] }),
      settings,
    );
    const cache: SearchCache = new Map();
    expect(await searchClipIds(db, 'zeb', cache)).toEqual(new Set([clip.id]));
    expect(await searchClipIds(db, 'zebra0', cache)).toEqual(new Set([clip.id]));
    expect(await searchClipIds(db, 'zebra39', cache)).toEqual(new Set([clip.id]));
    expect(await searchClipIds(db, 'zebra4', cache)).toEqual(new Set());
    expect(await searchClipIds(db, 'zebra36 turb')).toEqual(new Set());
    expect(await searchClipIds(db, 'turbines zebra3')).toEqual(new Set());
  });

  it('finds words by prefix in tags and in text alike', async () => {
    expect(await searchClipIds(db, 'pol')).toEqual(new Set([ids[0], ids[1]]));
    expect(await searchClipIds(db, 'polit')).toEqual(new Set([ids[0], ids[1]]));
    expect(await searchClipIds(db, 'estuary loc')).toEqual(new Set([ids[0]]));
    expect(await searchClipIds(db, 'politics tim')).toEqual(new Set([ids[1]]));
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
    expect((await renameTag(db, 'local politics', 'Zoning')).count).toBe(2);
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

  it('undoes a rename onto an existing tag (a merge) and a delete: tags, counts and search as before (#17)', async () => {
    const start = await tagsOf();
    const counts = await db.tagCounts.toArray();
    const merged = await renameTag(db, 'transport', 'energy');
    expect(merged.count).toBe(1);
    expect(await searchClipIds(db, 'transport')).toEqual(new Set());
    await undoTagRewrite(db, merged);
    expect(await tagsOf()).toEqual(start);
    expect(await db.tagCounts.toArray()).toEqual(counts);
    expect(await searchClipIds(db, 'transport')).toEqual(new Set([ids[1]]));
    const deleted = await deleteTag(db, 'local politics');
    await undoTagRewrite(db, deleted);
    expect(await tagsOf()).toEqual(start);
    expect(await db.tagCounts.toArray()).toEqual(counts);
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
