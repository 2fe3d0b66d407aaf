import { useMemo } from 'react';
import { getDb } from '@/utils/db/clip-db';
import { deleteTag, mergeTags, renameTag, undoTagRewrite } from '@/utils/db/tag-ops';
import { t } from '@/utils/i18n/t';
import { ALL, type TagFilter } from '../tag-filter';

/**
 * The sidebar's tag actions: each says what it did, shows where the clips went, and can be undone (the
 * clips it changed get their tags back).
 */
export function useTagActions(
  offerUndo: (text: string, undo: () => void) => void,
  fail: (error: unknown) => void,
  setFilter: (filter: TagFilter) => void,
) {
  return useMemo(() => {
    const db = getDb();
    const undoable = (text: string, done: Awaited<ReturnType<typeof renameTag>>, back: TagFilter) =>
      offerUndo(text, () => void undoTagRewrite(db, done).then(() => setFilter(back), fail));
    return {
      onRename: (from: string, to: string) =>
        renameTag(db, from, to).then(
          (done) => (undoable(t('tagRenamed', done.count), done, { kind: 'tag', tag: from }), setFilter(ALL)),
          fail,
        ),
      onMerge: (from: string, into: string) =>
        mergeTags(db, from, into).then(
          (done) => (
            undoable(t('tagMerged', done.count), done, { kind: 'tag', tag: from }),
            setFilter({ kind: 'tag', tag: into })
          ),
          fail,
        ),
      onDelete: (tag: string) =>
        deleteTag(db, tag).then(
          (done) => (undoable(t('tagDeleted', done.count), done, { kind: 'tag', tag }), setFilter(ALL)),
          fail,
        ),
    };
  }, [offerUndo, fail, setFilter]);
}
