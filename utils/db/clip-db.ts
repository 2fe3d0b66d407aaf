import Dexie, { type EntityTable } from 'dexie';
import type { StoredClip } from '../clip-schema';

export const DB_NAME = 'newsclip';

/**
 * The clip database, in the extension's origin (the popup, library and background share it).
 * Shipped schema versions are frozen: add a new `version(n)` with an upgrade and a migration test.
 */
export class ClipDatabase extends Dexie {
  clips!: EntityTable<StoredClip, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    // v1: body text is deliberately not indexed; `*tags` is multi-entry so each tag is a key.
    this.version(1).stores({
      clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime',
    });
  }
}

let instance: ClipDatabase | undefined;

/** The shared database of this extension page / worker. */
export function getDb(): ClipDatabase {
  instance ??= new ClipDatabase();
  return instance;
}
