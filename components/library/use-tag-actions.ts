import { useMemo } from 'react';
import { getDb } from '@/utils/db/clip-db';
import { deleteTag, mergeTags, renameTag } from '@/utils/db/tag-ops';
import { t } from '@/utils/i18n/t';
import { ALL, type TagFilter } from '../tag-filter';

/** The sidebar's tag actions: each says what it did and shows where the clips went. */
export function useTagActions(
  say: (text: string) => void,
  fail: (error: unknown) => void,
  setFilter: (filter: TagFilter) => void,
) {
  return useMemo(() => {
    const db = getDb();
    return {
      onRename: (from: string, to: string) =>
        renameTag(db, from, to).then((n) => (say(t('tagRenamed', n)), setFilter(ALL)), fail),
      onMerge: (from: string, into: string) =>
        mergeTags(db, from, into).then(
          (n) => (say(t('tagMerged', n)), setFilter({ kind: 'tag', tag: into })),
          fail,
        ),
      onDelete: (tag: string) =>
        deleteTag(db, tag).then((n) => (say(t('tagDeleted', n)), setFilter(ALL)), fail),
    };
  }, [say, fail, setFilter]);
}
