import Dexie, { type EntityTable, type Table } from 'dexie';
import type { StoredClip, StoredSummary } from '../clip-schema';
import { MIGRATIONS, type Migration } from './migrations';
import type { PostingKey, PostingRow } from './posting-block';
import { readableSummary } from './readable-summary';
import type { ClipVersion } from '../versions/version-schema';

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
 * A clip whose search words are not yet in the posting rows (see migrations/v6.ts). `stamp` is new with
 * each save, so the indexer, which reads the clip before it writes, can tell it still has that version
 * (markers written before stamps have none).
 */
export type ToIndexRow = { id: number; stamp?: string };

/** A deleted clip, whole, kept until it is restored, deleted forever or older than the purge age. */
export type TrashRow = { trashId?: number; deletedAt: string; clip: StoredClip };
/** A stored record no release could read (v5 upgrade): kept as it was, with the reason, never deleted. */
export type QuarantineRow = {
  key?: number;
  id?: unknown;
  record: unknown;
  body?: unknown;
  reason: string;
  at: string;
};

/**
 * The clip database, in the extension's origin (the popup, library and background share it).
 * Shipped schema versions are frozen files in `migrations/` (stores, upgrade, example data); add a new
 * one for a change, with its case in the migration test. An upgrade that throws aborts and leaves the
 * data as it was. `migrations` is a parameter only so a test can make an upgrade fail.
 */
export class ClipDatabase extends Dexie {
  clips!: EntityTable<StoredSummary, 'id'>;
  bodies!: EntityTable<ClipBody, 'id'>;
  terms!: EntityTable<ClipTerms, 'id'>;
  tagTerms!: EntityTable<ClipTagTerms, 'id'>;
  tagCounts!: EntityTable<TagCountRow, 'tag'>;
  postings!: Table<PostingRow, PostingKey>;
  trash!: EntityTable<TrashRow, 'trashId'>;
  toIndex!: EntityTable<ToIndexRow, 'id'>;
  quarantine!: EntityTable<QuarantineRow, 'key'>;
  versions!: EntityTable<ClipVersion, 'versionId'>;

  constructor(name = DB_NAME, migrations: readonly Migration[] = MIGRATIONS) {
    super(name);
    for (const { version, stores, upgrade } of migrations) {
      const next = this.version(version).stores(stores);
      if (upgrade) next.upgrade(upgrade);
    }
    // Every read goes through this: a record written without a tag list (or edited list) by an older or
    // buggy release reads as having none, instead of breaking every list, count and re-clip of the library.
    this.clips.hook('reading', readableSummary);
  }
}

/**
 * Every table a clip is spread over (and the trash a delete moves it to): a write that adds, changes or
 * removes clips takes them all.
 */
export function clipTables(db: ClipDatabase) {
  return [
    db.clips,
    db.bodies,
    db.terms,
    db.tagTerms,
    db.tagCounts,
    db.postings,
    db.trash,
    db.toIndex,
    db.versions,
  ];
}

let instance: ClipDatabase | undefined;

/** The shared database of this extension page / worker. */
export function getDb(): ClipDatabase {
  instance ??= new ClipDatabase();
  return instance;
}
