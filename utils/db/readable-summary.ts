import type { StoredSummary } from '../clip-schema';

/**
 * A clip record as the app reads it: a tag or edited list that is missing or not a list reads as empty.
 * The v5 upgrade repairs stored records; this keeps one written later by a bug from breaking the library
 * (lists, counts, filters) or a re-clip of its page, which all take `tags` to be a list.
 */
export function readableSummary(row: StoredSummary): StoredSummary {
  if (!row || typeof row !== 'object') return row;
  const tags = Array.isArray(row.tags) ? row.tags : [];
  const edited = Array.isArray(row.edited) ? row.edited : [];
  return tags === row.tags && edited === row.edited ? row : { ...row, tags, edited };
}
