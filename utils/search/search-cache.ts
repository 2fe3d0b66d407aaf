import type { ClipTagTerms } from '../db/clip-db';
import type { PostingRow } from '../db/posting-block';

/**
 * Lookups kept by the caller while the data is unchanged, as promises (a lookup still running is shared,
 * not started twice when the user types faster than the database answers): ids per word and prefix, and
 * the rows read for each prefix. Typing "coun" after "cou", or "council " after "council", reads nothing:
 * the rows of a longer word are those of its prefix that still match. Drop it (make a new one) whenever
 * clips change.
 */
export type SearchCache = Map<string, Cached>;
type Cached =
  | Promise<Set<number>>
  | Promise<readonly PostingRow[]>
  | Promise<readonly ClipTagTerms[]>
  | Promise<ReadonlySet<string>>;

/** The cached promise for `key`, else `lookup()` cached (and forgotten again if it fails). */
export function cached<T extends Cached>(cache: SearchCache, key: string, lookup: () => T): T {
  const hit = cache.get(key) as T | undefined;
  if (hit) return hit;
  const promise = lookup();
  cache.set(key, promise);
  promise.catch(() => cache.get(key) === promise && cache.delete(key));
  return promise;
}

/**
 * What is cached under `kind` for the longest prefix of `word` (three letters at least, `longest` at most)
 * that has a lookup which succeeded, or null when there is none.
 */
export async function cachedForPrefix<T>(
  cache: SearchCache,
  kind: 'prefix' | 'rows' | 'tag-rows',
  word: string,
  longest: number,
): Promise<T | null> {
  for (let n = longest; n >= 3; n--) {
    const shorter = cache.get(`${kind}:${word.slice(0, n)}`) as Promise<T> | undefined;
    const known = shorter && (await shorter.catch(() => null));
    if (known) return known;
  }
  return null;
}

/** The rows cached under `kind` for the longest prefix of `word` (see above) filtered by `keep`, or null. */
export async function narrowed<T>(
  cache: SearchCache,
  kind: 'rows' | 'tag-rows',
  word: string,
  longest: number,
  keep: (row: T) => boolean,
): Promise<T[] | null> {
  const known = await cachedForPrefix<readonly T[]>(cache, kind, word, longest);
  return known && known.filter(keep);
}
