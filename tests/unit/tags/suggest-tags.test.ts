import { extractMetadata } from '../../../utils/metadata/extract-metadata';
import { compactTag, foldTag } from '../../../utils/tags/fold-tag';
import { suggestTags } from '../../../utils/tags/suggest-tags';
import { tagCandidates, type PageTagContext } from '../../../utils/tags/tag-candidates';
import { loadFixture, parseHtml } from '../metadata/load-fixture';

const page = (over: Partial<PageTagContext>): PageTagContext => ({
  keywords: [],
  sections: [],
  siteNames: [],
  url: 'https://www.theverge.com/2026/1/1/story',
  ...over,
});

/** The candidates of a fixture page, read the way the extension reads it. */
function candidatesOf(doc: Document, url: string): string[] {
  const meta = extractMetadata(doc, url);
  return tagCandidates({
    keywords: meta.tags,
    sections: meta.sections ?? [],
    siteNames: meta.siteNames ?? [],
    url,
  });
}

describe('foldTag', () => {
  it('compares tags by case, accents, punctuation and English plurals', () => {
    expect(foldTag('Élections')).toBe(foldTag('election'));
    expect(foldTag('sports-business')).toBe('sport business');
    expect(foldTag('Storms')).toBe(foldTag('storm'));
    expect(foldTag('Policies')).toBe(foldTag('policy'));
    expect(foldTag('news')).not.toBe(foldTag('bus'));
    expect(compactTag('The Verge')).toBe('theverge');
  });
});

describe('tagCandidates', () => {
  it('leaves out the site’s names: its site name, the host and outlet names', () => {
    expect(
      tagCandidates(
        page({
          keywords: ['The Verge', 'the-verge', 'Verge', 'Apple', 'Vox Media'],
          siteNames: ['The Verge', 'Vox Media'],
        }),
      ),
    ).toEqual(['apple']);
    expect(tagCandidates(page({ keywords: ['theverge', 'Tech'] }))).toEqual(['tech']);
  });

  it('leaves out section names and breadcrumbs, however written', () => {
    expect(
      tagCandidates(
        page({ keywords: ['Politics', 'Budget', 'Local News'], sections: ['politics, local news'] }),
      ),
    ).toEqual(['budget']);
  });

  it('leaves out generic words in every language of the lexicon', () => {
    expect(
      tagCandidates(
        page({
          keywords: [
            'general',
            'front-page',
            'US',
            'Top Stories',
            'Nachrichten',
            'Actualités',
            'Hamas',
            'Nieuws',
          ],
        }),
      ),
    ).toEqual(['hamas']);
  });

  it('leaves out CMS codes: key-value pairs, paths, ids and host names', () => {
    expect(
      tagCandidates(
        page({
          keywords: [
            'category: travel',
            'sections/sverige',
            'editors_pick',
            '26157981-b4f7-4929-adc1-e860c6f03636',
            'o.canada.com',
            'Covid-19',
          ],
        }),
      ),
    ).toEqual(['covid-19']);
  });

  it('reads a fixture page: its keywords, not its site or section (article-ferry-vote)', () => {
    const url = 'https://ledger.example/news/ferry-vote';
    const doc = loadFixture('article-ferry-vote.html');
    // Its articleSection is among the page's keywords (the old tags), never among the suggestions.
    expect(extractMetadata(doc, url).tags).toContain('local news');
    expect(candidatesOf(doc, url)).toEqual(['ferry', 'transit', 'city council', 'wren point']);
  });

  it('reads the page’s JSON-LD breadcrumbs and outlet names as not topics', () => {
    const doc = parseHtml(`<html><head>
      <meta property="og:site_name" content="Daily Planet">
      <meta name="keywords" content="Daily Planet, Metropolis, Crime, Superman">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"NewsArticle","headline":"Hero saves city","publisher":{"@type":"Organization","name":"Planet Media"}},
        {"@type":"BreadcrumbList","itemListElement":[
          {"@type":"ListItem","position":1,"name":"Home"},
          {"@type":"ListItem","position":2,"item":{"@id":"https://dp.example/metropolis","name":"Metropolis"}},
          {"@type":"ListItem","position":3,"name":"Crime"}]}]}</script>
      </head><body><h1>Hero saves city</h1></body></html>`);
    expect(candidatesOf(doc, 'https://dailyplanet.example/a')).toEqual(['superman']);
  });
});

describe('suggestTags', () => {
  it('puts the user’s own tags first, written as theirs, and leaves out tags the clip has', () => {
    expect(
      suggestTags(['Budget', 'Storms', 'Élections', 'Apple'], ['storm', 'elections', 'sport'], ['apple']),
    ).toEqual(['storm', 'elections', 'Budget']);
  });

  it('keeps at most `max`, each once', () => {
    expect(suggestTags(['a1', 'A1', 'b2', 'c3'], [], [], 2)).toEqual(['a1', 'b2']);
  });
});
