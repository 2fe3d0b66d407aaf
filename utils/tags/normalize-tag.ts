import { collapse } from '../text/collapse';

/** Tags are compared and stored trimmed, lower-case, with single spaces ("Climate  Change" → "climate change"). */
export function normalizeTag(tag: string): string {
  return collapse(tag).toLowerCase().slice(0, 100);
}

/** A tag list as the store keeps it: each tag normalized, empty ones dropped, each kept once, in order. */
export function normalizeTagList(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normalizeTag).filter(Boolean))];
}
