import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkAddTag } from '../../../utils/db/bulk-ops';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { saveExtraction } from '../../../utils/db/clip-store';
import { countTags } from '../../../utils/tags/count-tags';
import { defaultSettings } from '../../../utils/settings-schema';
import { matchesFilter } from '../../../components/tag-filter';
import { sampleClip, sampleExtraction } from './sample-clip';

let db: ClipDatabase;
let n = 0;
beforeEach(async () => {
  const name = `malformed-${n++}`;
  db = new ClipDatabase(name);
  await db.open();
  db.close();
  // A record written, after the upgrade, without a tag list (as by an old build or a bug): raw, unchecked.
  const raw = new Dexie(name);
  await raw.open();
  const {
    markdown: _m,
    tags: _t,
    ...record
  } = sampleClip({
    canonicalURL: sampleExtraction().canonicalURL,
  });
  await raw.table('clips').add({ ...record, id: 1 });
  await raw.table('clips').add({ ...sampleClip({ canonicalURL: 'https://n.example/ok' }), id: 2 });
  raw.close();
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('a stored record without tags', () => {
  it('is listed and counted with the others, as untagged', async () => {
    const all = await db.clips.toArray();
    expect(all).toHaveLength(2);
    expect(countTags(all)).toEqual({ tags: [{ tag: 'sora', count: 1 }], untagged: 1 });
    expect(all.filter((c) => matchesFilter(c, { kind: 'untagged' })).map((c) => c.id)).toEqual([1]);
  });

  it('can be clipped again and tagged', async () => {
    const { status, clip } = await saveExtraction(db, sampleExtraction(), defaultSettings);
    expect(status).toBe('updated');
    expect(clip.tags).toEqual([]); // a re-clip keeps the clip's own tags: none
    await bulkAddTag(db, [1, 2], 'weekly');
    expect((await db.clips.get(1))?.tags).toContain('weekly');
  });
});
