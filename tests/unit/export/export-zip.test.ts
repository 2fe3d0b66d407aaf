import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { exportZip } from '../../../utils/export/export-zip';
import { zipPosts } from '../../../utils/export/zip-posts';
import { sampleClip } from '../core/sample-clip';

const clips = [
  sampleClip({ slug: 'same', canonicalURL: 'https://n.example/2', pubDatetime: '2024-02-01T00:00:00Z' }),
  sampleClip({ slug: 'same', canonicalURL: 'https://n.example/1', pubDatetime: '2024-01-01T00:00:00Z' }),
  sampleClip({
    slug: 'con',
    canonicalURL: 'https://n.example/3',
    pubDatetime: '1975-05-05T00:00:00Z',
    modDatetime: null,
  }),
];

/** The DOS date/time fields of each local file header, as written. */
function entryTimes(zip: Uint8Array): { date: number; time: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = [];
  for (let i = 0; i + 4 <= zip.length; i++) {
    if (view.getUint32(i, true) === 0x04034b50)
      out.push({ time: view.getUint16(i + 10, true), date: view.getUint16(i + 12, true) });
  }
  return out;
}

describe('exportZip', () => {
  it('lays posts out like the blog’s content folder, with safe unique names', async () => {
    const files = unzipSync(await exportZip(clips, {}));
    expect(Object.keys(files)).toEqual(['blog/con-2.md', 'blog/same.md', 'blog/same-2.md']);
    expect(strFromU8(files['blog/same-2.md']!)).toContain('\nslug: same-2\n');
    expect(strFromU8(files['blog/same.md']!)).toContain('canonicalURL: https://n.example/1');
    expect(strFromU8(files['blog/same.md']!)).toContain('Originally published by Example News on 2024-01-01');
    const jekyll = unzipSync(await exportZip(clips, { profile: 'jekyll' }));
    expect(Object.keys(jekyll)).toEqual([
      '_posts/1975-05-05-con-2.md',
      '_posts/2024-01-01-same.md',
      '_posts/2024-02-01-same-2.md',
    ]);
    expect(Object.keys(unzipSync(await exportZip(clips, {}, { folder: '' })))).toContain('same.md');
  });

  it('is deterministic: same clips in any order, in any time zone, give the same bytes', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const a = await exportZip(clips, {});
      process.env.TZ = 'Pacific/Chatham';
      expect(Buffer.from(await exportZip([...clips].reverse(), {})).equals(Buffer.from(a))).toBe(true);
      // Entry times are the clips' modified (else published) UTC times, clamped to zip's range (1980 on).
      const [con, same] = entryTimes(a);
      expect(con).toEqual({ date: (0 << 9) | (1 << 5) | 2, time: 0 });
      expect(same).toEqual({ date: (44 << 9) | (2 << 5) | 4, time: (9 << 11) | (9 << 5) | 3 });
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('matches zipPosts byte for byte (zipPosts is the flat, synchronous form)', async () => {
    const a = await exportZip(clips, { defaultAuthor: '' }, { folder: '' });
    expect(Buffer.from(zipPosts(clips, { defaultAuthor: '' })).equals(Buffer.from(a))).toBe(true);
  });

  it('reports progress and lets the event loop run on large exports', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      sampleClip({ slug: `post-${i}`, canonicalURL: `https://n.example/${i}` }),
    );
    const progress = vi.fn();
    // Each post "takes" 100 ms, so the export must yield between posts.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const zip = await exportZip(many, {}, { onProgress: progress });
    clearInterval(timer);
    clock.mockRestore();
    expect(progress).toHaveBeenCalledTimes(60);
    expect(progress).toHaveBeenLastCalledWith(60, 60);
    expect(progress.mock.calls.map((c) => c[0])).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(ticks).toBeGreaterThan(0);
    expect(Object.keys(unzipSync(zip))).toHaveLength(60);
  });

  it('writes a valid empty zip for no clips', async () => {
    expect(unzipSync(await exportZip([], {}))).toEqual({});
  });
});
