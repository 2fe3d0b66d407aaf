import { cslItem, type CslItem } from '@/utils/cite/csl-item';
import type { ClipDatabase } from '@/utils/db/clip-db';
import { getClips } from '@/utils/db/clip-store';
import { currentClippedAt } from '@/utils/db/clip-versions';

/** Clips as citations, each accessed when its current version was clipped. */
export async function citeItemsOf(db: ClipDatabase, ids: readonly number[]): Promise<CslItem[]> {
  const clips = await getClips(db, ids);
  return Promise.all(clips.map(async (clip) => cslItem(clip, await currentClippedAt(db, clip))));
}
