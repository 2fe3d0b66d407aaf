/** Tags are compared and stored trimmed, lower-case, with single spaces ("Climate  Change" → "climate change"). */
export function normalizeTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 100);
}
