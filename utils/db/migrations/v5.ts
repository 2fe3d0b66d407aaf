import type { Transaction } from 'dexie';
import { clipWords, searchWords, text } from './v2';
import { countRows } from './v3';
import { updatePostings, wordList, type WordChange } from './v4';
import { repairClip } from './v5-repair';

/**
 * Version 5 of the clip database, FROZEN: a `trash` of deleted clips (restorable for 30 days), a
 * `quarantine` of records no release can read, and an index of slugs; the upgrade repairs the records of every earlier version
 * (v5-repair.ts) so one bad record never hides the rest. Never edit this file; it imports only the
 * frozen files of earlier versions.
 */
export const version = 5;

export const stores = {
  // `slug`: a saved clip gets a slug no other clip has, found by prefix instead of reading every row.
  clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime, slug',
  bodies: 'id',
  terms: 'id',
  tagTerms: 'id, *words',
  tagCounts: 'tag',
  postings: '[word+block]',
  trash: '++trashId, deletedAt',
  quarantine: '++key',
};

const BATCH = 500;

/** Repairs each record and its index rows, a batch at a time; keeps aside what can't be repaired. */
export async function upgrade(tx: Transaction): Promise<void> {
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const clips = tx.table('clips');
  const tagLists: string[][] = [];
  // A record whose address was repaired (from its `url`) must not take another clip's unique address.
  const claimed = new Set<string>();
  const addressTaken = async (url: string, row: { id: number; canonicalURL?: unknown }) => {
    if (url === row.canonicalURL) return false;
    const owners = await clips.where('canonicalURL').equals(url).primaryKeys();
    if (claimed.has(url) || owners.some((id) => id !== row.id)) return true;
    claimed.add(url);
    return false;
  };
  let after = -Infinity;
  for (;;) {
    // raw(): the records as stored, not as the app's reading hook shows them.
    const rows = (await clips.where(':id').above(after).limit(BATCH).raw().toArray()) as { id: number }[];
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    const ids = rows.map((row) => row.id);
    const terms = (await tx.table('terms').bulkGet(ids)) as ({ words?: unknown } | undefined)[];
    const keep: Record<string, unknown>[] = [];
    const changes: WordChange[] = [];
    const rebuild: number[] = [];
    for (const [i, row] of rows.entries()) {
      let repair = repairClip(row, now);
      const words = terms[i]?.words;
      if (!('reason' in repair) && (await addressTaken(repair.clip.canonicalURL as string, row))) {
        repair = { reason: 'address of another clip' };
      }
      if ('reason' in repair) {
        const body = await tx.table('bodies').get(row.id);
        await tx.table('quarantine').add({ id: row.id, record: row, body, reason: repair.reason, at: now });
        changes.push({ id: row.id, before: wordList(words), after: [] });
        continue;
      }
      keep.push(repair.clip);
      tagLists.push(repair.clip.tags as string[]);
      // A missing or damaged word list indexed nothing in v4: index the clip now.
      if (!Array.isArray(words) || words.some((word) => typeof word !== 'string')) rebuild.push(row.id);
    }
    const gone = changes.map((change) => change.id);
    await Promise.all(
      ['clips', 'bodies', 'terms', 'tagTerms'].map((table) => tx.table(table).bulkDelete(gone)),
    );
    await clips.bulkPut(keep);
    await tx
      .table('tagTerms')
      .bulkPut(
        keep.map((clip) => ({ id: clip.id, words: searchWords([(clip.tags as string[]).join(' ')]) })),
      );
    const bodies = (await tx.table('bodies').bulkGet(rebuild)) as ({ markdown?: unknown } | undefined)[];
    const rebuilt = rebuild.map((id, i) => {
      const clip = keep.find((c) => c.id === id)!;
      return { id, words: clipWords(clip, text(bodies[i]?.markdown)).words };
    });
    await tx.table('terms').bulkPut(rebuilt);
    for (const { id, words } of rebuilt) changes.push({ id, before: [], after: words });
    await updatePostings(tx.table('postings'), changes);
  }
  // Counted again from the repaired records: earlier counts took malformed tag lists as untagged.
  await tx.table('tagCounts').clear();
  await tx.table('tagCounts').bulkPut(countRows(tagLists));
}

const clip = {
  id: 7,
  kind: 'article',
  url: 'https://courier.example/library-hours',
  canonicalURL: 'https://courier.example/library-hours',
  title: 'Library hours restored',
  author: '',
  description: '',
  slug: 'library-hours-restored',
  pubDatetime: '2024-05-01T06:00:00Z',
  pubDatetimeIsClipTime: false,
  modDatetime: null,
  featured: false,
  draft: true,
  tags: ['libraries'],
  ogImage: null,
  siteName: 'Courier',
  lang: 'en',
  sources: {},
  edited: [],
  savedAt: '2024-05-02T00:00:00Z',
  updatedAt: '2024-05-02T00:00:00Z',
};

/** v5 data: one clip, one in the trash, one record kept aside. Posting rows: from `terms` (v4's `updatePostings`). */
export const example = {
  clips: [clip],
  bodies: [{ id: 7, markdown: 'Open on Sundays.' }],
  terms: [{ id: 7, words: ['library', 'hours', 'restored', 'open', 'on', 'sundays'] }],
  tagTerms: [{ id: 7, words: ['libraries'] }],
  tagCounts: [{ tag: 'libraries', count: 1 }],
  trash: [
    {
      trashId: 1,
      deletedAt: '2024-05-03T00:00:00Z',
      clip: {
        ...clip,
        id: 8,
        url: 'https://courier.example/budget',
        canonicalURL: 'https://courier.example/budget',
        title: 'County budget deal',
        slug: 'county-budget-deal',
        tags: ['budget'],
        markdown: 'The county agreed a budget.',
      },
    },
  ],
  quarantine: [
    { key: 1, id: 9, record: { id: 9, tags: [] }, reason: 'no http(s) address', at: '2024-05-03T00:00:00Z' },
  ],
};
