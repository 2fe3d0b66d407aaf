import { example as v5Example, stores as v5Stores } from './v5';

/**
 * Version 6 of the clip database, FROZEN: `toIndex`, one row per clip whose search words are not yet in
 * the posting rows. A clip is saved (row, body, tags) with its marker in one transaction and answered at
 * once; its words are indexed right after, in their own transaction that removes the marker. A marker
 * left by a worker stopped in between is indexed at the next start, and search reads marked clips
 * directly meanwhile. No upgrade: the new table starts empty. Never edit this file.
 */
export const version = 6;

export const stores = { ...v5Stores, toIndex: 'id' };

/** v6 data: v5's, plus clip 10 saved and not yet indexed (no `terms` row, a marker in `toIndex`). */
export const example = {
  ...v5Example,
  clips: [
    ...v5Example.clips,
    {
      ...v5Example.clips[0]!,
      id: 10,
      url: 'https://courier.example/ferry',
      canonicalURL: 'https://courier.example/ferry',
      title: 'Night ferry returns',
      slug: 'night-ferry-returns',
      tags: [],
    },
  ],
  bodies: [...v5Example.bodies, { id: 10, markdown: 'The overnight crossing resumes in May.' }],
  tagTerms: [...v5Example.tagTerms, { id: 10, words: [] }],
  tagCounts: [...v5Example.tagCounts, { tag: '', count: 1 }],
  toIndex: [{ id: 10 }],
};
