import { afterEach, describe, expect, it } from 'vitest';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { saveExtraction } from '../../../utils/db/clip-store';
import { hiddenDrafts } from '../../../utils/export/hidden-drafts';
import { defaultSettings } from '../../../utils/settings-schema';
import { sampleExtraction } from '../core/sample-clip';

const db = new ClipDatabase('hidden-drafts');
afterEach(() => db.delete());

describe('hiddenDrafts', () => {
  it('finds the drafts among the exported clips, for the profiles whose blogs hide drafts', async () => {
    const ids: number[] = [];
    for (const [i, draft] of [true, false, true].entries()) {
      const { clip } = await saveExtraction(
        db,
        sampleExtraction({ canonicalURL: `https://n.example/${i}` }),
        { ...defaultSettings, draftDefault: draft },
      );
      ids.push(clip.id);
    }
    expect(await hiddenDrafts(db, ids, 'astro-paper')).toEqual([ids[0], ids[2]]);
    expect(await hiddenDrafts(db, ids.slice(1), 'hugo')).toEqual([ids[2]]);
    expect(await hiddenDrafts(db, ids, 'jekyll')).toEqual([ids[0], ids[2]]);
    expect(await hiddenDrafts(db, ids, 'obsidian')).toEqual([]);
  });
});
