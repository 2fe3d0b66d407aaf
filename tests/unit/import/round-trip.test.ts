import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClipDatabase } from '../../../utils/db/clip-db';
import { getClips } from '../../../utils/db/clip-store';
import { profileIdSchema } from '../../../utils/export/export-options';
import { exportZip } from '../../../utils/export/export-zip';
import { applyImport } from '../../../utils/import/apply-import';
import { planImport } from '../../../utils/import/plan-import';
import { defaultUserTemplate } from '../../../utils/templates/user-template';
import { sampleClip } from '../core/sample-clip';

let db: ClipDatabase;
let n = 0;
beforeEach(() => {
  db = new ClipDatabase(`test-round-trip-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const clips = [
  sampleClip(),
  sampleClip({
    canonicalURL: 'https://courier.example/harbour',
    title: 'Harbour Council Votes: "Yes" to #Tidal Power',
    slug: 'harbour-council-votes-yes-to-tidal-power',
    author: '',
    siteName: '',
    tags: [],
    modDatetime: null,
    ogImage: 'https://courier.example/tidal.jpg',
    markdown: '## Vote\n\n- yes: 7\n- no: 2\n\n---\n\n> "It is a great day," said the mayor.',
  }),
  // Same slug twice: the files are numbered, and come back numbered the same way.
  sampleClip({
    canonicalURL: 'https://b.example/1',
    slug: 'same',
    title: '中国将加快追赶步伐',
    siteName: 'مرحبا',
  }),
  sampleClip({
    canonicalURL: 'https://b.example/2',
    slug: 'same',
    title: 'Same: again',
    tags: ['others'],
    featured: true,
  }),
  sampleClip({
    canonicalURL: 'https://b.example/3',
    slug: 'con',
    title: 'CON',
    pubDatetime: '2020-02-02T02:02:02Z',
  }),
  sampleClip({ canonicalURL: 'https://b.example/4', slug: 'x'.repeat(120), markdown: '' }),
  // The last day a 4-digit year can give: the day after it once broke the source-line pattern.
  sampleClip({ canonicalURL: 'https://b.example/5', slug: 'far', pubDatetime: '9999-12-31T00:00:00Z' }),
];

async function exportAll(profile: (typeof profileIdSchema.options)[number]) {
  const stored = await getClips(db, await db.clips.toCollection().primaryKeys());
  return exportZip(stored, { profile });
}

describe.each(profileIdSchema.options)('export → wipe → import → export (%s)', (profile) => {
  it('gives byte-identical files', async () => {
    await applyImport(db, { ready: clips });
    const first = await exportAll(profile);
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
    // A user template's posts are read back with that template (the settings' one, passed by the import).
    const template = profile === 'template' ? { template: defaultUserTemplate } : {};
    const plan = planImport([{ name: 'export.zip', data: first }], {
      now: '2031-01-01T00:00:00Z',
      ...template,
    });
    expect(plan.errors).toEqual([]);
    expect(plan.ready).toHaveLength(clips.length);
    await applyImport(db, plan);
    const second = await exportAll(profile);
    const [a, b] = [unzipSync(first), unzipSync(second)];
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) expect(Buffer.from(b[name]!).equals(Buffer.from(a[name]!))).toBe(true);
    // Obsidian and the default template carry no modified time, so only their zip entry times may differ.
    if (profile !== 'obsidian' && profile !== 'template')
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
