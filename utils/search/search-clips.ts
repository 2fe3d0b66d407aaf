import type { ClipDatabase } from '../db/clip-db';
import { NO_SPACES, tokenize } from './tokenize';

/**
 * Ids per looked-up word, kept by the caller while the data is unchanged: typing "council h" after
 * "council" then costs one new lookup, not two. Drop it (make a new one) whenever clips change.
 */
export type SearchCache = Map<string, Set<number>>;

/**
 * Ids of clips matching every word of the query, from the word indexes (no body is read). As the user
 * types, the last word matches by prefix ("turb" finds "turbines") once it has three letters; the
 * words before it are complete and match exactly. A word may match the text or the tags.
 */
export async function searchClipIds(
  db: ClipDatabase,
  query: string,
  cache: SearchCache = new Map(),
): Promise<Set<number> | null> {
  const tokens = tokenize(query);
  if (tokens.length === 0) return null;
  const last = /[\p{L}\p{N}\p{M}]$/u.test(query) ? tokens[tokens.length - 1] : undefined;
  const lookups = [...new Set(tokens)].map((token) => ({
    token,
    prefix: token === last && token.length >= 3 && !NO_SPACES.test(token),
  }));
  const lookup = async (token: string, prefix: boolean): Promise<Set<number>> => {
    const key = `${prefix ? 'prefix' : 'word'}:${token}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const find = (table: typeof db.terms) =>
      (prefix ? table.where('words').startsWith(token) : table.where('words').equals(token)).primaryKeys();
    const [inText, inTags] = await Promise.all([find(db.terms), find(db.tagTerms)]);
    const ids = new Set<number>(inTags);
    for (const id of inText) ids.add(id);
    cache.set(key, ids);
    return ids;
  };
  let result: Set<number> | undefined;
  // Exact words first: they are the most selective, so later lookups intersect small sets.
  for (const { token, prefix } of lookups.sort((a, b) => Number(a.prefix) - Number(b.prefix))) {
    const ids = await lookup(token, prefix);
    result = result ? new Set([...result].filter((id) => ids.has(id))) : ids;
    if (result.size === 0) break;
  }
  return result ?? new Set();
}
