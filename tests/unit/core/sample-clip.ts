import type { Clip, Extraction } from '../../../utils/clip-schema';

export function sampleExtraction(overrides: Partial<Extraction> = {}): Extraction {
  return {
    kind: 'article',
    url: 'https://news.example/2026/03/harbour-vote?utm_source=x',
    canonicalURL: 'https://news.example/2026/03/harbour-vote',
    title: 'Harbour Council Votes: "Yes" to #Tidal Power',
    author: 'Mara Lindqvist',
    description: 'The council approved the barrage.',
    pubDatetime: '2026-03-14T08:30:00Z',
    pubDay: '2026-03-14',
    modDatetime: null,
    tags: ['energy', 'local politics'],
    ogImage: 'https://news.example/tidal.jpg',
    siteName: 'The Lakeside Courier',
    lang: 'en',
    markdown: 'After a nine-hour session the council approved the barrage.',
    sources: { title: 'og', pubDatetime: 'json-ld' },
    ...overrides,
  };
}

export function sampleClip(overrides: Partial<Clip> = {}): Clip {
  return {
    kind: 'article',
    url: 'https://news.example/a',
    canonicalURL: 'https://news.example/a',
    title: 'A title',
    author: 'Jane Doe',
    description: 'A description.',
    slug: 'a-title',
    pubDatetime: '2024-01-26T12:13:24Z',
    pubDatetimeIsClipTime: false,
    modDatetime: '2024-02-04T09:09:06Z',
    featured: false,
    draft: true,
    tags: ['sora'],
    ogImage: null,
    siteName: 'Example News',
    lang: 'en',
    markdown: 'Body text.',
    sources: {},
    edited: [],
    savedAt: '2024-03-01T00:00:00Z',
    updatedAt: '2024-03-01T00:00:00Z',
    ...overrides,
  };
}
