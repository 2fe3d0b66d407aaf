import { toIsoUtc } from '../format-datetime';
import { normalizeTag } from '../tags/normalize-tag';
import type { ClipDatabase } from './clip-db';
import { t } from '../i18n/t';
import { StoreError, toStoreError } from './store-error';
import { setTags } from './set-tags';

/** Rewrites the tags of every clip carrying `from`; returns how many clips changed. One transaction. */
async function rewriteTag(db: ClipDatabase, from: string, to: string | null): Promise<number> {
  const target = to === null ? null : normalizeTag(to);
  if (target === '') throw new StoreError(t('tagNeedsLetter'), 'validation');
  try {
    return await db.transaction('rw', [db.clips, db.tagTerms, db.tagCounts], async () => {
      const now = toIsoUtc(Date.now());
      const ids = await db.clips.where('tags').equals(from).primaryKeys();
      await setTags(
        db,
        ids,
        (tags) => {
          const next = tags.filter((t) => t !== from);
          if (target !== null && !next.includes(target)) next.push(target);
          return next;
        },
        now,
      );
      return ids.length;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Renames a tag on every clip (merging into the new name if clips already have it). */
export function renameTag(db: ClipDatabase, from: string, to: string): Promise<number> {
  return rewriteTag(db, from, to);
}

/** Merges tag `from` into `into`: clips keep one `into` tag. */
export function mergeTags(db: ClipDatabase, from: string, into: string): Promise<number> {
  return rewriteTag(db, from, into);
}

/** Removes a tag from every clip; the clips stay. */
export function deleteTag(db: ClipDatabase, tag: string): Promise<number> {
  return rewriteTag(db, tag, null);
}
