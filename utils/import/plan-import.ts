import { unzipSync } from 'fflate';
import { readBackup } from '../backup/read-backup';
import { toIsoUtc } from '../format-datetime';
import { importPost } from './import-post';
import type { ImportFile, ImportOptions, ImportPlan } from './import-plan';

/** Larger entries in a zip are not read: no blog post is that big, a zip bomb is. */
const MAX_ENTRY_BYTES = 50 * 1024 * 1024;
const POST = /\.(md|markdown|mdx)$/i;
const JSON_FILE = /\.json$/i;

type Kind = 'post' | 'zip' | 'backup' | 'other';

function kindOf(name: string, data: Uint8Array | string): Kind {
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

/** Entries a zip tool or OS adds that are not the user's files (macOS resource forks, dotfiles). */
function isJunk(path: string): boolean {
  return path.endsWith('/') || path.startsWith('__MACOSX/') || /(^|\/)\./.test(path);
}

/** The `.md` and `.json` entries of a zip; others are only counted, and never decompressed. */
function unzipPosts(
  data: Uint8Array | string,
): { entries: Record<string, Uint8Array>; ignored: number; tooLarge: string[] } | { failure: string } {
  let ignored = 0;
  const tooLarge: string[] = [];
  try {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const entries = unzipSync(bytes, {
      filter: (f) => {
        if (isJunk(f.name)) return false;
        if (!POST.test(f.name) && !JSON_FILE.test(f.name)) {
          ignored++;
          return false;
        }
        if (f.originalSize <= MAX_ENTRY_BYTES) return true;
        tooLarge.push(f.name);
        return false;
      },
    });
    return { entries, ignored, tooLarge };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

function decode(data: Uint8Array | string): string | null {
  if (typeof data === 'string') return data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

/**
 * Reads the picked files into an import plan without writing anything: Markdown posts of any export
 * profile, zips of them at any folder depth (other files in a zip are ignored, and counted in a warning),
 * and Newsclip JSON backups (each bad record reported by index). Every unreadable file is listed in
 * `errors` with its line and reason; the rest are still read.
 */
export function planImport(files: readonly ImportFile[], options: ImportOptions = {}): ImportPlan {
  const opts = { ...options, now: options.now ?? toIsoUtc(Date.now()) };
  const plan: ImportPlan = { ready: [], readyFiles: [], warnings: [], errors: [] };

  let ignored = 0;
  const readText = (file: string, data: Uint8Array | string, kind: 'post' | 'backup', inZip = false) => {
    const text = decode(data);
    if (text === null) {
      plan.errors.push({ file, message: 'Not UTF-8 text' });
      return;
    }
    if (kind === 'post') {
      const post = importPost(file, text, opts);
      plan.warnings.push(...post.warnings);
      plan.errors.push(...post.errors);
      if (post.clip) {
        plan.ready.push(post.clip);
        plan.readyFiles.push(file);
      }
      return;
    }
    const backup = readBackup(text);
    // Other JSON in a zip (a blog's package.json) is not ours to judge.
    if (!backup.ok && inZip && !text.includes('newsclip-backup')) {
      ignored++;
      return;
    }
    if (!backup.ok) {
      plan.errors.push({ file, message: backup.reason });
      return;
    }
    for (const problem of backup.problems) {
      plan.errors.push({ file, message: `clips[${problem.index}]: ${problem.reason}` });
    }
    plan.ready.push(...backup.clips);
    plan.readyFiles.push(...backup.indexes.map((i) => `${file}#clips[${i}]`));
  };

  for (const { name, data } of files) {
    const kind = kindOf(name, data);
    if (kind === 'post' || kind === 'backup') {
      readText(name, data, kind);
    } else if (kind === 'zip') {
      const zip = unzipPosts(data);
      if ('failure' in zip) {
        plan.errors.push({ file: name, message: `Not a readable zip (${zip.failure})` });
        continue;
      }
      ignored = zip.ignored;
      for (const path of zip.tooLarge) {
        plan.errors.push({ file: `${name}/${path}`, message: 'Too large to be a post (over 50 MB)' });
      }
      const paths = Object.keys(zip.entries).sort();
      for (const path of paths) {
        readText(`${name}/${path}`, zip.entries[path] ?? '', POST.test(path) ? 'post' : 'backup', true);
      }
      if (ignored) {
        plan.warnings.push({
          file: name,
          message: `${ignored} file(s) that are not posts or a backup were ignored`,
        });
      }
      if (!paths.length && !zip.tooLarge.length)
        plan.errors.push({ file: name, message: 'The zip holds no .md files' });
    } else {
      plan.errors.push({ file: name, message: 'Not a Markdown post, a zip of posts or a Newsclip backup' });
    }
  }
  return plan;
}
