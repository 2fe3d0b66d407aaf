import Dexie from 'dexie';
import type { ClipDatabase, ClipTagTerms } from '../db/clip-db';
import { forEachId, type PostingRow } from '../db/posting-block';
import { withPendingClips } from './pending-matches';
import { cached, cachedForPrefix, narrowed, type SearchCache } from './search-cache';
import { NO_SPACES, tokenize } from './tokenize';

export type { SearchCache };

/**
 * Ids of clips matching every word of the query, from the word indexes (no body is read). As the user
 * types, the last word matches by prefix ("turb" finds "turbines") once it has three letters; the
 * words before it are complete and match exactly. A word may match the text or the tags. Clips saved
 * and not yet indexed are judged from their text.
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
  return withPendingClips(db, lookups, result ?? new Set());
}

function intersect(a: Set<number>, b: Set<number>): Set<number> {
  if (a === b) return a;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<number>();
  for (const id of small) if (large.has(id)) out.add(id);
  // Reusing the smaller set when nothing was dropped keeps results identical across keystrokes.
  return out.size === small.size ? small : out;
}

/** Ids of the clips whose text or tags contain `word`. */
function wordIds(db: ClipDatabase, word: string, cache: SearchCache): Promise<Set<number>> {
  return cached(cache, `word:${word}`, async () => {
    const [rows, tagRows] = await Promise.all([
      narrowed<PostingRow>(cache, 'rows', word, word.length, (row) => row.word === word).then(
        (known) =>
          known ??
          db.postings.where('[word+block]').between([word, Dexie.minKey], [word, Dexie.maxKey]).toArray(),
      ),
      tagRowsFor(db, cache, word, false),
    ]);
    return idsOf(rows, tagRows);
  });
}

/** Ids of the clips with a word (in text or tags) starting with `prefix`. */
function prefixIds(db: ClipDatabase, prefix: string, cache: SearchCache): Promise<Set<number>> {
  return cached(cache, `prefix:${prefix}`, async () => {
    const [rows, tagRows, shorter] = await Promise.all([
      prefixRows(db, prefix, cache),
      tagRowsFor(db, cache, prefix, true),
      // The ids of the longest shorter prefix already looked up, if any.
      cachedForPrefix<Set<number>>(cache, 'prefix', prefix, prefix.length - 1),
    ]);
    const ids = idsOf(rows, tagRows);
    // A longer prefix matches a subset: when it is the same set, the same object tells the list that
    // nothing changed, so it is not filtered and rendered again.
    return shorter?.size === ids.size ? shorter : ids;
  });
}

/**
 * The posting rows of every text word starting with `prefix`: one key range (a few rows per word, however
 * many clips contain it), or nothing read when a shorter prefix's rows are known.
 */
function prefixRows(db: ClipDatabase, prefix: string, cache: SearchCache): Promise<readonly PostingRow[]> {
  return cached(cache, `rows:${prefix}`, async () => {
    const known = await narrowed<PostingRow>(cache, 'rows', prefix, prefix.length - 1, (row) =>
      row.word.startsWith(prefix),
    );
    return (
      known ??
      db.postings
        .where('[word+block]')
        .between([prefix], [`${prefix}\uffff`])
        .toArray()
    );
  });
}

/**
 * The tag word rows of the clips with a tag word equal to (or, for a prefix, starting with) `word`. Not
 * read at all when no tag has such a word: the words of all tags come from the few hundred rows of tag
 * counts, once per cache.
 */
function tagRowsFor(
  db: ClipDatabase,
  cache: SearchCache,
  word: string,
  prefix: boolean,
): Promise<readonly ClipTagTerms[]> {
  const matches = (w: string) => (prefix ? w.startsWith(word) : w === word);
  const read = async () => {
    const words = await cached(cache, 'tag-words', async () => {
      const tags = (await db.tagCounts.toCollection().primaryKeys()) as string[];
      return new Set(tags.flatMap((tag) => tokenize(tag)));
    });
    if (![...words].some(matches)) return [];
    const longest = prefix ? word.length - 1 : word.length;
    const known = await narrowed<ClipTagTerms>(cache, 'tag-rows', word, longest, (row) =>
      row.words.some(matches),
    );
    if (known) return known;
    const index = db.tagTerms.where('words');
    return (prefix ? index.startsWith(word) : index.equals(word)).distinct().toArray();
  };
  return prefix ? cached(cache, `tag-rows:${word}`, read) : read();
}

function idsOf(rows: readonly PostingRow[], tagRows: readonly ClipTagTerms[]): Set<number> {
  const ids = new Set<number>();
  const add = (id: number) => ids.add(id);
  for (const row of rows) forEachId(row, add);
  for (const row of tagRows) ids.add(row.id);
  return ids;
}
