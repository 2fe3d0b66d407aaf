import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { clipSchema } from '../../../utils/clip-schema';
import { renderPost } from '../../../utils/export/render-post';
import { planImport } from '../../../utils/import/plan-import';
import { sampleClip } from '../core/sample-clip';
import { aliasBomb } from './hostile-inputs';

const NOW = '2026-01-01T00:00:00Z';
const DIR = 'tests/fixtures/import';

function fixtures(dir = DIR): Record<string, Uint8Array> {
  return Object.fromEntries(
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? Object.entries(fixtures(path))
        : [[path.slice(DIR.length + 1), new Uint8Array(readFileSync(path))]];
    }),
  );
}

describe('planImport: one bad file fails alone, named, with the reason', () => {
  const good = strToU8('---\ntitle: Good\ncanonicalURL: https://a.example/good\n---\nBody\n');
  const bomb = `---\n${aliasBomb}title: x\ncanonicalURL: https://a.example/x\n---\nBody\n`;
  const farDate = (date: string) =>
    `---\ntitle: Far\npubDatetime: ${date}\ncanonicalURL: https://a.example/far\n---\nBody\n\n` +
    `Originally published by A on ${date.slice(0, 10)}: <https://a.example/far>\n`;

  it('a YAML alias bomb, picked or in a zip', () => {
    const zip = zipSync({ 'a.md': strToU8(bomb), 'b.md': good });
    const plan = planImport(
      [
        { name: 'bomb.md', data: bomb },
        { name: 'x.zip', data: zip },
      ],
      { now: NOW },
    );
    expect(plan.readyFiles).toEqual(['x.zip/b.md']);
    expect(plan.errors).toEqual([
      expect.objectContaining({ file: 'bomb.md', message: expect.stringMatching(/alias/i) }),
      expect.objectContaining({ file: 'x.zip/a.md', message: expect.stringMatching(/alias/i) }),
    ]);
  });

  it('a post dated 9999-12-31 imports; one dated past year 9999 fails alone', () => {
    const plan = planImport(
      [
        { name: 'far.md', data: farDate('9999-12-31T00:00:00Z') },
        { name: 'farther.md', data: farDate('+010000-01-01T00:00:00Z') },
        { name: 'good.md', data: good },
      ],
      { now: NOW },
    );
    expect(plan.readyFiles).toEqual(['far.md', 'good.md']);
    expect(plan.ready[0]).toMatchObject({ pubDatetime: '9999-12-31T00:00:00Z', siteName: 'A' });
    expect(plan.errors).toEqual([
      { file: 'farther.md', line: 3, message: expect.stringMatching(/pubDatetime/) },
    ]);
  });
});

