import { collapse } from '../text/collapse';

/** Tags are compared and stored trimmed, lower-case, with single spaces ("Climate  Change" → "climate change"). */
export function normalizeTag(tag: string): string {
  return collapse(tag).toLowerCase().slice(0, 100);
}
