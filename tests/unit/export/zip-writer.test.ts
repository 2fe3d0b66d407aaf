import { strFromU8, unzipSync, Zip, ZipPassThrough } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { timeSlicer } from '../../../utils/export/time-slicer';
import { DEFLATE_BUDGET_BYTES, zipWriter } from '../../../utils/export/zip-writer';

/** The compression method of each entry, from the central directory: 8 deflated, 0 stored. */
function methods(zip: Uint8Array): Record<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22; // no archive comment
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const out: Record<string, number> = {};
  let i = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    expect(view.getUint32(i, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(i + 28, true);
    const rest = nameLength + view.getUint16(i + 30, true) + view.getUint16(i + 32, true);
    out[strFromU8(zip.subarray(i + 46, i + 46 + nameLength))] = view.getUint16(i + 10, true);
    i += 46 + rest;
  }
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('zipWriter', () => {
  it('deflates posts until the budget of text is written, then stores the rest', () => {
    const big = 'a'.repeat(DEFLATE_BUDGET_BYTES / 2 + 1);
    const writer = zipWriter();
    const mtime = new Date(Date.UTC(2024, 0, 1));
    for (const path of ['1.md', '2.md', '3.md']) writer.add({ path, text: big, mtime });
    writer.addBytes({ path: 'img.png', bytes: new Uint8Array([1, 2, 3]), mtime });
    const zip = writer.finish();
    expect(methods(zip)).toEqual({ '1.md': 8, '2.md': 8, '3.md': 0, 'img.png': 0 });
    const files = unzipSync(zip);
    expect(strFromU8(files['3.md']!)).toBe(big);
    expect([...files['img.png']!]).toEqual([1, 2, 3]);
  });

  it('writes stored entries byte for byte as fflate’s ZipPassThrough would (same CRC)', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 251);
    const mtime = new Date(Date.UTC(2024, 5, 1, 12));
    const writer = zipWriter();
    writer.addBytes({ path: 'a/b.bin', bytes, mtime });
    const ours = writer.finish();

    const chunks: Uint8Array[] = [];
    const zip = new Zip((_, chunk) => chunks.push(chunk));
    const entry = new ZipPassThrough('a/b.bin');
    entry.mtime = new Date(mtime.getTime() + mtime.getTimezoneOffset() * 60_000);
    zip.add(entry);
    entry.push(bytes, true);
    zip.end();
    expect(Buffer.concat(chunks).equals(Buffer.from(ours))).toBe(true);
  });

  it('builds the same archive as a Blob, handing bytes over as they accumulate', async () => {
    const files = ['a', 'b', 'c'].map((name, i) => ({
      path: `${name}.md`,
      text: name.repeat(7 * 1024 * 1024 + i),
      mtime: new Date(Date.UTC(2024, 0, 1)),
    }));
    const bytes = zipWriter();
    const blob = zipWriter('blob');
    for (const file of files) {
      bytes.add(file);
      blob.add(file);
    }
    const archive = blob.finishBlob();
    expect(archive.type).toBe('application/zip');
    expect(Buffer.from(await archive.arrayBuffer()).equals(Buffer.from(bytes.finish()))).toBe(true);
    expect(() => zipWriter('blob').finish()).toThrow(/finishBlob/);
  });

  it('gives the same archive from parts, through the reused buffer, as from whole texts', async () => {
    // Past the deflate budget posts are stored, encoded into the reused buffer, which fills and is
    // handed over several times; multi-byte text checks the encoded lengths.
    const files = Array.from({ length: 16 }, (_, i) => ({
      path: `p/${i}.md`,
      parts: ['---\ntitle: x\n---\n\n', `Grüße 中文 ${i} `.repeat(60_000 + i), '\n\nSource\n'],
      mtime: new Date(Date.UTC(2024, 0, 1 + i)),
    }));
    const whole = zipWriter();
    const inParts = zipWriter('blob');
    for (const { path, parts, mtime } of files) {
      whole.add({ path, text: parts.join(''), mtime });
      inParts.addParts(path, parts, mtime);
    }
    const expected = whole.finish();
    expect(methods(expected)['p/0.md']).toBe(8);
    expect(methods(expected)['p/15.md']).toBe(0);
    const blob = Buffer.from(await inParts.finishBlob().arrayBuffer());
    expect(blob.equals(Buffer.from(expected))).toBe(true);
    expect(strFromU8(unzipSync(expected)['p/15.md']!)).toBe(files[15]!.parts.join(''));
  });

  it('writes Unicode text as UTF-8', () => {
    const writer = zipWriter();
    writer.add({ path: 'ü/中.md', text: 'Grüße 中文 👋', mtime: new Date(0) });
    expect(strFromU8(unzipSync(writer.finish())['ü/中.md']!)).toBe('Grüße 中文 👋');
  });
});

describe('timeSlicer', () => {
  it('lets the event loop run once a slice of time has passed, not after every unit', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const slice = timeSlicer();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const before = ticks;
      for (let i = 0; i < 100; i++) await slice(); // no time passes: never yields
      expect(ticks).toBe(before);
      now = 1000;
      for (let i = 0; i < 3 && ticks === before; i++) {
        await slice();
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      expect(ticks).toBeGreaterThan(before);
    } finally {
      clearInterval(timer);
    }
  });
});
