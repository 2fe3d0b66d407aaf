import { example as v6Example, stores as v6Stores } from './v6';

/**
 * Version 7 of the clip database, FROZEN: `versions`, the earlier versions of a clip's story (what a
 * re-clip replaced), keyed by their own id and indexed by clip and by clip time. No upgrade: the new table
 * starts empty. Never edit this file.
 */
export const version = 7;

export const stores = { ...v6Stores, versions: '++versionId, clipId, [clipId+clippedAt]' };

/** v7 data: v6's, plus an earlier version of clip 10 (the ferry story before its headline changed). */
export const example = {
  ...v6Example,
  versions: [
    {
      versionId: 1,
      clipId: 10,
      title: 'Night ferry may return',
      description: '',
      author: '',
      pubDatetime: v6Example.clips[0]!.pubDatetime,
      modDatetime: null,
      markdown: 'The overnight crossing could resume in May.',
      clippedAt: '2026-03-01T08:00:00.000Z',
      replacedAt: '2026-03-02T08:00:00.000Z',
    },
  ],
};
