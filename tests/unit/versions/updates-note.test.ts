import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { getClip, saveExtraction } from '../../../utils/db/clip-store';
import { loadUpdateLines } from '../../../utils/db/load-update-lines';
import { exportStoredZip } from '../../../utils/export/export-stored-zip';
import { renderPost } from '../../../utils/export/render-post';
import { defaultSettings } from '../../../utils/settings-schema';
import { sampleExtraction } from '../core/sample-clip';

let db: ClipDatabase;
let n = 0;
beforeEach(() => {
  db = new ClipDatabase(`updates-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

async function storyThatChangedTwice() {
  const { clip } = await saveExtraction(
    db,
    sampleExtraction({ markdown: 'One.' }),
    defaultSettings,
    '2026-03-20T10:00:00Z',
  );
  await saveExtraction(
    db,
    sampleExtraction({ markdown: 'One.\n\nTwo.' }),
    defaultSettings,
    '2026-03-21T09:00:00Z',
  );
  await saveExtraction(
    db,
    sampleExtraction({
      title: 'New headline',
      markdown: 'One.\n\nTwo.\n\nCorrection: the vote was 7–2, not 8–1.',
    }),
    defaultSettings,
    '2026-03-23T18:00:00Z',
  );
  return (await getClip(db, clip.id))!;
}

describe('the "Updates" note of an exported post (#14)', () => {
  it('lists each change with the day it was seen, oldest first, only when asked for', async () => {
    const clip = await storyThatChangedTwice();
    const updates = (await loadUpdateLines(db, [clip])).get(clip.id);
    expect(updates).toEqual([
      { day: '2026-03-21', said: '1 paragraph added' },
      { day: '2026-03-23', said: 'Headline changed · correction appended' },
    ]);
    const post = renderPost({ ...clip, updates }, { updatesNote: true, attribution: true });
    expect(post).toMatch(
      /Correction: the vote was 7–2, not 8–1\.\n\n## Updates\n\n- 2026-03-21: 1 paragraph added\n- 2026-03-23: Headline changed · correction appended\n\nOriginally published by/,
    );
    expect(renderPost({ ...clip, updates }, { attribution: true })).not.toContain('## Updates');
  });

  it('is in the zip export too, and absent for a story that never changed', async () => {
    const changed = await storyThatChangedTwice();
    const { clip: same } = await saveExtraction(
      db,
      sampleExtraction({ canonicalURL: 'https://b.example/s' }),
      defaultSettings,
    );
    for (const saveImages of [false, true]) {
      const { zip } = await exportStoredZip(db, [changed.id, same.id], { updatesNote: true, saveImages });
      const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
      const posts = Object.entries(files).filter(([name]) => name.endsWith('.md'));
      expect(posts.map(([, data]) => strFromU8(data).includes('## Updates')).sort()).toEqual([false, true]);
    }
  });
});
