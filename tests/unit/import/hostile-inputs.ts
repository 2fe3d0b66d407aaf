import CRC32 from 'crc-32';
import { deflateSync, Zip, zipSync, type ZipInputFile } from 'fflate';

/**
 * A zip whose central directory lists `count` entries that all point at the one deflated stream of its
 * first entry (the overlapping-entries bomb): a reader that trusts the directory inflates it `count` times.
 */
export function overlappingZip(name: string, content: Uint8Array, count: number): Uint8Array {
  const one = zipSync({ [name]: content }, { level: 9 });
  const view = new DataView(one.buffer, one.byteOffset, one.byteLength);
  const eocd = one.length - 22;
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  const header = one.subarray(cdOffset, cdOffset + cdSize);
  const nameLength = view.getUint16(cdOffset + 28, true);
  const headers: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const entryName = new TextEncoder().encode(`${i}-${name}`);
    const entry = new Uint8Array(46 + entryName.length + (header.length - 46 - nameLength));
    entry.set(header.subarray(0, 46));
    new DataView(entry.buffer).setUint16(28, entryName.length, true);
    entry.set(entryName, 46);
    entry.set(header.subarray(46 + nameLength), 46 + entryName.length);
    headers.push(entry);
  }
  const directory = headers.reduce((n, h) => n + h.length, 0);
  const out = new Uint8Array(cdOffset + directory + 22);
  out.set(one.subarray(0, cdOffset));
  let at = cdOffset;
  for (const h of headers) {
    out.set(h, at);
    at += h.length;
  }
  out.set(one.subarray(eocd, eocd + 22), at);
  const end = new DataView(out.buffer, at, 22);
  end.setUint16(8, count, true);
  end.setUint16(10, count, true);
  end.setUint32(12, directory, true);
  return out;
}

/**
 * A zip of `count` entries of `size` zero bytes each, deflated once and stored `count` times: small on disk
 * and quick to build, `count × size` inflated.
 */
export function zerosZip(
  count: number,
  size: number,
  first: Record<string, Uint8Array<ArrayBuffer>> = {},
): Uint8Array {
  const zeros = new Uint8Array(size);
  const deflated = deflateSync(zeros, { level: 9 });
  const crc = CRC32.buf(zeros) >>> 0;
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const add = (
    filename: string,
    data: Uint8Array<ArrayBuffer>,
    crc: number,
    size: number,
    compression: number,
  ) => {
    const file: ZipInputFile = { filename, size, crc, compression };
    zip.add(file);
    file.ondata?.(null, data, true);
  };
  for (const [name, data] of Object.entries(first)) add(name, data, CRC32.buf(data) >>> 0, data.length, 0);
  for (let i = 0; i < count; i++) add(`zeros-${i}.md`, deflated, crc, size, 8);
  zip.end();
  return concatChunks(chunks);
}

/** "Billion laughs": each line holds ten aliases of the line before, 10,000 strings from a few lines. */
export const aliasBomb = [
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
  '',
].join('\n');

/** The chunks a streaming fflate `Zip` emitted, as one archive. */
export function concatChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
