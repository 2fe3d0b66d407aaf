import { inZone, isFloating, pageOffset } from '../../../utils/metadata/page-zone';
import { extractMetadata } from '../../../utils/metadata/extract-metadata';
import { parseHtml } from './load-fixture';

describe('page-zone', () => {
  it('tells a zoneless time of day from a zoned one and from a bare date', () => {
    expect(isFloating('2024-01-26T07:30:00')).toBe(true);
    expect(isFloating('26.01.2024, 07:30 Uhr')).toBe(true);
    expect(isFloating('2024-01-26T07:30:00+01:00')).toBe(false);
    expect(isFloating('2024-01-26T07:30:00Z')).toBe(false);
    expect(isFloating('2024-01-26 07:30 GMT')).toBe(false);
    expect(isFloating('2024-01-26')).toBe(false);
    expect(isFloating('1706254200')).toBe(false);
  });

  it('takes the first stated offset other than UTC, and restates a UTC reading in it', () => {
    expect(pageOffset([undefined, '2024-01-26T07:30:00Z', '2024-01-26T09:12:00+01:00'])).toBe(60);
    expect(pageOffset(['2024-01-26T09:12:00-0530'])).toBe(-330);
    expect(pageOffset(['2024-01-26T09:12:00Z', '2024-01-26'])).toBeNull();
    expect(inZone('2024-01-26T07:30:00Z', 60)).toBe('2024-01-26T07:30:00+01:00');
    expect(inZone('2024-01-26T07:30:00Z', -330)).toBe('2024-01-26T07:30:00-05:30');
  });
});

describe('a zoneless published time on a page that states its zone elsewhere', () => {
  const page = (published: string, modified: string) =>
    parseHtml(`<head><meta property="article:published_time" content="${published}">
      <meta property="article:modified_time" content="${modified}"></head><body><h1>Neue Regeln</h1></body>`);

  it('is the page’s local time: 07:30 in Berlin is 06:30 UTC, on the day the page states', () => {
    const meta = extractMetadata(
      page('2024-01-26T07:30:00', '2024-01-26T09:12:00+01:00'),
      'https://news.example/a',
    );
    expect(meta.pubDatetime).toBe('2024-01-26T06:30:00Z');
    expect(meta.pubDay).toBe('2024-01-26');
    // Taipei, just after midnight: the UTC instant is the evening before, the stated day stays.
    const late = extractMetadata(
      page('2024-03-02T00:05:00', '2024-03-02T08:00:00+08:00'),
      'https://news.example/b',
    );
    expect(late.pubDatetime).toBe('2024-03-01T16:05:00Z');
    expect(late.pubDay).toBe('2024-03-02');
  });

  it('stays as read when no date on the page states a zone, and a bare date is never shifted', () => {
    expect(
      extractMetadata(page('2024-01-26T07:30:00', '2024-01-26T09:12:00Z'), 'https://news.example/c')
        .pubDatetime,
    ).toBe('2024-01-26T07:30:00Z');
    expect(
      extractMetadata(page('2024-01-26', '2024-01-26T09:12:00+01:00'), 'https://news.example/d').pubDatetime,
    ).toBe('2024-01-26T00:00:00Z');
  });
});

describe('a time the page prints without a zone, in its <time> elements or its text', () => {
  const story =
    '<p>Die Stadt hat neue Regeln für den Verkehr beschlossen, die ab dem Frühjahr gelten sollen.</p>';

  it('takes the zone the metadata states (the issue’s heise 07:30 Berlin, not 07:30Z)', () => {
    const meta = extractMetadata(
      parseHtml(`<head><meta property="article:modified_time" content="2024-01-27T09:12:00+01:00"></head>
        <body><article><h1>Neue Regeln</h1><time datetime="2024-01-26T07:30">26.01.2024</time>${story}</article></body>`),
      'https://news.example/a',
    );
    expect(meta.pubDatetime).toBe('2024-01-26T06:30:00Z');
    expect(meta.pubDay).toBe('2024-01-26');
    expect(meta.sources.pubDatetime).toBe('time-element');
  });

  it('takes the zone another <time datetime> states when the metadata has no date', () => {
    const meta = extractMetadata(
      parseHtml(`<body><article><h1>Neue Regeln</h1><p class="date">26.01.2024, 07:30 Uhr</p>${story}
        <footer><time datetime="2024-01-26T09:12:00+01:00" itemprop="dateModified">9:12</time></footer></article></body>`),
      'https://news.example/a',
    );
    expect(meta.pubDatetime).toBe('2024-01-26T06:30:00Z');
    expect(meta.sources.pubDatetime).toBe('date-text');
  });

  it('stays as read (UTC) when nothing on the page states a zone', () => {
    const meta = extractMetadata(
      parseHtml(
        `<body><article><h1>Neue Regeln</h1><p class="date">26.01.2024, 07:30 Uhr</p>${story}</article></body>`,
      ),
      'https://news.example/a',
    );
    expect(meta.pubDatetime).toBe('2024-01-26T07:30:00Z');
  });
});
