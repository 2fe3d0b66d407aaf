import type { Transaction } from 'dexie';
import { example as v2Example } from './v2';

/**
 * Version 3 of the clip database, FROZEN: clips per tag, kept by every write (the key '' counts untagged
 * clips). Never edit this file; it imports no live code.
 */
export const version = 3;

export const stores = {
  clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime',
  bodies: 'id',
  terms: 'id, *words',
  tagTerms: 'id, *words',
  tagCounts: 'tag',
};

/** Clips per tag; a record without a tag list counts as untagged (v5 repairs it and counts again). */
export function countRows(tagLists: Iterable<unknown>): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of tagLists) {
    const tags = Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
    const keys = tags.length ? new Set(tags) : [''];
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([tag, count]) => ({ tag, count }));
}

export async function upgrade(tx: Transaction): Promise<void> {
  // raw(): the records as stored, not as the app's reading hook shows them.
  const clips = (await tx.table('clips').toCollection().raw().toArray()) as { tags?: unknown }[];
  await tx.table('tagCounts').bulkPut(countRows(clips.map((clip) => clip.tags)));
}

export const example = {
  ...v2Example,
  tagCounts: [
    { tag: 'transport', count: 1 },
    { tag: '', count: 1 },
  ],
};
