import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { astroPaperFrontmatterSchema } from '../../../utils/export/profiles/astro-paper';
import { parsePost } from '../../../utils/export/parse-post';
import { postFilename, renderPost } from '../../../utils/export/render-post';
import { sampleClip } from './sample-clip';

const tricky = [
  'Foreign Media: Sora Emerges, China Will Accelerate its Catch-Up Pace',
  'He said "no" and \'yes\'',
  '#1 story # not a comment',
  '---',
  '--- leading dashes',
  'line one\nline two',
  '中国将加快追赶步伐',
  'Emoji 😀🚀 news',
  '- starts like a list',
  '&anchor *alias !tag %directive @at `tick`',
  'yes',
  '2024-01-01',
  'null',
  '0755',
  'back\\slash and \ttab',
  'مرحبا بالعالم',
  '   padded   ',
];

describe('renderPost (AstroPaper frontmatter)', () => {
  it('writes the reference post’s fields in its order, with dates as plain ISO timestamps', () => {
    const post = renderPost(sampleClip());
    expect(post).toBe(
      [
        '---',
        'author: Jane Doe',
        'pubDatetime: 2024-01-26T12:13:24Z',
        'modDatetime: 2024-02-04T09:09:06Z',
        'title: A title',
        'slug: a-title',
        'featured: false',
        'draft: true',
        'tags:',
        '  - sora',
        'description: A description.',
        'canonicalURL: https://news.example/a',
        '---',
        '',
        'Body text.',
        '',
      ].join('\n'),
    );
    expect(postFilename(sampleClip())).toBe('a-title.md');
  });

  it.each(tricky)('round-trips the title %j through YAML', (title) => {
    const post = renderPost(sampleClip({ title, description: title, author: title, tags: [title] }));
    const { frontmatter } = parsePost(post);
    expect(frontmatter.title).toBe(title);
    expect(frontmatter.description).toBe(title);
    expect(frontmatter.author).toBe(title);
    expect(frontmatter.tags).toEqual([title]);
    // YAML 1.1 readers (js-yaml, as in Astro) must read the same strings, not booleans or dates.
    const yaml11 = parse(post.split(/^---$/m)[1] ?? '', { version: '1.1', logLevel: 'error' }) as Record<
      string,
      unknown
    >;
    expect(yaml11.title).toBe(title);
    expect(yaml11.pubDatetime).toBeInstanceOf(Date);
  });

  it('never writes the reference post’s invalid `title: A: B` line', () => {
    const post = renderPost(sampleClip({ title: 'Foreign Media: Sora Emerges' }));
    expect(post).toContain('title: "Foreign Media: Sora Emerges"');
  });

  it('writes tags ["others"] when a clip has none, and ogImage when known', () => {
    const fm = parsePost(
      renderPost(sampleClip({ tags: [], ogImage: 'https://news.example/i.jpg', modDatetime: null })),
    ).frontmatter;
    expect(fm.tags).toEqual(['others']);
    expect(fm.ogImage).toBe('https://news.example/i.jpg');
    expect(fm.modDatetime).toBeNull();
  });

  it('round-trips arbitrary text in every text field and validates against the AstroPaper schema', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 });
    fc.assert(
      fc.property(
        text.filter((t) => t.trim().length > 0),
        text,
        text,
        fc.array(
          text.filter((t) => t.length > 0),
          { maxLength: 4 },
        ),
        (title, description, author, tags) => {
          const clip = sampleClip({ title, description, author, tags });
          const { frontmatter, body } = parsePost(renderPost(clip));
          const fm = astroPaperFrontmatterSchema.parse(frontmatter);
          expect(fm.title).toBe(title);
          expect(fm.description).toBe(description);
          expect(fm.author).toBe(author || clip.siteName);
          expect(fm.tags).toEqual(tags.length ? tags : ['others']);
          expect(body).toBe('Body text.\n');
        },
      ),
      { numRuns: 300 },
    );
  });
});
