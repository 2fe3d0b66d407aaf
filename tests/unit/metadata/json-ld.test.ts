import { readJsonLd } from '../../../utils/metadata/json-ld';
import { loadFixture, parseHtml } from './load-fixture';

describe('readJsonLd', () => {
  it('reads the article node of a @graph, resolving @id author references', () => {
    const ld = readJsonLd(loadFixture('jsonld-graph.html'));
    expect(ld.title).toBe('Tide gauge upgrade finished ahead of storm season');
    expect(ld.authors).toEqual(['Ruth Okafor', 'Sam Lowe']);
    // The WebPage's 2020 dates must not win over the article's.
    expect(ld.published).toBe('2024-01-26T14:13:24+02:00');
    expect(ld.modified).toBe('2024-01-27T09:00:00+02:00');
    expect(ld.keywords).toEqual(['Coast, Weather; Storms']);
    expect(ld.section).toBe('Environment');
    expect(ld.image).toBe('/media/gauge.jpg');
    expect(ld.siteName).toBe('Bayview Post');
    expect(ld.lang).toBe('en-GB');
    expect(ld.description).toBe("The harbour's new tide gauge reports every minute.");
  });

  it('skips invalid scripts and reads comment-wrapped arrays with Organization authors', () => {
    const ld = readJsonLd(loadFixture('jsonld-organization.html'));
    expect(ld.title).toBe('Grain silo reopens as climbing centre');
    expect(ld.authors).toEqual(['Riverside Herald Staff']);
    expect(ld.published).toBe('2023-09-02');
    expect(ld.siteName).toBe('Riverside Herald');
    expect(ld.keywords).toEqual(['Sport', 'Architecture', 'Sport']);
  });

  it('accepts string authors, CDATA wrappers, untyped JSON-LD scripts and double-escaped text', () => {
    const doc = parseHtml(`<html><head>
      <script type="application/ld+json">//<![CDATA[
      {"@context":"https://schema.org","@type":"BlogPosting","headline":"Caf&eacute; opens &#8211; at last","author":["Ida Falk","https://x.example/ida"],"datePublished":"2022-02-02"}
      //]]></script></head><body></body></html>`);
    const ld = readJsonLd(doc);
    expect(ld.title).toBe('Café opens – at last');
    expect(ld.authors).toEqual(['Ida Falk', 'https://x.example/ida']);
    const untyped = parseHtml(
      '<script>{"@context":"https://schema.org","@type":"NewsArticle","headline":"Untyped","datePublished":"2021-01-01"}</script>',
    );
    expect(readJsonLd(untyped).title).toBe('Untyped');
  });

  it('falls back to a WebPage node when there is no article, and returns nothing for no JSON-LD', () => {
    const doc = parseHtml(
      '<script type="application/ld+json">{"@type":"WebPage","name":"Opening hours","datePublished":"2021-03-04"}</script>',
    );
    expect(readJsonLd(doc)).toMatchObject({ title: 'Opening hours', published: '2021-03-04' });
    expect(readJsonLd(parseHtml('<p>none</p>')).title).toBeUndefined();
  });
});
