import { toIsoUtc } from '../format-datetime';
import { normalizeTag } from '../tags/normalize-tag';
import type { ClipDatabase } from './clip-db';
import { t } from '../i18n/t';
import { StoreError, toStoreError } from './store-error';
import { setTags } from './set-tags';

/** What a tag action did: how many clips changed, and their tags before (for undo). */
export type TagRewrite = { count: number; before: [id: number, tags: string[]][] };

const inTagTables = <T>(db: ClipDatabase, work: () => Promise<T>): Promise<T> =>
  db.transaction('rw', [db.clips, db.tagTerms, db.tagCounts], work).catch((error: unknown) => {
    throw toStoreError(error);
  });

/** Rewrites the tags of every clip carrying `from`. One transaction. */
async function rewriteTag(db: ClipDatabase, from: string, to: string | null): Promise<TagRewrite> {
  const target = to === null ? null : normalizeTag(to);
  if (target === '') throw new StoreError(t('tagNeedsLetter'), 'validation');
  return inTagTables(db, async () => {
    const now = toIsoUtc(Date.now());
    const ids = await db.clips.where('tags').equals(from).primaryKeys();
    const before: TagRewrite['before'] = [];
    await setTags(
      db,
      ids,
      (tags, id) => {
        before.push([id, tags]);
        const next = tags.filter((t) => t !== from);
        if (target !== null && !next.includes(target)) next.push(target);
        return next;
      },
      now,
    );
    return { count: ids.length, before };
  });
}

/** Renames a tag on every clip (merging into the new name if clips already have it). */
export function renameTag(db: ClipDatabase, from: string, to: string): Promise<TagRewrite> {
  return rewriteTag(db, from, to);
}

/** Merges tag `from` into `into`: clips keep one `into` tag. */
export function mergeTags(db: ClipDatabase, from: string, into: string): Promise<TagRewrite> {
  return rewriteTag(db, from, into);
}

/** Removes a tag from every clip; the clips stay. */
export function deleteTag(db: ClipDatabase, tag: string): Promise<TagRewrite> {
  return rewriteTag(db, tag, null);
}

/** Undo of a rename, merge or delete: the clips it changed get their tags back (clips deleted since stay so). */
export function undoTagRewrite(db: ClipDatabase, done: TagRewrite): Promise<void> {
  const tagsOf = new Map(done.before);
  return inTagTables(db, () =>
    setTags(db, [...tagsOf.keys()], (tags, id) => tagsOf.get(id) ?? tags, toIsoUtc(Date.now())),
  );
}
