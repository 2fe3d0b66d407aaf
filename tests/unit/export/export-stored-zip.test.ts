import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addClips } from '../../../utils/db/add-clips';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { getClips } from '../../../utils/db/clip-store';
import { exportStoredZip } from '../../../utils/export/export-stored-zip';
import { exportZip } from '../../../utils/export/export-zip';
import { sampleClip } from '../core/sample-clip';

let db: ClipDatabase;
let n = 0;
beforeEach(() => {
  db = new ClipDatabase(`test-stored-zip-${n++}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** More clips than one read chunk (and than the single-key read limit), with repeated slugs so numbering spans chunks. */
const many = Array.from({ length: 520 }, (_, i) =>
  sampleClip({
    slug: `post-${i % 7}`,
    canonicalURL: `https://n.example/${i}`,
    pubDatetime: new Date(Date.UTC(2024, 0, 1 + (i % 40))).toISOString().replace('.000Z', 'Z'),
    markdown: `Body ${i}\n\n${'Lorem ipsum. '.repeat(i % 13)}`,
  }),
);

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

async function storedIds(): Promise<number[]> {
  return (await db.clips.toCollection().primaryKeys()) as number[];
}

describe('exportStoredZip', () => {
  it('gives the same bytes as exportZip of the same clips, reading bodies in chunks', async () => {
    await addClips(db, many);
    const ids = await storedIds();
    const expected = await exportZip(await getClips(db, ids), { filenamePattern: '{year}/{slug}' });
    const progress = vi.fn();
    const { zip, count } = await exportStoredZip(
      db,
      [...ids].reverse(),
      { filenamePattern: '{year}/{slug}' },
      { onProgress: progress },
    );
    expect(count).toBe(520);
    expect(zip.type).toBe('application/zip');
    expect(Buffer.from(await bytes(zip)).equals(Buffer.from(expected))).toBe(true);
    expect(progress).toHaveBeenCalledTimes(520);
    expect(progress).toHaveBeenLastCalledWith(520, 520);
    expect(Object.keys(unzipSync(await bytes(zip)))).toContain('blog/2024/post-0-2.md');
  });

  it('leaves out ids that are not stored (deleted meanwhile) and counts what it wrote', async () => {
    await addClips(db, many.slice(0, 3));
    const ids = await storedIds();
    const { zip, count } = await exportStoredZip(db, [...ids, 9999]);
    expect(count).toBe(3);
    const files = unzipSync(await bytes(zip));
    expect(Object.keys(files)).toHaveLength(3);
    expect(strFromU8(files['blog/post-0.md']!)).toContain('Body 0');
  });

  it('exports a clip stored without a body with an empty one, as getClips reads it', async () => {
    await addClips(db, many.slice(0, 2));
    const ids = await storedIds();
    await db.bodies.delete(ids[0]!);
    const expected = await exportZip(await getClips(db, ids), {});
    const { zip, count } = await exportStoredZip(db, ids);
    expect(count).toBe(2);
    expect(Buffer.from(await bytes(zip)).equals(Buffer.from(expected))).toBe(true);
  });

  it('reports a storage failure instead of writing a partial zip', async () => {
    await addClips(db, many);
    vi.spyOn(db.bodies, 'bulkGet').mockRejectedValueOnce(new Error('disk gone'));
    await expect(exportStoredZip(db, await storedIds())).rejects.toThrow('disk gone');
  });

  it('writes a valid empty zip for no clips', async () => {
    const { zip, count } = await exportStoredZip(db, []);
    expect(count).toBe(0);
    expect(unzipSync(await bytes(zip))).toEqual({});
  });
});
