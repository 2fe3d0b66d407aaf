import { foldTag } from './fold-tag';

/**
 * The tags of the newest clips (newest clip first), each once, leaving out `exclude` (the clip's own tags and
 * the chips already offered, compared folded so "Storms" hides "storm"). A daily clipper tags today's clips
 * as yesterday's: one click, where the typeahead needs typing.
 */
export function recentTags(
  recent: readonly (readonly string[])[],
  exclude: readonly string[],
  max: number,
): string[] {
  const taken = new Set(exclude.map(foldTag));
  const out: string[] = [];
  for (const tags of recent) {
    for (const tag of tags) {
      if (out.length >= max) return out;
      if (taken.has(foldTag(tag))) continue;
      taken.add(foldTag(tag));
      out.push(tag);
    }
  }
  return out;
}
