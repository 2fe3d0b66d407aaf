import fc from 'fast-check';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../utils/export/parse-post';
import { detectProfile, getProfile, profiles } from '../../../utils/export/profiles/profiles';
import { postFilename, renderPost } from '../../../utils/export/render-post';
import { obsidianTag } from '../../../utils/export/profiles/obsidian';
import { sampleClip } from '../core/sample-clip';

/** AstroPaper's content collection schema (src/content.config.ts), as Astro applies it to js-yaml output. */
const astroPaperContentSchema = z.object({
  author: z.string(),
  pubDatetime: z.date(),
  modDatetime: z.date().optional().nullable(),
  title: z.string(),
  featured: z.boolean().optional(),
  draft: z.boolean().optional(),
  tags: z.array(z.string()).default(['others']),
  ogImage: z.string().optional(),
  description: z.string(),
  canonicalURL: z.string().optional(),
  hideEditPost: z.boolean().optional(),
  timezone: z.string().optional(),
});

/** The frontmatter as a YAML 1.1 reader (js-yaml in Astro, Ruby's Psych, Hugo's yaml) sees it. */
function yaml11(post: string): Record<string, unknown> {
  return parse(post.split(/^---$/m)[1] ?? '', { version: '1.1' }) as Record<string, unknown>;
}

const clip = sampleClip({
  title: 'Foreign Media: Sora Emerges',
  tags: ['sora', 'text to video'],
  ogImage: 'https://news.example/i.jpg',
  siteName: 'Example News',
});
const lines = (...l: string[]) => `${l.join('\n')}\n`;
const body = lines(
  '',
  'Body text.',
  '',
  'Originally published by Example News on 2024-01-26: <https://news.example/a>',
);

