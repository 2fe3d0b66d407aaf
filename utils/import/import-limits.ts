/**
 * How much an import reads before it refuses. A 10,000-clip export is ~190 MB of Markdown in ~10,000
 * entries (more with its images), so the caps leave room for a large library of one's own while a zip
 * bomb — a few kB that inflate to gigabytes — is stopped as soon as it passes them.
 */
export type ImportLimits = {
  /** Entries in one zip, counting those that are not read (images, folders). */
  maxEntries: number;
  /** One Markdown file, picked or in a zip: no post is this long; a hostile file is. */
  maxPostBytes: number;
  /** One other entry read from a zip (a backup `.json`), and one picked backup. */
  maxEntryBytes: number;
  /** Everything inflated from one zip. */
  maxTotalBytes: number;
};

const MB = 1024 * 1024;

export const IMPORT_LIMITS: ImportLimits = {
  maxEntries: 100_000,
  maxPostBytes: 20 * MB,
  maxEntryBytes: 50 * MB,
  maxTotalBytes: 500 * MB,
};

/** "20 MB" for a message. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
