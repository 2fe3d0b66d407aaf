import type { ClipDatabase } from '../db/clip-db';
import type { ProfileId } from './export-options';
import { getProfile } from './profiles/profiles';
import type { UserTemplate } from '../templates/user-template';

/**
 * The drafts among `ids`, when the profile writes a draft flag the blog obeys (AstroPaper and Hugo
 * `draft: true`, Jekyll `published: false`): exported, they build no page, and a default export of new
 * clips (drafts by default) would publish nothing without saying why. None for Obsidian, which has no drafts.
 */
export async function hiddenDrafts(
  db: ClipDatabase,
  ids: readonly number[],
  profile: ProfileId | undefined,
  template?: UserTemplate,
): Promise<number[]> {
  if (!('draft' in getProfile(profile, template).fieldKeys)) return [];
  const wanted = new Set(ids);
  return db.clips.filter((clip) => clip.draft && wanted.has(clip.id)).primaryKeys();
}
