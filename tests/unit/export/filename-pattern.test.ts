import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportOptionsSchema } from '../../../utils/export/export-options';
import { exportZip } from '../../../utils/export/export-zip';
import { applyFilenamePattern, filenamePatternProblem } from '../../../utils/export/filename-pattern';
import { postFilename, renderPost } from '../../../utils/export/render-post';
import { importPost } from '../../../utils/import/import-post';
import { sampleClip } from '../core/sample-clip';

const clip = sampleClip({
  slug: 'wind-farm-approved',
  title: 'AC/DC: "Wind" farm approved?',
  siteName: 'Harbour News',
  pubDatetime: '2024-03-09T22:30:00Z',
});

describe('applyFilenamePattern', () => {
  it('fills every placeholder from the clip (dates: the UTC day when the stated day is unknown)', () => {
    expect(applyFilenamePattern('{year}-{month}-{day} {site} {slug}', clip)).toEqual([
      '2024-03-09 Harbour News wind-farm-approved',
    ]);
    expect(applyFilenamePattern('{date}-{slug}', clip)).toEqual(['2024-03-09-wind-farm-approved']);
  });

  it('dates a clip by the day its page stated, when known', () => {
    // 22:30 UTC on the 9th was 07:30 on the 10th where it was published.
    const tokyo = { ...clip, pubDay: '2024-03-10' };
    expect(applyFilenamePattern('{date}-{slug}', tokyo)).toEqual(['2024-03-10-wind-farm-approved']);
    expect(applyFilenamePattern('{year}/{month}/{day}', tokyo)).toEqual(['2024', '03', '10']);
  });

  it('makes folders only from the pattern’s slashes, never from a value’s', () => {
    expect(applyFilenamePattern('{year}/{month}/{title}', clip)).toEqual([
      '2024',
      '03',
      'AC-DC: "Wind" farm approved?',
    ]);
    expect(applyFilenamePattern('{year}//./{slug}', clip)).toEqual(['2024', 'wind-farm-approved']);
  });
});

describe('filenamePatternProblem', () => {
  it('accepts empty (the profile’s naming) and patterns of known placeholders', () => {
    expect(filenamePatternProblem('')).toBeNull();
    expect(filenamePatternProblem('  ')).toBeNull();
    expect(filenamePatternProblem('{year}/{date}-{slug}')).toBeNull();
  });

  it('names the unknown placeholder, a pattern without any, and folders that leave the export', () => {
    expect(filenamePatternProblem('{date}-{name}')).toEqual({ key: 'filenamePatternUnknown', token: 'name' });
    expect(filenamePatternProblem('post')).toEqual({ key: 'filenamePatternNoToken' });
    expect(filenamePatternProblem('../{slug}')).toEqual({ key: 'filenamePatternFolder' });
    expect(filenamePatternProblem('/{slug}')).toEqual({ key: 'filenamePatternFolder' });
    expect(filenamePatternProblem('a\\{slug}')).toEqual({ key: 'filenamePatternFolder' });
  });

  it('is what the settings schema enforces', () => {
    expect(exportOptionsSchema.safeParse({ filenamePattern: '{nope}' }).success).toBe(false);
    expect(exportOptionsSchema.parse({ filenamePattern: ' {slug} ' }).filenamePattern).toBe('{slug}');
    expect(exportOptionsSchema.parse({}).filenamePattern).toBe('');
  });
});

describe('exports with a file name pattern', () => {
  const clips = [
    clip,
    sampleClip({
      slug: 'wind-farm-approved',
      title: 'Wind farm approved',
      canonicalURL: 'https://n.example/other',
      pubDatetime: '2024-03-10T08:00:00Z',
    }),
    sampleClip({ slug: 'con', canonicalURL: 'https://n.example/3', pubDatetime: '2023-12-31T00:00:00Z' }),
  ];

  it('lays out the zip in the pattern’s folders with safe, unique names', async () => {
    const files = unzipSync(await exportZip(clips, { filenamePattern: '{year}/{slug}' }));
    expect(Object.keys(files)).toEqual([
      'blog/2023/con-2.md', // a Windows device name is never a slug of an export
      'blog/2024/wind-farm-approved.md',
      'blog/2024/wind-farm-approved-2.md',
    ]);
    const titled = unzipSync(await exportZip(clips, { filenamePattern: '{title}' }));
    expect(Object.keys(titled)).toContain('blog/AC-DC- -Wind- farm approved-.md');
  });

  it('keeps the profile’s naming when empty, and names single downloads without folders', () => {
    expect(postFilename(clip, { profile: 'jekyll' })).toBe('2024-03-09-wind-farm-approved.md');
    expect(postFilename(clip, { filenamePattern: '{year}/{month}/{slug}' })).toBe('wind-farm-approved.md');
    expect(postFilename(clip, { filenamePattern: '{site} – {title}' })).toBe(
      'Harbour News – AC-DC- -Wind- farm approved-.md',
    );
  });

  it('still imports: the slug comes from the frontmatter, whatever the file is called', () => {
    const options = { filenamePattern: '{site} {title}' };
    const imported = importPost(postFilename(clip, options), renderPost(clip, options), {
      now: '2030-01-01T00:00:00Z',
    });
    expect(imported.errors).toEqual([]);
    expect(imported.clip?.slug).toBe('wind-farm-approved');
  });
});
