import { defineCollection, z } from 'astro:content';
import { z as zod } from 'astro/zod';
import { glob } from 'astro/loaders';

// AstroPaper's blog collection schema (src/content.config.ts of AstroPaper v5).
const blog = defineCollection({
  loader: glob({ pattern: '**/[^_]*.md', base: './src/data/blog' }),
  schema: ({ image }) =>
    z.object({
      author: z.string().default('Newsclip'),
      pubDatetime: z.date(),
      modDatetime: z.date().optional().nullable(),
      title: z.string(),
      featured: z.boolean().optional(),
      draft: z.boolean().optional(),
      tags: z.array(z.string()).default(['others']),
      ogImage: image().or(z.string()).optional(),
      description: z.string(),
      canonicalURL: z.string().optional(),
      hideEditPost: z.boolean().optional(),
      timezone: z.string().optional(),
    }),
});

// AstroPaper v6's posts collection (v6.x's src/content.config.ts, before v7): posts moved to
// src/content/posts, `.md` and `.mdx`, `z` from astro/zod, the author defaulting to the config's site author;
// the fields are v5's. AstroPaper v6 runs on Astro 6, which needs Node 22; this site stays on Astro 5.18 so
// it builds on the Node 20 the project supports. Astro 5's glob loader reads the same files the same way (a
// `slug` frontmatter key is the entry's id in both), so the check is that v6's schema accepts the export.
const posts = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './src/content/posts' }),
  schema: ({ image }) =>
    zod.object({
      author: zod.string().default('Newsclip'),
      pubDatetime: zod.date(),
      modDatetime: zod.date().optional().nullable(),
      title: zod.string(),
      featured: zod.boolean().optional(),
      draft: zod.boolean().optional(),
      tags: zod.array(zod.string()).default(['others']),
      ogImage: image().or(zod.string()).optional(),
      description: zod.string(),
      canonicalURL: zod.string().optional(),
      hideEditPost: zod.boolean().optional(),
      timezone: zod.string().optional(),
    }),
});

export const collections = { blog, posts };
