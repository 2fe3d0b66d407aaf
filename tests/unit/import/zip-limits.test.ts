import { Deflate, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CappedInflate, InflateRatioError } from '../../../utils/import/capped-inflate';
import { IMPORT_LIMITS } from '../../../utils/import/import-limits';
import { planImport } from '../../../utils/import/plan-import';
import { readZip } from '../../../utils/import/read-zip';
import { concatChunks, overlappingZip, zerosZip } from './hostile-inputs';

const NOW = '2026-01-01T00:00:00Z';
const MB = 1024 * 1024;
const post = (n: number) =>
  strToU8(`---\ntitle: Post ${n}\ncanonicalURL: https://a.example/${n}\n---\nBody ${n}\n`);

/** A zip written as a stream: entries carry no sizes in their local headers (data descriptors). */
function streamedZip(files: Record<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(files)) {
    const entry = new ZipDeflate(name, { level: 9 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return concatChunks(chunks);
}

/** Seeded words: text that deflates like prose (~4×). */
function prose(bytes: number, seed = 1): Uint8Array {
  const words = ['harbour', 'council', 'tidal', 'power', 'vote', 'mayor', 'said', 'the', 'of', 'plan'];
  let x = seed;
  let text = '';
  while (text.length < bytes) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    text += `${words[x % words.length]}${x % 7 ? ' ' : '.\n'}`;
  }
  return strToU8(text);
}

const BOMB = 'It inflates more than 200 times its compressed size (a zip bomb?): nothing in it was imported';

describe('zip limits', () => {
  it('reads 400 directory entries pointing at one 49 MB stream once, and refuses it by name', () => {
    const bomb = overlappingZip('a.md', new Uint8Array(49 * MB), 400);
    expect(bomb.length).toBeLessThan(100_000);
    // A reader that goes by the directory inflates the one stream once per entry; this one reads it once.
    const small = overlappingZip('a.md', post(1), 400);
    expect(Object.keys(unzipSync(small))).toHaveLength(400);
    expect(readZip(small, IMPORT_LIMITS)).toMatchObject({ ok: true, entries: [{ path: 'a.md' }] });
    const started = performance.now();
    const plan = planImport(
      [
        { name: 'bomb.zip', data: bomb },
        { name: 'ok.md', data: post(1) },
      ],
      { now: NOW },
    );
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(plan.errors).toEqual([{ file: 'bomb.zip/a.md', message: 'Too large (over 20 MB): not read' }]);
    expect(plan.readyFiles).toEqual(['ok.md']);
  });

  it('refuses a zip of many entries that inflate like a bomb, stopping at the first', () => {
    // 300 entries of 18 MB of zeros, each under the per-post cap: 5.4 GB inflated, ~6 MB on disk.
    const bomb = zerosZip(300, 18 * MB, { 'a-good.md': post(1) });
    expect(bomb.length).toBeLessThan(8 * MB);
    const started = performance.now();
    const plan = planImport(
      [
        { name: 'bomb.zip', data: bomb },
        { name: 'ok.md', data: post(2) },
      ],
      { now: NOW },
    );
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(plan.errors).toEqual([{ file: 'bomb.zip', message: BOMB }]);
    expect(plan.readyFiles).toEqual(['ok.md']);
  });

  it('refuses a zip whose entries inflate past the total cap, and imports nothing from it', () => {
    const files: Record<string, Uint8Array> = { 'a-good.md': post(1) };
    for (let i = 0; i < 10; i++) files[`b-${i}.md`] = prose(MB, i + 1);
    const plan = planImport(
      [
        { name: 'big.zip', data: zipSync(files) },
        { name: 'ok.md', data: post(2) },
      ],
      { now: NOW },
      { limits: { maxTotalBytes: 5 * MB } },
    );
    expect(plan.errors).toEqual([
      { file: 'big.zip', message: 'It inflates to more than 5 MB (a zip bomb?): nothing in it was imported' },
    ]);
    expect(plan.readyFiles).toEqual(['ok.md']);
  });

  it('drops an entry that passes its cap though its header declares no size, and reads the rest', () => {
    const zip = streamedZip({ 'big.md': prose(3 * MB), 'small.md': post(3) });
    const read = readZip(zip, { ...IMPORT_LIMITS, maxPostBytes: MB });
    expect(read).toMatchObject({
      ok: true,
      entries: [{ path: 'small.md' }],
      skipped: [{ path: 'big.md', message: 'Too large (over 1 MB): not read' }],
    });
  });

  it('CappedInflate stops at a bomb ratio, and gives nothing more once terminated', () => {
    const inflated = (data: Uint8Array, stopAt: number) => {
      const parts: Uint8Array[] = [];
      const deflate = new Deflate({ level: 1 });
      deflate.ondata = (c) => parts.push(c);
      deflate.push(data, true);
      const inflate = new CappedInflate();
      let out = 0;
      let error: Error | null = null;
      inflate.ondata = (e, chunk) => {
        error ??= e;
        out += chunk.length;
        if (out > stopAt) inflate.terminate();
      };
      for (const part of parts) inflate.push(part, false);
      inflate.push(new Uint8Array(0), true);
      return { out, error };
    };
    const bomb = inflated(new Uint8Array(30 * MB), Infinity);
    expect(bomb.error).toBeInstanceOf(InflateRatioError);
    expect(bomb.out).toBeLessThan(10 * MB);
    const text = inflated(prose(3 * MB), MB);
    expect(text.error).toBeNull();
    expect(text.out).toBeGreaterThan(MB);
    expect(text.out).toBeLessThan(MB + 200_000);
  });

  it('refuses a zip of more entries than the cap', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 12; i++) files[`${i}.md`] = post(i);
    const plan = planImport(
      [{ name: 'many.zip', data: zipSync(files) }],
      { now: NOW },
      { limits: { maxEntries: 10 } },
    );
    expect(plan.ready).toEqual([]);
    expect(plan.errors).toEqual([
      { file: 'many.zip', message: 'It holds more than 10 entries: nothing in it was imported' },
    ]);
  });

  it('refuses a picked Markdown file over the post cap by name, without reading it', () => {
    const big = new Uint8Array(21 * MB).fill(0x61);
    big.set(strToU8('---\n'));
    const plan = planImport(
      [
        { name: 'huge.md', data: big },
        { name: 'ok.md', data: post(4) },
      ],
      { now: NOW },
    );
    expect(plan.errors).toEqual([
      { file: 'huge.md', message: 'Too large to be a post (over 20 MB): not read' },
    ]);
    expect(plan.readyFiles).toEqual(['ok.md']);
  });
});

describe('zip entry paths', () => {
  it('lists entries with unsafe paths as skipped, with the reason, and reads the rest', () => {
    const zip = zipSync({
      '../../evil.md': post(1),
      '/etc/evil.md': post(2),
      'C:/evil.md': post(3),
      'a\\..\\evil.md': post(4),
      'blog/ok.md': post(5),
      'blog/.hidden.md': post(6),
    });
    const plan = planImport([{ name: 'x.zip', data: zip }], { now: NOW });
    expect(plan.readyFiles).toEqual(['x.zip/blog/ok.md']);
    expect(plan.errors).toEqual([
      { file: 'x.zip/../../evil.md', message: 'Skipped: its path leads out of the folder (..)' },
      { file: 'x.zip//etc/evil.md', message: 'Skipped: its path is absolute' },
      { file: 'x.zip/C:/evil.md', message: 'Skipped: its path starts with a drive letter' },
      { file: 'x.zip/a\\..\\evil.md', message: 'Skipped: its path uses backslashes' },
    ]);
  });
});
