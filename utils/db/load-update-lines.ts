import { updateLines, type UpdateLine } from '../versions/update-lines';
import type { ClipDatabase } from './clip-db';
import type { StoredClip } from '../clip-schema';

/** The update lines of each given clip that has earlier versions (the clips passed whole, bodies read). */
export async function loadUpdateLines(
  db: ClipDatabase,
  clips: readonly StoredClip[],
): Promise<Map<number, UpdateLine[]>> {
  const out = new Map<number, UpdateLine[]>();
  const byId = new Map(clips.map((clip) => [clip.id, clip]));
  const rows = await db.versions
    .where('clipId')
    .anyOf([...byId.keys()])
    .sortBy('clippedAt');
  const grouped = new Map<number, typeof rows>();
  for (const row of rows) grouped.set(row.clipId, [...(grouped.get(row.clipId) ?? []), row]);
  for (const [id, versions] of grouped) out.set(id, updateLines(versions, byId.get(id)!));
  return out;
}
