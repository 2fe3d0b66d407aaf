import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { clipSchema } from '../../../utils/clip-schema';
import { exportFiles } from '../../../utils/export/export-files';
import type { ProfileId } from '../../../utils/export/export-options';
import { parsePost } from '../../../utils/export/parse-post';
import { zipPosts } from '../../../utils/export/zip-posts';
import { slugify } from '../../../utils/slugify';
import { freeSlug, uniqueSlugs } from '../../../utils/unique-slug';
import { sampleClip } from '../core/sample-clip';
import { arbitraryText } from './arbitrary-clip';

const frontmatter = (text: string) => parsePost(text).frontmatter;

const sameHeadline = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    sampleClip({
      title: 'Same headline',
      slug: 'same-headline',
      canonicalURL: `https://n.example/${i}`,
      pubDatetime: `2024-01-0${i + 1}T00:00:00Z`,
    }),
  );

describe('slugs unique within an export', () => {
  it('names same-headline posts x, x-2, x-3 and writes the same slug in each frontmatter', () => {
    const zip = unzipSync(zipPosts(sameHeadline(3), { profile: 'astro-paper' }));
    expect(Object.keys(zip)).toEqual(['same-headline.md', 'same-headline-2.md', 'same-headline-3.md']);
    for (const [name, bytes] of Object.entries(zip)) {
      expect(frontmatter(strFromU8(bytes)).slug).toBe(name.replace(/\.md$/, ''));
    }
  });

  it('keeps a clip’s own slug when it is free, and skips the slugs other clips already have', () => {
    expect(uniqueSlugs(['x', 'x', 'x-2', 'y', 'x'])).toEqual(['x', 'x-3', 'x-2', 'y', 'x-4']);
    expect(uniqueSlugs(['nul', 'nul-2'])).toEqual(['nul-3', 'nul-2']);
  });

  it('cuts a long base to fit the caps before the suffix, never leaving a dangling hyphen', () => {
    const long = `${'a'.repeat(118)}-b`;
    const [, second] = uniqueSlugs([long, long]);
    expect(second).toBe(`${'a'.repeat(118)}-2`);
    expect(clipSchema.shape.slug.safeParse(second).success).toBe(true);
    const cjk = '新'.repeat(80);
    expect(new TextEncoder().encode(freeSlug(cjk, () => false)).length).toBeLessThanOrEqual(180);
  });

  it('is deterministic: same slug sequence in, same out; the first free suffix', () => {
    const taken = new Set(['x', 'x-2', 'x-4']);
    expect(freeSlug('x', (s) => taken.has(s))).toBe('x-3');
    expect(freeSlug('y', (s) => taken.has(s))).toBe('y');
  });

  it.each<ProfileId>(['astro-paper', 'hugo'])(
    'property (%s): arbitrary titles give unique slugs, each the file name’s stem and the frontmatter’s slug',
    (profile) => {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(arbitraryText, fc.constant('Same headline')), { maxLength: 12 }),
          (titles) => {
            const clips = titles.map((title, i) =>
              sampleClip({
                title: title.trim() || 'Untitled',
                slug: slugify(title),
                canonicalURL: `https://n.example/${i}`,
              }),
            );
            const files = exportFiles(clips, { profile });
            const slugs = files.map((file) => frontmatter(file.text).slug as string);
            expect(new Set(slugs).size).toBe(clips.length);
            files.forEach((file, i) => {
              expect(file.path.slice(file.path.indexOf('/') + 1)).toBe(`${slugs[i]}.md`);
              expect(clipSchema.shape.slug.safeParse(slugs[i]).success).toBe(true);
            });
          },
        ),
        { numRuns: 200 },
      );
    },
  );

  it('property (jekyll): the file names, whose dated stem is the slug, are unique in slug', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(arbitraryText, fc.constant('x')), { maxLength: 10 }), (titles) => {
        const clips = titles.map((title, i) =>
          sampleClip({
            slug: slugify(title),
            canonicalURL: `https://n.example/${i}`,
            pubDatetime: `202${i % 3}-01-01T00:00:00Z`,
          }),
        );
        const stems = exportFiles(clips, { profile: 'jekyll' }).map((f) =>
          f.path.replace(/^_posts\/\d{4}-\d{2}-\d{2}-|\.md$/g, ''),
        );
        expect(new Set(stems).size).toBe(clips.length);
      }),
      { numRuns: 100 },
    );
  });
});
