/**
 * Tags from the page's keyword sources (news_keywords, keywords, article:tag, JSON-LD keywords/articleSection,
 * parsely-tags, sailthru.tags …), given in priority order: split on commas and semicolons, trimmed, lower-cased,
 * deduplicated; empty, over-long (> 40 characters) and purely numeric ones dropped; at most 8 kept.
 */
export const MAX_TAGS = 8;
const MAX_TAG_LENGTH = 40;

export function normalizeTags(raw: readonly string[], max = MAX_TAGS): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    for (const piece of value.split(/[,;]/)) {
      const tag = piece
        .replace(/^[\s#"'“„«]+|[\s"'”“»]+$/g, '')
        .replace(/\s+/g, ' ')
        .toLowerCase();
      if (!tag || tag.length > MAX_TAG_LENGTH || /^[\d\s.\-/]+$/.test(tag) || seen.has(tag)) continue;
      seen.add(tag);
      out.push(tag);
      if (out.length >= max) return out;
    }
  }
  return out;
}
