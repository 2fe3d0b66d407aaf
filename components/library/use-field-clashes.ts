import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredClip } from '@/utils/clip-schema';
import type { ClipDatabase } from '@/utils/db/clip-db';
import { t } from '@/utils/i18n/t';
import type { ClipForm } from './clip-form';

/**
 * The form's slug or canonical URL when another clip has it (both are unique: a slug is a post's file and
 * address, the URL the clip's identity), by field: shown while typing, before the store would refuse it.
 */
export function useFieldClashes(
  db: ClipDatabase,
  clip: StoredClip,
  form: Pick<ClipForm, 'slug' | 'canonicalURL'>,
): Record<string, string> {
  const slugOwner = useLiveQuery(
    async () =>
      form.slug === clip.slug ? undefined : (await db.clips.where('slug').equals(form.slug).first())?.title,
    [db, clip.slug, form.slug],
  );
  const urlOwner = useLiveQuery(
    async () =>
      form.canonicalURL === clip.canonicalURL
        ? undefined
        : (await db.clips.where('canonicalURL').equals(form.canonicalURL).first())?.title,
    [db, clip.canonicalURL, form.canonicalURL],
  );
  return {
    ...(slugOwner !== undefined && { slug: t('slugTaken', slugOwner) }),
    ...(urlOwner !== undefined && { canonicalURL: t('urlTaken', urlOwner) }),
  };
}
