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

/** More clips than one read chunk, with repeated slugs so numbering spans chunks. */
const many = Array.from({ length: 450 }, (_, i) =>
  sampleClip({
    slug: `post-${i % 7}`,
    canonicalURL: `https://n.example/${i}`,
    pubDatetime: new Date(Date.UTC(2024, 0, 1 + (i % 40))).toISOString().replace('.000Z', 'Z'),
    markdown: `Body ${i}\n\n${'Lorem ipsum. '.repeat(i % 13)}`,
  }),
);

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
    expect(count).toBe(450);
    expect(Buffer.from(zip).equals(Buffer.from(expected))).toBe(true);
    expect(progress).toHaveBeenCalledTimes(450);
    expect(progress).toHaveBeenLastCalledWith(450, 450);
    expect(Object.keys(unzipSync(zip))).toContain('blog/2024/post-0-2.md');
  });

  it('leaves out ids that are not stored (deleted meanwhile) and counts what it wrote', async () => {
    await addClips(db, many.slice(0, 3));
    const ids = await storedIds();
    const { zip, count } = await exportStoredZip(db, [...ids, 9999]);
    expect(count).toBe(3);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toHaveLength(3);
    expect(strFromU8(files['blog/post-0.md']!)).toContain('Body 0');
  });

  it('reports a storage failure instead of writing a partial zip', async () => {
    await addClips(db, many);
    vi.spyOn(db.bodies, 'bulkGet').mockRejectedValueOnce(new Error('disk gone'));
    await expect(exportStoredZip(db, await storedIds())).rejects.toThrow('disk gone');
  });

  it('writes a valid empty zip for no clips', async () => {
    const { zip, count } = await exportStoredZip(db, []);
    expect(count).toBe(0);
    expect(unzipSync(zip)).toEqual({});
  });
});