describe('output profiles', () => {
  it('AstroPaper: the example post’s fields in its order, plus canonicalURL and ogImage', () => {
    expect(renderPost(clip, {})).toBe(
      lines(
        '---',
        'author: Jane Doe',
        'pubDatetime: 2024-01-26T12:13:24Z',
        'modDatetime: 2024-02-04T09:09:06Z',
        'title: "Foreign Media: Sora Emerges"',
        'slug: a-title',
        'featured: false',
        'draft: true',
        'tags:',
        '  - sora',
        '  - text to video',
        'description: A description.',
        'canonicalURL: https://news.example/a',
        'ogImage: https://news.example/i.jpg',
        '---',
      ) + body,
    );
  });

  it('AstroPaper: valid against its content schema, with real dates and ["others"] for no tags', () => {
    for (const c of [clip, sampleClip({ tags: [], modDatetime: null, author: '' })]) {
      const fm = astroPaperContentSchema.parse(yaml11(renderPost(c, {})));
      expect(fm.pubDatetime).toEqual(new Date(c.pubDatetime));
      expect(fm.tags.length).toBeGreaterThan(0);
    }
    expect(yaml11(renderPost(sampleClip({ tags: [] }), {})).tags).toEqual(['others']);
  });

  it('Obsidian: Web Clipper properties, tags without spaces', () => {
    expect(renderPost(clip, { profile: 'obsidian' })).toBe(
      lines(
        '---',
        'title: "Foreign Media: Sora Emerges"',
        'source: https://news.example/a',
        'author: Jane Doe',
        'published: 2024-01-26T12:13:24',
        'created: 2024-03-01T00:00:00',
        'description: A description.',
        'tags:',
        '  - sora',
        '  - text-to-video',
        '---',
      ) + body,
    );
  });

  it('Obsidian: every tag follows its tag rules, whatever the page or the user typed', () => {
    expect(
      [
        "lecturers'-pay",
        'Textart: Heftarchiv',
        'Arts / Culture / Entertainment',
        'news/politics',
        '2024',
        '#local politics',
      ].map(obsidianTag),
    ).toEqual([
      'lecturers-pay',
      'Textart-Heftarchiv',
      'Arts-Culture-Entertainment',
      'news/politics',
      '_2024',
      'local-politics',
    ]);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (tag) => {
        const t = obsidianTag(tag);
        expect(t === '' || (/^[\p{L}\p{M}\p{N}_/-]+$/u.test(t) && /[^\d]/.test(t))).toBe(true);
        expect(obsidianTag(t)).toBe(t);
      }),
    );
  });

  it('Hugo: date, lastmod, draft, summary, images', () => {
    const post = renderPost(clip, { profile: 'hugo' });
    expect(post).toBe(
      lines(
        '---',
        'title: "Foreign Media: Sora Emerges"',
        'date: 2024-01-26T12:13:24Z',
        'lastmod: 2024-02-04T09:09:06Z',
        'draft: true',
        'author: Jane Doe',
        'slug: a-title',
        'tags:',
        '  - sora',
        '  - text to video',
        'summary: A description.',
        'canonicalURL: https://news.example/a',
        'images:',
        '  - https://news.example/i.jpg',
        '---',
      ) + body,
    );
    expect(yaml11(post).date).toBeInstanceOf(Date);
  });

  it('Jekyll: layout post, a dated file name, published: false for a draft', () => {
    const post = renderPost(clip, { profile: 'jekyll' });
    expect(post).toBe(
      lines(
        '---',
        'layout: post',
        'title: "Foreign Media: Sora Emerges"',
        'date: "2024-01-26 12:13:24"',
        'last_modified_at: 2024-02-04T09:09:06Z',
        'author: Jane Doe',
        'description: A description.',
        'tags:',
        '  - sora',
        '  - text to video',
        'canonical_url: https://news.example/a',
        'image: https://news.example/i.jpg',
        'published: false',
        'render_with_liquid: false',
        '---',
      ) + body,
    );
    expect(postFilename(clip, { profile: 'jekyll' })).toBe('2024-01-26-a-title.md');
    expect(renderPost({ ...clip, draft: false }, { profile: 'jekyll' })).not.toContain('published:');
  });

  it('Jekyll: the date is on the file name’s day in every site zone (a time without zone, as text)', () => {
    // 00:30 on the 22nd in Paris is the 21st in UTC: the file and the URL both say the 22nd.
    const late = { ...clip, pubDatetime: '2018-12-21T23:30:00Z', pubDay: '2018-12-22' };
    expect(postFilename(late, { profile: 'jekyll' })).toBe('2018-12-22-a-title.md');
    expect(yaml11(renderPost(late, { profile: 'jekyll' })).date).toBe('2018-12-22 00:00:00');
    // 20:00 on the 21st in New York is the 22nd in UTC.
    const early = { ...clip, pubDatetime: '2018-12-22T01:00:00Z', pubDay: '2018-12-21' };
    expect(yaml11(renderPost(early, { profile: 'jekyll' })).date).toBe('2018-12-21 23:59:59');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: -1, max: 1 }),
        (instant, shift) => {
          const pubDatetime = instant.toISOString().replace(/\.\d+Z$/, 'Z');
          const pubDay = new Date(instant.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
          const dated = { ...clip, pubDatetime, pubDay };
          const date = yaml11(renderPost(dated, { profile: 'jekyll' })).date;
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
          expect(postFilename(dated, { profile: 'jekyll' }).slice(0, 10)).toBe(String(date).slice(0, 10));
          if (shift === 0) expect(String(date).replace(' ', 'T') + 'Z').toBe(pubDatetime);
        },
      ),
    );
  });

  it('writes the same body for every profile', () => {
    const bodies = profiles.map((p) => parsePost(renderPost(clip, { profile: p.id })).body);
    expect(new Set(bodies).size).toBe(1);
  });

  it('omits the source line when asked, and renderPost without options is the bare preview', () => {
    expect(renderPost(clip, { attribution: false })).toMatch(/\n\nBody text\.\n$/);
    expect(renderPost(clip)).toBe(renderPost(clip, { attribution: false }));
  });

  it('detects each profile from its own output, and by keys from hand-written frontmatter', () => {
    for (const p of profiles) {
      // AstroPaper v6 writes v5's frontmatter (only its folder moved): it reads back as v5, the same way.
      const expected = p.id === 'astro-paper-6' ? 'astro-paper' : p.id;
      expect(detectProfile(parsePost(renderPost(clip, { profile: p.id })).frontmatter).id).toBe(expected);
    }
    expect(detectProfile({ title: 'x', date: '2024-01-01', layout: 'post' }).id).toBe('jekyll');
    expect(detectProfile({ title: 'x', date: '2024-01-01', lastmod: '2024-01-02' }).id).toBe('hugo');
    expect(detectProfile({ title: 'x', source: 'https://a.example/' }).id).toBe('obsidian');
    expect(detectProfile({ title: 'x' }).id).toBe('astro-paper');
    expect(getProfile().id).toBe('astro-paper');
  });
});
