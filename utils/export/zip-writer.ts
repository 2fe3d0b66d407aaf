import CRC32 from 'crc-32';
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';

export type ZipTextFile = { path: string; text: string; mtime: Date };
export type ZipBytesFile = { path: string; bytes: Uint8Array; mtime: Date };

/**
 * Posts are deflated until this much text has been written, then stored. Deflating runs at ~40 MB/s in
 * JS, so a 10,000-clip archive (~190 MB of Markdown) would take seconds; this way everyday exports shrink
 * ~3× and the largest cost at most ~0.2 s of deflating. The choice depends only on the files in order,
 * so the same clips still give the same bytes.
 */
export const DEFLATE_BUDGET_BYTES = 8 * 1024 * 1024;

/** Zip entry times are local-time fields: shift so every machine writes the UTC time, clamped to the format's range. */
function zipTime(date: Date): Date {
  const min = Date.UTC(1980, 0, 2);
  const max = Date.UTC(2099, 11, 31);
  const t = Math.min(Math.max(date.getTime(), min), max);
  return new Date(t + new Date(t).getTimezoneOffset() * 60_000);
}

const encoder = new TextEncoder();

/** A streaming zip writer (fflate): every add is written synchronously, so progress is real. */
export function zipWriter() {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let textBytes = 0;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const check = () => {
    if (failure) throw failure;
  };
  const deflated = (path: string, mtime: Date, bytes: Uint8Array) => {
    // Level 1 (not the default 6): several times faster; text still shrinks ~3×.
    const entry = new ZipDeflate(path, { level: 1 });
    entry.mtime = zipTime(mtime);
    zip.add(entry);
    entry.push(bytes, true);
    check();
  };
  /**
   * A stored entry through fflate's ZipInputFile interface, its CRC from crc-32 (slice-by-16, ~5× faster
   * than the byte-at-a-time CRC of fflate's ZipPassThrough, which dominated large exports). The bytes
   * written are the same: fflate puts the CRC in the data descriptor either way.
   */
  const stored = (path: string, mtime: Date, bytes: Uint8Array) => {
    const entry: ZipInputFile = {
      filename: path,
      size: bytes.length,
      crc: CRC32.buf(bytes) >>> 0,
      compression: 0,
      mtime: zipTime(mtime),
    };
    zip.add(entry);
    entry.ondata?.(null, bytes as Uint8Array<ArrayBuffer>, true); // fflate never writes to it
    check();
  };
  return {
    add(file: ZipTextFile) {
      // TextEncoder is native: several times faster than fflate's strToU8 on hundreds of MB.
      const bytes = encoder.encode(file.text);
      const deflate = textBytes < DEFLATE_BUDGET_BYTES;
      textBytes += bytes.length;
      (deflate ? deflated : stored)(file.path, file.mtime, bytes);
    },
    /** Images are stored, not deflated: they are compressed already. */
    addBytes(file: ZipBytesFile) {
      stored(file.path, file.mtime, file.bytes);
    },
    finish(): Uint8Array {
      zip.end();
      if (failure) throw failure;
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
      }
      return out;
    },
  };
}

/** How long work may run before letting the page repaint (progress bar) and handle input. */
const SLICE_MS = 50;

/**
 * Call after each unit of work: yields to the event loop once a slice of time has passed. A message
 * channel, not setTimeout(0), which browsers clamp to 4 ms once nested, so hundreds of yields cost seconds.
 */
export function timeSlicer(): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < SLICE_MS) return;
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
    start = performance.now();
  };
}
