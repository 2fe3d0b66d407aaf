import type { ClipDatabase } from '../db/clip-db';
import { NO_SPACES, tokenize } from './tokenize';

/**
 * Lookups kept by the caller while the data is unchanged: the ids of each word, and the indexed words
 * starting with each prefix, as promises (a lookup still running is shared, not started twice when the
 * user types faster than the database answers). Typing "council" after "cou" then reads nothing from the
 * database: the words of "coun" are those of "cou" that start with it, and their ids are already known.
 * Drop it (make a new one) whenever clips change.
 */
export type SearchCache = Map<string, Cached>;
type Cached = Promise<Set<number>> | Promise<readonly string[] | null>;

/** A prefix matching more indexed words than this is looked up as one key range, not word by word. */
export const PREFIX_WORDS = 32;

type Table = ClipDatabase['terms'];

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
  let result: Set<number> | undefined;
  // Exact words first: they are the most selective, so later lookups intersect small sets.
  for (const { token, prefix } of lookups.sort((a, b) => Number(a.prefix) - Number(b.prefix))) {
    const ids = prefix ? await prefixIds(db, token, cache) : await wordIds(db, token, cache);
    result = result ? intersect(result, ids) : ids;
    if (result.size === 0) break;
  }
  return result ?? new Set();
}

function intersect(a: Set<number>, b: Set<number>): Set<number> {
  if (a === b) return a;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<number>();
  for (const id of small) if (large.has(id)) out.add(id);
  // Reusing the smaller set when nothing was dropped keeps results identical across keystrokes.
  return out.size === small.size ? small : out;
}

/** The cached promise for `key`, else `lookup()` cached (and forgotten again if it fails). */
function cached<T extends Cached>(cache: SearchCache, key: string, lookup: () => T): T {
  const hit = cache.get(key) as T | undefined;
  if (hit) return hit;
  const promise = lookup();
  cache.set(key, promise);
  promise.catch(() => cache.get(key) === promise && cache.delete(key));
  return promise;
}

/** Ids of the clips whose text or tags contain `word`. */
function wordIds(db: ClipDatabase, word: string, cache: SearchCache): Promise<Set<number>> {
  return cached(cache, `word:${word}`, async () => {
    const find = (table: Table) => table.where('words').equals(word).primaryKeys();
    return union(await Promise.all([find(db.tagTerms), find(db.terms)]));
  });
}

/** Ids of the clips with a word (in text or tags) starting with `prefix`. */
function prefixIds(db: ClipDatabase, prefix: string, cache: SearchCache): Promise<Set<number>> {
  return cached(cache, `prefix:${prefix}`, async () => {
    const words = await prefixWords(db, prefix, cache);
    if (words) {
      // Few words: one exact lookup each, shared with longer prefixes and with exact searches.
      const sets = await Promise.all(words.map((word) => wordIds(db, word, cache)));
      return sets.length === 1 ? sets[0]! : union(sets);
    }
    const find = (table: Table) => table.where('words').startsWith(prefix).primaryKeys();
    return union(await Promise.all([find(db.tagTerms), find(db.terms)]));
  });
}

/**
 * The indexed words starting with `prefix` (text and tags, sorted), or null when there are more than
 * PREFIX_WORDS of them. Reads one index entry per distinct word, and nothing at all when a shorter
 * prefix's words are known.
 */
function prefixWords(
  db: ClipDatabase,
  prefix: string,
  cache: SearchCache,
): Promise<readonly string[] | null> {
  return cached(cache, `words:${prefix}`, async () => {
    for (let n = prefix.length - 1; n >= 3; n--) {
      const shorter = cache.get(`words:${prefix.slice(0, n)}`) as
        Promise<readonly string[] | null> | undefined;
      const known = shorter && (await shorter.catch(() => null));
      if (known) return known.filter((w) => w.startsWith(prefix));
    }
    const [inText, inTags] = await Promise.all([
      distinctWords(db, 'terms', prefix, PREFIX_WORDS),
      distinctWords(db, 'tagTerms', prefix, PREFIX_WORDS),
    ]);
    if (!inText || !inTags) return null;
    const words = [...new Set([...inText, ...inTags])].sort();
    return words.length > PREFIX_WORDS ? null : words;
  });
}

/**
 * The distinct words of a table's word index that start with `prefix`, or null when there are more than
 * `max`. A key cursor that jumps past each word's entries: a word found in 10,000 clips costs one step,
 * where Dexie's `uniqueKeys()` ("nextunique") would walk all 10,000 of its entries.
 */
async function distinctWords(
  db: ClipDatabase,
  table: 'terms' | 'tagTerms',
  prefix: string,
  max: number,
): Promise<string[] | null> {
  if (!db.isOpen()) await db.open();
  return new Promise((resolve, reject) => {
    const words: string[] = [];
    const index = db.backendDB().transaction(table, 'readonly').objectStore(table).index('words');
    const request = index.openKeyCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(words);
      const word = String(cursor.key);
      words.push(word);
      if (words.length > max) return resolve(null);
      // The smallest key after every entry of `word`.
      cursor.continue(`${word}\u0000`);
    };
  });
}

function union(lists: Iterable<Iterable<number>>): Set<number> {
  const out = new Set<number>();
  for (const list of lists) for (const id of list) out.add(id);
  return out;
}
