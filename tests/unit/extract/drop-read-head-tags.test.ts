import { dropReadHeadTags } from '../../../utils/extract/drop-read-head-tags';
import { pageElements } from '../../../utils/metadata/page-elements';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html';

describe('dropReadHeadTags', () => {
  it('removes links and the metas Readability ignores, keeping those it reads for title, byline and date', () => {
    const doc = parseHtml(
      `<html><head><title>T</title>
      <meta charset="utf-8"><meta name="viewport" content="width=device-width">
      <meta name="robots" content="index"><meta name="author">
      <meta name="author" content="Ana Ruiz"><meta property="og:title" content="Harbour vote">
      <meta property="article:published_time" content="2024-05-02T06:00:00Z">
      <meta name="description" content="What the council decided.">
      <link rel="canonical" href="https://news.example/a"><link rel="stylesheet" href="/s.css">
      </head><body><p>Text.</p></body></html>`,
      'https://news.example/a',
    );
    dropReadHeadTags(pageElements(doc));
    expect(doc.querySelectorAll('link')).toHaveLength(0);
    expect(Array.from(doc.querySelectorAll('meta'), (m) => m.getAttribute('content'))).toEqual([
      'Ana Ruiz',
      'Harbour vote',
      '2024-05-02T06:00:00Z',
      'What the council decided.',
    ]);
    expect(doc.title).toBe('T');
  });
});
