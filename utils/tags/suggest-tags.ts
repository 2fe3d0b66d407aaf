import { foldTag } from './fold-tag';

/**
 * The suggestions to show for a clip, best first: its candidates (tag-candidates.ts) not already among its
 * tags, those the user already has first (each written as the user's tag when they fold equal: "Storms" →
 * "storm"), then the rest in the page's order. At most `max`.
 */
export function suggestTags(
  candidates: readonly string[],
  knownTags: readonly string[],
  currentTags: readonly string[],
  max = candidates.length,
): string[] {
  const known = new Map<string, string>();
  for (const tag of knownTags) if (!known.has(foldTag(tag))) known.set(foldTag(tag), tag);
  const taken = new Set(currentTags.map(foldTag));
  const theirs: string[] = [];
  const fresh: string[] = [];
  for (const candidate of candidates) {
    const folded = foldTag(candidate);
    if (taken.has(folded)) continue;
    taken.add(folded);
    const existing = known.get(folded);
    if (existing !== undefined) theirs.push(existing);
    else fresh.push(candidate);
  }
  return [...theirs, ...fresh].slice(0, max);
}
