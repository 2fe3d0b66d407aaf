import type { Table, Transaction } from 'dexie';
import { example as v3Example } from './v3';

/**
 * Version 4 of the clip database, FROZEN: text search reads posting rows per (word, block of 8,192 clip
 * ids) instead of a multi-entry index over each clip's words. Never edit this file; the posting code below
 * is a copy of this release's, so later versions can use it as it was.
 */
export const version = 4;

export const stores = {
  clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime',
  bodies: 'id',
  terms: 'id',
  tagTerms: 'id, *words',
  tagCounts: 'tag',
  postings: '[word+block]',
};

const BLOCK_BITS = 13;
const BLOCK_SIZE = 1 << BLOCK_BITS;
const BITMAP_BYTES = BLOCK_SIZE / 8;
const DENSE_AT = 256;

type PostingRow = { word: string; block: number; offsets?: Uint16Array; bits?: Uint8Array };
type PostingKey = [word: string, block: number];
/** A clip's indexed words before and after a write (empty before an add, empty after a delete). */
export type WordChange = { id: number; before: readonly string[]; after: readonly string[] };

const blockOf = (id: number): number => id >>> BLOCK_BITS;

function forEachId(row: PostingRow, add: (id: number) => void): void {
  const base = row.block * BLOCK_SIZE;
  if (row.bits) {
    const bits = row.bits;
    for (let byte = 0; byte < bits.length; byte++) {
      const value = bits[byte]!;
      if (value === 0) continue;
      for (let bit = 0; bit < 8; bit++) if (value & (1 << bit)) add(base + byte * 8 + bit);
    }
  } else if (row.offsets) {
    for (const offset of row.offsets) add(base + offset);
  }
}

function editBlock(
  word: string,
  block: number,
  row: PostingRow | undefined,
  add: readonly number[],
  remove: readonly number[],
): PostingRow | null {
  const bits = new Uint8Array(BITMAP_BYTES);
  let count = 0;
  const set = (offset: number, on: boolean) => {
    const mask = 1 << (offset & 7);
    const had = (bits[offset >>> 3]! & mask) !== 0;
    if (had === on) return;
    bits[offset >>> 3]! ^= mask;
    count += on ? 1 : -1;
  };
  if (row) forEachId(row, (id) => set(id - block * BLOCK_SIZE, true));
  for (const id of remove) set(id - block * BLOCK_SIZE, false);
  for (const id of add) set(id - block * BLOCK_SIZE, true);
  if (count === 0) return null;
  if (count >= DENSE_AT) return { word, block, bits };
  const offsets = new Uint16Array(count);
  let i = 0;
  forEachId({ word, block: 0, bits }, (offset) => (offsets[i++] = offset));
  return { word, block, offsets };
}

/** Brings the posting rows up to date with some clips' word changes (read, edit, write each row once). */
export async function updatePostings(postings: Table, changes: readonly WordChange[]): Promise<void> {
  const edits = new Map<string, { word: string; block: number; ids: Map<number, boolean> }>();
  const edit = (word: string, id: number) => {
    const block = blockOf(id);
    const key = `${block}\u0000${word}`;
    let found = edits.get(key);
    if (!found) edits.set(key, (found = { word, block, ids: new Map() }));
    return found;
  };
  for (const { id, before, after } of changes) {
    const old = new Set(before);
    const now = new Set(after);
    for (const word of now) if (!old.has(word)) edit(word, id).ids.set(id, true);
    for (const word of old) if (!now.has(word)) edit(word, id).ids.set(id, false);
  }
  if (edits.size === 0) return;
  const list = [...edits.values()];
  const rows = (await postings.bulkGet(list.map(({ word, block }): PostingKey => [word, block]))) as (
    PostingRow | undefined
  )[];
  const puts: PostingRow[] = [];
  const deletes: PostingKey[] = [];
  list.forEach(({ word, block, ids }, i) => {
    const add: number[] = [];
    const remove: number[] = [];
    for (const [id, present] of ids) (present ? add : remove).push(id);
    const next = editBlock(word, block, rows[i], add, remove);
    if (next) puts.push(next);
    else if (rows[i]) deletes.push([word, block]);
  });
  await postings.bulkPut(puts);
  await postings.bulkDelete(deletes);
}

/** A stored word list as strings: a damaged row indexes nothing (v5 rebuilds it from the clip). */
export const wordList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((word): word is string => typeof word === 'string') : [];

/** Posting rows from the stored word lists, a few hundred clips at a time to bound memory. */
export async function upgrade(tx: Transaction): Promise<void> {
  const terms = tx.table('terms');
  let after = -Infinity;
  for (;;) {
    const rows = (await terms.where('id').above(after).limit(500).toArray()) as {
      id: number;
      words: unknown;
    }[];
    if (rows.length === 0) return;
    await updatePostings(
      tx.table('postings'),
      rows.map(({ id, words }) => ({ id, before: [], after: wordList(words) })),
    );
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * v4 data (posting rows: built from `terms` with `updatePostings`): the v3 example plus a record without a title (it can't be repaired: v5 keeps it aside). */
export const example = {
  clips: [
    ...v3Example.clips,
    {
      id: 3,
      kind: 'article',
      url: 'https://courier.example/untitled',
      canonicalURL: 'https://courier.example/untitled',
      author: '',
      description: 'A page whose title was lost.',
      slug: 'untitled',
      pubDatetime: '2024-04-05T06:00:00Z',
      pubDatetimeIsClipTime: false,
      modDatetime: null,
      featured: false,
      draft: true,
      tags: ['energy'],
      ogImage: null,
      siteName: 'Courier',
      lang: 'en',
      sources: {},
      edited: [],
      savedAt: '2024-04-06T00:00:00Z',
      updatedAt: '2024-04-06T00:00:00Z',
    },
  ],
  bodies: [...v3Example.bodies, { id: 3, markdown: 'Lighthouse keepers.' }],
  terms: [
    ...v3Example.terms,
    { id: 3, words: ['page', 'whose', 'title', 'was', 'lost', 'lighthouse', 'keepers'] },
  ],
  tagTerms: [...v3Example.tagTerms, { id: 3, words: ['energy'] }],
  tagCounts: [
    { tag: 'transport', count: 1 },
    { tag: 'energy', count: 1 },
    { tag: '', count: 1 },
  ],
};
