/**
 * Version 1 of the clip database, FROZEN: whole clips (Markdown included) in one table. Never edit this
 * file; a change of schema is a new version file. `example` is data as the first release stored it,
 * including a record it could write without `tags` (the bug of issue #19), for the migration tests.
 */
export const version = 1;

export const stores = {
  clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime',
};

const base = {
  kind: 'article',
  author: 'Mara Lindqvist',
  pubDatetimeIsClipTime: false,
  modDatetime: null,
  featured: false,
  draft: true,
  ogImage: null,
  siteName: 'The Lakeside Courier',
  lang: 'en',
  sources: {},
  edited: [],
};

export const example = {
  clips: [
    {
      ...base,
      id: 1,
      url: 'https://courier.example/tidal-vote?utm_source=x',
      canonicalURL: 'https://courier.example/tidal-vote',
      title: 'Tidal power vote',
      description: 'The council approved the barrage.',
      slug: 'tidal-power-vote',
      pubDatetime: '2024-01-26T12:13:24Z',
      tags: ['energy', 'local politics'],
      markdown: 'After a nine-hour session the [council](https://courier.example/council) approved it.',
      savedAt: '2024-03-01T00:00:00Z',
      updatedAt: '2024-03-01T00:00:00Z',
    },
    {
      ...base,
      id: 2,
      url: 'https://courier.example/press',
      canonicalURL: 'https://courier.example/press',
      title: '新闻发布会',
      description: '',
      slug: '新闻发布会',
      pubDatetime: '2024-02-01T08:00:00Z',
      markdown: 'Ferry timetable changes from Monday.',
      savedAt: '2024-03-02T00:00:00Z',
      updatedAt: '2024-03-02T00:00:00Z',
      // No `tags`: v1 stored such a record, and the v2 upgrade then threw "reading 'join'".
    },
  ],
};
