import type { TagCount } from './count-tags';

/** How many tag chips the popup shows besides All / Untagged: the rest are one typeahead away. */
export const POPUP_TAG_CHIPS = 8;

type Input = {
  /** Every tag with its count, most used first (the counts table's order). */
  ranked: readonly TagCount[];
  /** The tags of the newest clips, newest clip first. */
  recent: readonly (readonly string[])[];
  /** Tags that must show whatever the cap (the selected filter), in this order. */
  pinned?: readonly string[];
  max?: number;
};

/**
 * The few tag chips the popup shows: pinned tags, then the tags of the newest clips (what a daily clipper is
 * working on now), then the most used. Hundreds of chips once filled the popup and pushed the clips out of
 * view; a user who wants another tag types it, or opens all tags in the library. Tags no clip has any more
 * (a stale pin) are left out: their chip would filter to nothing.
 */
export function popupTagChips({ ranked, recent, pinned = [], max = POPUP_TAG_CHIPS }: Input): TagCount[] {
  const byTag = new Map(ranked.map((row) => [row.tag, row]));
  const shown = new Map<string, TagCount>();
  const add = (tag: string, force: boolean) => {
    const row = byTag.get(tag);
    if (row && !shown.has(tag) && (force || shown.size < max)) shown.set(tag, row);
  };
  for (const tag of pinned) add(tag, true);
  for (const tags of recent) for (const tag of tags) add(tag, false);
  for (const { tag } of ranked) add(tag, false);
  return [...shown.values()];
}
