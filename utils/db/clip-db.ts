import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { ClipSummary } from '../clip-schema';
import { clipTerms } from './clip-search-words';
import type { PostingKey, PostingRow } from './posting-block';
import { countRows } from './tag-counts';
import { updatePostings } from './update-postings';

export const DB_NAME = 'newsclip';

/** A clip's Markdown, kept apart so lists and tag counts never load article bodies. */
export type ClipBody = { id: number; markdown: string };
/**
 * The distinct words of a clip's title, description and body: what its posting rows say, kept so an edit
 * or delete knows which rows to update.
 */
export type ClipTerms = { id: number; words: string[] };
/** The words of a clip's tags, apart: a tag edit rewrites this small row, never the big one above. */
export type ClipTagTerms = { id: number; words: string[] };
/** How many clips carry a tag; the row keyed '' (UNTAGGED) counts the clips without tags. */
export type TagCountRow = { tag: string; count: number };

/**
 * The clip database, in the extension's origin (the popup, library and background share it).
 * Shipped schema versions are frozen: add a new `version(n)` with an upgrade and a migration test from a
 * real database of the previous version. An upgrade that throws aborts and leaves the data as it was.
 */
export class ClipDatabase extends Dexie {
  clips!: EntityTable<ClipSummary & { id: number }, 'id'>;
  bodies!: EntityTable<ClipBody, 'id'>;
  terms!: EntityTable<ClipTerms, 'id'>;
  tagTerms!: EntityTable<ClipTagTerms, 'id'>;
  tagCounts!: EntityTable<TagCountRow, 'tag'>;
  postings!: Table<PostingRow, PostingKey>;

  constructor(name = DB_NAME) {
    super(name);
    // v1 (frozen): whole clips in one table; body text is not indexed; `*tags` is multi-entry.
    this.version(1).stores({
      clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime',
    });
    // v2 (frozen): bodies move to their own table (lists of thousands of clips stay small) and a word index
    // for full-text search, maintained on every write.
    this.version(2)
      .stores({
        clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime',
        bodies: 'id',
        terms: 'id, *words',
        tagTerms: 'id, *words',
      })
      .upgrade(moveBodiesAndIndex);
    // v3: tag counts kept up to date by every write (utils/db/tag-counts.ts), so the popup's tag chips read
    // a few hundred small rows instead of the whole tag index (tens of thousands of entries at 10,000 clips).
    this.version(3)
      .stores({
        clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime',
        bodies: 'id',
        terms: 'id, *words',
        tagTerms: 'id, *words',
        tagCounts: 'tag',
      })
      .upgrade(countTags);
    // v4: text search reads posting rows per (word, block of ids) (utils/db/posting-block.ts) instead of a
    // multi-entry index over each clip's words: a word found in 10,000 clips was 10,000 index entries to
    // read on a keystroke, and is now two rows. Tag words keep their (small) multi-entry index.
    this.version(4)
      .stores({
        clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime',
        bodies: 'id',
        terms: 'id',
        tagTerms: 'id, *words',
        tagCounts: 'tag',
        postings: '[word+block]',
      })
      .upgrade(buildPostings);
  }
}

async function countTags(tx: Transaction): Promise<void> {
  const clips = (await tx.table('clips').toArray()) as { tags?: unknown }[];
  await tx.table('tagCounts').bulkPut(countRows(clips.map((clip) => clip.tags)));
}

/** Posting rows from the stored word lists, a few hundred clips at a time to bound memory. */
async function buildPostings(tx: Transaction): Promise<void> {
  const terms = tx.table('terms') as Table<ClipTerms, number>;
  const postings = tx.table('postings') as Table<PostingRow, PostingKey>;
  let after = -Infinity;
  for (;;) {
    const rows = await terms.where('id').above(after).limit(500).toArray();
    if (rows.length === 0) return;
    await updatePostings(
      postings,
      rows.map(({ id, words }) => ({ id, before: [], after: words })),
    );
    after = rows[rows.length - 1]!.id;
  }
}

async function moveBodiesAndIndex(tx: Transaction): Promise<void> {
  const clips = tx.table('clips');
  const bodies = tx.table('bodies');
  const terms = tx.table('terms');
  const tagTerms = tx.table('tagTerms');
  const rows = (await clips.toArray()) as (ClipSummary & { id: number; markdown?: unknown })[];
  const bodyRows: ClipBody[] = [];
  const termRows: ClipTerms[] = [];
  const tagTermRows: ClipTagTerms[] = [];
  for (const row of rows) {
    const markdown = typeof row.markdown === 'string' ? row.markdown : '';
    bodyRows.push({ id: row.id, markdown });
    const { terms: words, tagTerms: tagWords } = clipTerms(row.id, row, markdown);
    termRows.push(words);
    tagTermRows.push(tagWords);
    delete row.markdown;
  }
  await bodies.bulkPut(bodyRows);
  await terms.bulkPut(termRows);
  await tagTerms.bulkPut(tagTermRows);
  await clips.bulkPut(rows);
}

/** Every table a clip is spread over: a write that adds, changes or removes clips takes them all. */
export function clipTables(db: ClipDatabase) {
  return [db.clips, db.bodies, db.terms, db.tagTerms, db.tagCounts, db.postings];
}

let instance: ClipDatabase | undefined;

/** The shared database of this extension page / worker. */
export function getDb(): ClipDatabase {
  instance ??= new ClipDatabase();
  return instance;
}
