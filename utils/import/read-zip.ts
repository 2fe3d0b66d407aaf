import { Unzip, type UnzipFile } from 'fflate';
import { CappedInflate, InflateRatioError } from './capped-inflate';
import { isJunkEntry, unsafeEntryPath } from './entry-path';
import { megabytes, type ImportLimits } from './import-limits';

export type ZipEntry = { path: string; data: Uint8Array };
/** An entry that was not read, and why. */
export type ZipSkip = { path: string; message: string };

export type ZipRead =
  | { ok: true; entries: ZipEntry[]; skipped: ZipSkip[]; ignored: number }
  /** The whole zip is refused: nothing in it is imported. */
  | { ok: false; reason: string };

const POST = /\.(md|markdown|mdx)$/i;
const JSON_FILE = /\.json$/i;
/** Bytes of the zip handed to the reader at a time; progress is reported after each. */
const CHUNK = 256 * 1024;

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Reads the `.md` and `.json` entries of a zip as a stream (fflate's `Unzip`, entry by entry in the order
 * they are stored), inflating each only up to the caps: an entry over its cap is named and dropped the
 * moment it passes it; past `maxTotalBytes` inflated or `maxEntries` entries, or at an entry that inflates
 * like a bomb (`CappedInflate`), the whole zip is refused and reading stops. Entries are read once each from their local headers, so a central directory that points
 * many entries at one stream inflates it at most once. Other files are counted, never inflated; unsafe
 * paths are skipped with the reason.
 */
export function readZip(
  bytes: Uint8Array,
  limits: ImportLimits,
  onProgress: (fraction: number) => void = () => {},
): ZipRead {
  const entries: ZipEntry[] = [];
  const skipped: ZipSkip[] = [];
  let ignored = 0;
  let count = 0;
  let total = 0;
  let refused: string | undefined;
  const unfinished: { path: string; done(): boolean }[] = [];

  const refuse = (reason: string) => {
    refused ??= reason;
  };

  const read = (file: UnzipFile, cap: number) => {
    const tooLarge = () =>
      skipped.push({ path: file.name, message: `Too large (over ${megabytes(cap)}): not read` });
    if (file.originalSize !== undefined && file.originalSize > cap) {
      tooLarge();
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    unfinished.push({ path: file.name, done: () => done });
    file.ondata = (error, chunk, final) => {
      if (done) return;
      if (error instanceof InflateRatioError) {
        done = true;
        refuse(`${error.message}: nothing in it was imported`);
        return;
      }
      if (error) {
        done = true;
        skipped.push({ path: file.name, message: `Not readable (${error.message})` });
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (total > limits.maxTotalBytes) {
        done = true;
        file.terminate();
        refuse(
          `It inflates to more than ${megabytes(limits.maxTotalBytes)} (a zip bomb?): nothing in it was imported`,
        );
        return;
      }
      if (size > cap) {
        done = true;
        file.terminate();
        tooLarge();
        return;
      }
      chunks.push(chunk);
      if (final) {
        done = true;
        entries.push({ path: file.name, data: concat(chunks, size) });
      }
    };
    file.start();
  };

  const unzip = new Unzip((file) => {
    if (refused) return;
    if (++count > limits.maxEntries) {
      refuse(`It holds more than ${limits.maxEntries} entries: nothing in it was imported`);
      return;
    }
    const unsafe = unsafeEntryPath(file.name);
    if (unsafe && !file.name.endsWith('/')) {
      skipped.push({ path: file.name, message: `Skipped: ${unsafe}` });
      return;
    }
    if (unsafe || isJunkEntry(file.name)) return;
    if (POST.test(file.name)) read(file, limits.maxPostBytes);
    else if (JSON_FILE.test(file.name)) read(file, limits.maxEntryBytes);
    else ignored++;
  });
  unzip.register(CappedInflate);

  try {
    for (let i = 0; i < bytes.length && !refused; i += CHUNK) {
      const end = Math.min(i + CHUNK, bytes.length);
      unzip.push(bytes.subarray(i, end), end === bytes.length);
      onProgress(end / bytes.length);
    }
  } catch (error) {
    return {
      ok: false,
      reason: `Not a readable zip (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (refused) return { ok: false, reason: refused };
  if (!count) return { ok: false, reason: 'Not a readable zip (no entries found)' };
  for (const entry of unfinished) {
    if (!entry.done()) skipped.push({ path: entry.path, message: 'The zip ends inside this file' });
  }
  return { ok: true, entries, skipped, ignored };
}