describe('planImport', () => {
  it('reads posts of every profile from a zip at any depth; broken files are listed, the rest kept', () => {
    const zip = zipSync({
      ...fixtures(),
      'nested/image.png': new Uint8Array([1, 2]),
      '__MACOSX/._x.md': strToU8('junk'),
    });
    const plan = planImport([{ name: 'blog.zip', data: zip }], { now: NOW });
    expect(plan.readyFiles).toEqual([
      'blog.zip/astro-paper-example.md',
      'blog.zip/nested/deeper/2024-05-01-ferry-timetable.md',
      'blog.zip/nested/hugo-post.md',
      'blog.zip/obsidian-note.md',
    ]);
    for (const clip of plan.ready) expect(clipSchema.parse(clip)).toEqual(clip);
    expect(plan.errors).toEqual([
      { file: 'blog.zip/broken.md', line: 5, message: expect.any(String) },
      { file: 'blog.zip/no-url.md', message: 'No source URL: add canonicalURL' },
    ]);
    expect(plan.warnings).toContainEqual({ file: 'blog.zip', message: expect.stringMatching(/^1 file/) });
  });

  it('repairs the example post and fills what it lacks', () => {
    const plan = planImport(
      [{ name: 'a.md', data: readFileSync(join(DIR, 'astro-paper-example.md'), 'utf8') }],
      { now: NOW },
    );
    expect(plan.warnings).toEqual([
      { file: 'a.md', line: 5, message: 'The title value contains ": " and was quoted to make valid YAML' },
      {
        file: 'a.md',
        line: 6,
        message:
          '"China Will Accelerate its Catch-Up Pace" is not a slug; used "china-will-accelerate-its-catch-up-pace"',
      },
    ]);
    expect(plan.ready[0]).toMatchObject({
      title: 'Foreign Media: Sora Emerges, China Will Accelerate its Catch-Up Pace',
      slug: 'china-will-accelerate-its-catch-up-pace',
      author: 'Sat Naing',
      pubDatetime: '2024-01-26T12:13:24Z',
      modDatetime: '2024-02-04T09:09:06Z',
      tags: ['sora', 'sora ai', 'text to video'],
      kind: 'article',
      url: 'https://www.zaobao.com/news/china/story20240221-sora',
      pubDatetimeIsClipTime: false,
      edited: [],
      sources: {},
      savedAt: NOW,
      updatedAt: NOW,
    });
  });

  it('maps Hugo, Jekyll and Obsidian fields (dates to UTC, drafts, authors, tags)', () => {
    const plan = planImport(
      ['nested/hugo-post.md', 'nested/deeper/2024-05-01-ferry-timetable.md', 'obsidian-note.md'].map((f) => ({
        name: f,
        data: readFileSync(join(DIR, f)),
      })),
      { now: NOW },
    );
    expect(plan.errors).toEqual([]);
    const [hugo, jekyll, obsidian] = plan.ready;
    expect(hugo).toMatchObject({
      pubDatetime: '2026-03-14T08:30:00Z',
      modDatetime: '2026-03-15T00:00:00Z',
      tags: ['energy', 'local politics'],
      description: 'The council approved the barrage.',
      ogImage: 'https://courier.example/tidal.jpg',
      slug: 'hugo-post',
    });
    expect(jekyll).toMatchObject({
      slug: 'ferry-timetable',
      pubDatetime: '2024-05-01T05:15:00Z',
      draft: true,
      tags: ['transport', 'ferries'],
      canonicalURL: 'https://islands.example/ferry',
    });
    expect(obsidian).toMatchObject({
      author: 'Ana Ruiz',
      pubDatetime: '2025-11-02T00:00:00Z',
      savedAt: '2025-11-03T18:40:00Z',
      tags: ['clippings', 'rail'],
    });
  });

  it('fills a missing title and date, and points at the line of a bad value', () => {
    const plan = planImport(
      [
        { name: 'x.md', data: '---\ncanonicalURL: https://a.example/x\n---\n\n# The heading\n\nText' },
        {
          name: 'y.md',
          data: '---\ntitle: Y\npubDatetime: last tuesday\ncanonicalURL: https://a.example/y\n---\n',
        },
        { name: 'z.md', data: '---\ntitle: Z\ncanonicalURL: ftp://a.example/z\n---\n' },
      ],
      { now: NOW },
    );
    expect(plan.ready).toHaveLength(1);
    expect(plan.ready[0]).toMatchObject({
      title: 'The heading',
      slug: 'x',
      pubDatetime: NOW,
      pubDatetimeIsClipTime: true,
    });
    expect(plan.warnings.map((w) => w.message)).toEqual([
      'No title; used "The heading"',
      'No published date; used the import time',
    ]);
    expect(plan.errors).toEqual([
      { file: 'y.md', line: 3, message: expect.stringMatching(/^pubDatetime: /) },
      { file: 'z.md', line: 3, message: expect.stringMatching(/^canonicalURL: .*http/) },
    ]);
  });

  it('strips the attribution line, also with a custom template, so the body is the clip’s', () => {
    const clip = sampleClip({ siteName: 'Example News' });
    const template = '— via {site} ({date})';
    const plan = planImport(
      [
        { name: 'a.md', data: renderPost(clip, {}) },
        { name: 'b.md', data: renderPost(clip, { attributionTemplate: template, profile: 'hugo' }) },
      ],
      { now: NOW },
    );
    expect(plan.ready[0]).toMatchObject({ markdown: 'Body text.', siteName: 'Example News' });
    expect(plan.ready[1]?.markdown).toContain('— via Example News (2024-01-26)');
    const custom = planImport([{ name: 'b.md', data: renderPost(clip, { attributionTemplate: template }) }], {
      now: NOW,
      attributionTemplate: template,
    });
    expect(custom.ready[0]?.markdown).toBe('Body text.');
  });

  it('lists files it cannot read at all, without losing the others', () => {
    const plan = planImport(
      [
        { name: 'bad.zip', data: new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]) },
        { name: 'latin1.md', data: new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9]) },
        { name: 'photo.jpg', data: new Uint8Array([0xff, 0xd8]) },
        { name: 'ok.md', data: renderPost(sampleClip()) },
      ],
      { now: NOW },
    );
    expect(plan.ready).toHaveLength(1);
    expect(plan.errors.map((e) => e.file)).toEqual(['bad.zip', 'latin1.md', 'photo.jpg']);
  });
});
