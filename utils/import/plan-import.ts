import { readBackup } from '../backup/read-backup';
import { toIsoUtc } from '../format-datetime';
import { importPost } from './import-post';
import { IMPORT_LIMITS, megabytes, type ImportLimits } from './import-limits';
import type { ImportFile, ImportOptions, ImportPlan } from './import-plan';
import { readZip } from './read-zip';

const POST = /\.(md|markdown|mdx)$/i;
const JSON_FILE = /\.json$/i;

type Kind = 'post' | 'zip' | 'backup' | 'other';

/** Progress of an import being read: posts and backup records read so far, and the share of input bytes. */
export type ImportProgress = { read: number; fraction: number };

export type PlanImportHooks = {
  limits?: Partial<ImportLimits>;
  onProgress?(progress: ImportProgress): void;
};

export function kindOf(name: string, data: Uint8Array | string): Kind {
  if (POST.test(name)) return 'post';
  if (/\.zip$/i.test(name)) return 'zip';
  if (JSON_FILE.test(name)) return 'backup';
  // No telling extension: look at the content.
  if (typeof data !== 'string' && data[0] === 0x50 && data[1] === 0x4b) return 'zip';
  const start = (typeof data === 'string' ? data.slice(0, 8) : new TextDecoder().decode(data.subarray(0, 8)))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (start.startsWith('---')) return 'post';
  if (start.startsWith('{')) return 'backup';
  return 'other';
}

function decode(data: Uint8Array | string): string | null {
  if (typeof data === 'string') return data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * An import plan filled one picked file at a time (`add`), so a caller can read the files one by one.
 * Each file, and each entry of a zip, is read on its own: whatever it throws fails that file alone, named,
 * with the reason.
 */
export function importPlanner(options: ImportOptions = {}, hooks: PlanImportHooks = {}) {
  const opts = { ...options, now: options.now ?? toIsoUtc(Date.now()) };
  const limits = { ...IMPORT_LIMITS, ...hooks.limits };
  const plan: ImportPlan = { ready: [], readyFiles: [], warnings: [], errors: [] };
  let read = 0;

  const readText = (file: string, data: Uint8Array | string, kind: 'post' | 'backup', inZip: boolean) => {
    const text = decode(data);
    if (text === null) {
      plan.errors.push({ file, message: 'Not UTF-8 text' });
      return 'read';
    }
    if (kind === 'post') {
      const post = importPost(file, text, opts);
      plan.warnings.push(...post.warnings);
      plan.errors.push(...post.errors);
      if (post.clip) {
        plan.ready.push(post.clip);
        plan.readyFiles.push(file);
      }
      return 'read';
    }
    const backup = readBackup(text);
    // Other JSON in a zip (a blog's package.json) is not ours to judge.
    if (!backup.ok && inZip && !text.includes('newsclip-backup')) return 'ignored';
    if (!backup.ok) {
      plan.errors.push({ file, message: backup.reason });
      return 'read';
    }
    for (const problem of backup.problems) {
      plan.errors.push({ file, message: `clips[${problem.index}]: ${problem.reason}` });
    }
    plan.ready.push(...backup.clips);
    if (Object.keys(backup.history).length) plan.history = { ...plan.history, ...backup.history };
    plan.readyFiles.push(...backup.indexes.map((i) => `${file}#clips[${i}]`));
    return 'read';
  };

  /** Reads one file; anything it throws is that file's error, and the others are still read. */
  const readOne = (file: string, data: Uint8Array | string, kind: 'post' | 'backup', inZip = false) => {
    try {
      return readText(file, data, kind, inZip);
    } catch (error) {
      plan.errors.push({ file, message: `Could not be read (${reason(error)})` });
      return 'read';
    } finally {
      read++;
    }
  };

  const readZipFile = (name: string, data: Uint8Array | string, report: (fraction: number) => void) => {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const zip = readZip(bytes, limits, (f) => report(f / 2));
    if (!zip.ok) {
      plan.errors.push({ file: name, message: zip.reason });
      return;
    }
    for (const skip of zip.skipped) plan.errors.push({ file: `${name}/${skip.path}`, message: skip.message });
    let ignored = zip.ignored;
    const entries = [...zip.entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const [i, { path, data: entry }] of entries.entries()) {
      const kind = POST.test(path) ? 'post' : 'backup';
      if (readOne(`${name}/${path}`, entry, kind, true) === 'ignored') ignored++;
      report(0.5 + (i + 1) / entries.length / 2);
    }
    if (ignored) {
      plan.warnings.push({
        file: name,
        message: `${ignored} file(s) that are not posts or a backup were ignored`,
      });
    }
    if (!entries.length && !zip.skipped.length)
      plan.errors.push({ file: name, message: 'The zip holds no .md files' });
  };

  /** Refuses a post or backup over its cap by its size alone, so a caller need not read it. */
  const refuseBySize = (name: string, kind: Kind, size: number): boolean => {
    const cap = kind === 'post' ? limits.maxPostBytes : kind === 'backup' ? limits.maxTotalBytes : Infinity;
    if (size <= cap) return false;
    const what = kind === 'post' ? 'Too large to be a post' : 'Too large';
    plan.errors.push({ file: name, message: `${what} (over ${megabytes(cap)}): not read` });
    return true;
  };

  return {
    plan,
    refuseBySize,
    /** Reads one picked file; `report` gets the share of it done (0–1). */
    add(name: string, data: Uint8Array | string, report: (fraction: number) => void = () => {}) {
      const kind = kindOf(name, data);
      try {
        if (refuseBySize(name, kind, data.length)) {
          // Listed: never read.
        } else if (kind === 'post' || kind === 'backup') {
          readOne(name, data, kind);
        } else if (kind === 'zip') {
          readZipFile(name, data, report);
        } else {
          plan.errors.push({
            file: name,
            message: 'Not a Markdown post, a zip of posts or a Newsclip backup',
          });
        }
      } catch (error) {
        plan.errors.push({ file: name, message: `Could not be read (${reason(error)})` });
      }
      report(1);
    },
    /** Posts and backups read so far. */
    read: () => read,
  };
}

/**
 * Reads the picked files into an import plan without writing anything: Markdown posts of any export
 * profile, zips of them at any folder depth (other files in a zip are ignored, and counted in a warning),
 * and Newsclip JSON backups (each bad record reported by index). Every unreadable file is listed in
 * `errors` with its line and reason; the rest are still read. Zips are read within `IMPORT_LIMITS`.
 */
export function planImport(
  files: readonly ImportFile[],
  options: ImportOptions = {},
  hooks: PlanImportHooks = {},
): ImportPlan {
  const planner = importPlanner(options, hooks);
  const sizes = files.map((f) => Math.max(f.data.length, 1));
  const total = sizes.reduce((a, b) => a + b, 0);
  let before = 0;
  for (const [i, { name, data }] of files.entries()) {
    const size = sizes[i] ?? 1;
    planner.add(name, data, (fraction) =>
      hooks.onProgress?.({ read: planner.read(), fraction: (before + fraction * size) / total }),
    );
    before += size;
  }
  return planner.plan;
}
