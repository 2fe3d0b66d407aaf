import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClips } from '../../../utils/db/add-clips';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { deleteClip, restoreClip, saveExtraction, updateClip } from '../../../utils/db/clip-store';
import { defaultSettings } from '../../../utils/settings-schema';
import { sampleClip, sampleExtraction } from './sample-clip';

let db: ClipDatabase;
let n = 0;
beforeEach(() => {
  db = new ClipDatabase(`library-slug-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const save = (i: number, title = 'Same headline') =>
  saveExtraction(
    db,
    sampleExtraction({ title, canonicalURL: `https://news.example/${i}`, url: `https://news.example/${i}` }),
    defaultSettings,
  );
const storedSlugs = async () => (await db.clips.toArray()).map((row) => row.slug).sort();

describe('slugs unique within the library', () => {
  it('gives a new same-headline clip the first free x-2, x-3 …', async () => {
    expect((await save(1)).clip.slug).toBe('same-headline');
    expect((await save(2)).clip.slug).toBe('same-headline-2');
    expect((await save(3)).clip.slug).toBe('same-headline-3');
    expect(await storedSlugs()).toEqual(['same-headline', 'same-headline-2', 'same-headline-3']);
  });

  it('keeps the slug on a re-clip, and on an edit to a title that gives the clip’s own slug', async () => {
    const first = await save(1);
    await save(2);
    expect((await save(1, 'A new headline')).clip.slug).toBe('same-headline');
    expect((await updateClip(db, first.clip.id, { title: 'Same Headline' })).slug).toBe('same-headline');
  });

  it('gives an edited title a slug no other clip has', async () => {
    await save(1);
    const other = await save(2, 'Something else');
    expect(other.clip.slug).toBe('something-else');
    expect((await updateClip(db, other.clip.id, { title: 'Same headline' })).slug).toBe('same-headline-2');
  });

  it('restores a deleted clip under a new slug when another clip took its own meanwhile', async () => {
    const first = await save(1);
    const removed = await deleteClip(db, first.clip.id);
    await save(2);
    await restoreClip(db, removed);
    expect((await db.clips.get(first.clip.id))?.slug).toBe('same-headline-2');
  });

  it('adds imported clips with slugs unique among the stored ones and each other', async () => {
    await save(1);
    const clips = [1, 2].map((i) =>
      sampleClip({ slug: 'same-headline', canonicalURL: `https://n.example/${i}` }),
    );
    await addClips(db, clips);
    expect(await storedSlugs()).toEqual(['same-headline', 'same-headline-2', 'same-headline-3']);
  });

  it('property: any sequence of saved titles leaves every stored slug unique', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('A', 'a!', 'A 2', 'b', 'Ä'), { maxLength: 8 }),
        async (titles) => {
          const previous = db;
          db = new ClipDatabase(`library-slug-${n++}`); // afterEach deletes the last one
          await previous.delete();
          for (const [i, title] of titles.entries()) await save(i, title);
          const slugs = await storedSlugs();
          expect(new Set(slugs).size).toBe(titles.length);
        },
      ),
      { numRuns: 30 },
    );
  });
});
