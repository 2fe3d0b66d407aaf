import type { ClipDatabase } from '../db/clip-db';
import { tokenize } from './tokenize';

/**
 * Ids of clips matching every word of the query, from the word index (no body is read). Words match
 * by prefix, so results update as the user types ("turb" finds "turbines"); a word may match the
 * text or the tags.
 */
export async function searchClipIds(db: ClipDatabase, query: string): Promise<Set<number> | null> {
  const tokens = [...new Set(tokenize(query))];
  if (tokens.length === 0) return null;
  let result: Set<number> | undefined;
  // Longest tokens first: they are the most selective, so later lookups intersect small sets.
  for (const token of tokens.sort((a, b) => b.length - a.length)) {
    const [inText, inTags] = await Promise.all([
      db.terms.where('words').startsWith(token).primaryKeys(),
      db.terms.where('tagWords').startsWith(token).primaryKeys(),
    ]);
    const ids = new Set<number>([...inText, ...inTags]);
    result = result ? new Set([...result].filter((id) => ids.has(id))) : ids;
    if (result.size === 0) break;
  }
  return result ?? new Set();
}
