import { describe, expect, it } from 'vitest';
import { withArticleTop } from '../../../utils/metadata/article-top';
import { extractPage } from '../../../utils/extract/extract-page';
import { extractMetadata } from '../../../utils/metadata/extract-metadata';
import { loadMetadataFixture, parseHtml } from './load-fixture';

const URL_ = 'https://verbraucher.example/preise/news/18725';
const STORY = `<p>${'Die Gaspreisbremse gilt ab März für private Haushalte und kleine Betriebe. '.repeat(3)}</p>`;

describe('withArticleTop', () => {
  it('reads the byline and leading date of a page whose headline the metadata readers did not find', () => {
    const doc = loadMetadataFixture('article-top.html');
    const read = extractMetadata(doc, URL_);
    expect(read.pubDatetime).toBeNull();
    // As when the page's byline is out of the readers' reach: only the publisher's name as the author.
    const meta = {
      ...read,
      author: 'Bund der Verbraucher e.V.',
      sources: { ...read.sources, author: 'meta' as const },
    };
    const top = withArticleTop(meta, doc.querySelector('.content-segment')!, URL_);
    expect(top.author).toBe('Leonora Holling');
    expect(top.sources.author).toBe('article-byline');
    expect(top.pubDatetime).toBe('2022-11-21T00:00:00Z');
    expect(top.sources.pubDatetime).toBe('article-text');
  });

  it('in the whole extraction: the frontmatter fields filled, the byline line out of the body', () => {
    const outcome = extractPage(loadMetadataFixture('article-top.html'), { url: URL_, mode: 'article' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.extraction.author).toBe('Leonora Holling');
    expect(outcome.extraction.pubDatetime).toBe('2022-11-21T00:00:00Z');
    expect(outcome.extraction.markdown).not.toContain('Von Leonora Holling');
    expect(outcome.extraction.markdown).toContain('Von Max Muster stammt die Grafik');
  });

  it('keeps what the metadata found, and reads nothing once the story is under way', () => {
    const doc = parseHtml(`<div>${STORY}${STORY}<p>Von Max Muster</p><p>3. Dezember 2022</p></div>`);
    const meta = { ...extractMetadata(doc, URL_), author: '', pubDatetime: null };
    const none = withArticleTop(meta, doc.querySelector('div')!, URL_);
    expect([none.author, none.pubDatetime]).toEqual(['', null]);
    const found = { ...meta, author: 'Ana Ruiz', pubDatetime: '2022-01-02T00:00:00Z' };
    const top = parseHtml('<div><p>Von Leonora Holling</p><p>21.11.2022</p></div>').querySelector('div')!;
    expect(withArticleTop(found, top, URL_)).toEqual(found);
  });
});

describe('one reader of the article’s top lines for the metadata and the Markdown clean-up', () => {
  it('reads, under a title-sized subtitle, the byline line it removes from the body (an h5 "Von …, Frankfurt")', () => {
    const subtitle =
      'Kreditgenossen wickeln Transaktionen mit dem Onlineshop eines Zweitligisten ab – die Anbindung des Handels ist im Sommer geplant';
    const doc =
      parseHtml(`<html><head><title>Zinsen steigen – Börsen-Zeitung</title></head><body><main><article>
      <div class="body"><h1>Zinsen steigen</h1><h1>Zinsen steigen</h1><h2>${subtitle}</h2>
      <h5>Von Anna Sleegers, Frankfurt</h5><div><div>${STORY}</div></div>${STORY}</div>
      </article></main></body></html>`);
    const outcome = extractPage(doc, { url: URL_, mode: 'article' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.extraction.author).toBe('Anna Sleegers');
    expect(outcome.extraction.markdown).not.toContain('Anna Sleegers');
  });
});
