import { parseHTML } from 'linkedom';
import { extractMetadata } from '../../../utils/metadata/extract-metadata';
import { withReadabilityFallbacks } from '../../../utils/metadata/readability-fields';
import { pageMetadataSchema } from '../../../utils/metadata/page-metadata-schema';
import { fixtureHtml, loadFixture, parseHtml } from './load-fixture';

const extract = (name: string, url = 'https://news.example/story') => extractMetadata(loadFixture(name), url);

describe('extractMetadata on the full article fixtures', () => {
  it.each(['article-ferry-vote', 'article-library-hours', 'article-radwege'])(
    '%s matches its expected.json',
    (name) => {
      const expected: Record<string, unknown> = JSON.parse(fixtureHtml(`${name}.expected.json`));
      const meta = extract(`${name}.html`, `http://localhost:4173/${name}.html?utm_source=test`);
      expect(pageMetadataSchema.parse(meta)).toEqual(meta);
      for (const [field, value] of Object.entries(expected))
        expect([field, meta[field as keyof typeof meta]]).toEqual([field, value]);
    },
  );

  it('does not modify the document', () => {
    const doc = loadFixture('article-ferry-vote.html');
    const before = doc.documentElement.outerHTML;
    extractMetadata(doc, 'https://lakesideledger.example/x');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractMetadata source by source', () => {
  it('JSON-LD @graph: @id authors, offset converted to UTC, image resolved', () => {
    const meta = extract('jsonld-graph.html', 'https://bayview.example/tide-gauge');
    expect(meta).toMatchObject({
      title: 'Tide gauge upgrade finished ahead of storm season',
      author: 'Ruth Okafor, Sam Lowe',
      pubDatetime: '2024-01-26T12:13:24Z',
      pubDay: '2024-01-26',
      modDatetime: '2024-01-27T07:00:00Z',
      tags: ['coast', 'weather', 'storms', 'environment'],
      ogImage: 'https://bayview.example/media/gauge.jpg',
      lang: 'en',
      siteName: 'Bayview Post',
    });
    expect(meta.sources).toMatchObject({ author: 'json-ld', pubDatetime: 'json-ld', tags: 'json-ld' });
  });

  it('keeps the day the page states beside the UTC time, which can fall on the day before', () => {
    const doc = parseHtml(`<head><title>Night ferry</title>
      <meta property="article:published_time" content="2022-11-07T00:30:00+01:00"></head>
      <body><h1>Night ferry</h1><p>Text.</p></body>`);
    expect(extractMetadata(doc, 'https://news.example/a')).toMatchObject({
      pubDatetime: '2022-11-06T23:30:00Z',
      pubDay: '2022-11-07',
    });
    const west = parseHtml(`<head><title>Late vote</title></head><body><article><h1>Late vote</h1>
      <time datetime="2022-05-03T22:41:00-04:00">3 May 2022</time><p>Text.</p></article></body>`);
    expect(extractMetadata(west, 'https://news.example/b')).toMatchObject({
      pubDatetime: '2022-05-04T02:41:00Z',
      pubDay: '2022-05-03',
    });
  });

  it('tolerates invalid JSON-LD and uses an Organization author', () => {
    const meta = extract('jsonld-organization.html');
    expect(meta).toMatchObject({ author: 'Riverside Herald Staff', pubDatetime: '2023-09-02T00:00:00Z' });
    expect(meta.tags).toEqual(['sport', 'architecture']);
  });

  it('OpenGraph only: site suffix stripped, article:published_time offset, og:locale, absolute og:image', () => {
    const meta = extract('og-only.html', 'https://coastalcourier.example/travel/night-trains?fbclid=x');
    expect(meta).toMatchObject({
      title: 'Night trains return to the coast line',
      author: 'Nadia Ferreira',
      pubDatetime: '2024-05-01T03:30:00Z',
      modDatetime: '2024-05-01T10:00:00Z',
      description: 'Sleeper services resume in May after four years.',
      tags: ['rail', 'night trains'],
      canonicalURL: 'https://coastalcourier.example/travel/night-trains',
      ogImage: 'https://coastalcourier.example/images/sleeper.jpg',
      lang: 'fr-FR',
      siteName: 'Coastal Courier',
    });
    expect(meta.sources.pubDatetime).toBe('article:published_time');
  });

  it('Parse.ly before Sailthru; Unix timestamps; Sailthru alone with RFC 2822', () => {
    expect(extract('parsely-sailthru.html')).toMatchObject({
      author: 'Omar Haddad, Lucy Brandt',
      pubDatetime: '2024-01-26T14:13:24Z',
      tags: ['stadium', 'city hall', 'sports-business', 'city-hall'],
      sources: { author: 'parsely', pubDatetime: 'parsely' },
    });
    expect(extract('sailthru-only.html')).toMatchObject({
      author: 'Greta Lind',
      pubDatetime: '2024-01-26T12:13:24Z',
      tags: ['ferries', 'fares'],
      sources: { author: 'sailthru' },
    });
  });

  it('a named publication date (citation_publication_date) before an undescribed DC.date, citation authors turned around', () => {
    expect(extract('dc-citation.html')).toMatchObject({
      title: 'Soil carbon in restored wetlands: a ten-year survey',
      author: 'Anna Meyer, Ben Okoro',
      pubDatetime: '2023-06-15T00:00:00Z',
      modDatetime: '2023-07-01T00:00:00Z',
      sources: { author: 'citation', pubDatetime: 'citation' },
    });
    expect(extract('dublin-core.html')).toMatchObject({
      author: 'Hanna Berg',
      pubDatetime: '2024-01-26T00:00:00Z',
    });
  });

  it('byline-only page: "By Jane Doe and John Roe"', () => {
    const meta = extract('byline-only.html');
    expect(meta).toMatchObject({
      author: 'Jane Doe, John Roe',
      pubDatetime: null,
      sources: { author: 'byline' },
    });
  });

  it('a URL in meta author is not a name: the byline wins', () => {
    expect(extract('byline-classes.html')).toMatchObject({
      author: 'Ana Ruiz, Li Wei, Tom Ekberg',
      sources: { author: 'byline' },
    });
  });

  it('<time> near the headline and a date written as text', () => {
    expect(extract('time-near-h1.html')).toMatchObject({
      author: 'Petra Lang',
      pubDatetime: '2024-03-09T21:45:00Z',
      modDatetime: '2024-03-10T08:00:00Z',
      sources: { pubDatetime: 'time-element' },
    });
    expect(extract('date-text.html')).toMatchObject({
      pubDatetime: '2024-01-26T00:00:00Z',
      sources: { pubDatetime: 'date-text' },
    });
  });

  it('a date-only value stays on its date and a genuine "A: B" title stays whole', () => {
    expect(extract('colon-title.html')).toMatchObject({
      title: 'Budget 2024: What the new tax rules mean for renters',
      pubDatetime: '2024-01-26T00:00:00Z',
    });
  });

  it('canonical URL: <base>-relative, tracking parameters and fragment removed', () => {
    expect(
      extract('tracking-url.html', 'https://tracker.example/news/harbour-festival?utm_source=x'),
    ).toMatchObject({
      canonicalURL: 'https://tracker.example/news/harbour-festival?id=42',
      ogImage: 'https://tracker.example/news/img/festival.jpg',
      sources: { canonicalURL: 'canonical' },
    });
  });

  it('a page with no date has pubDatetime null; junk keywords are dropped', () => {
    const meta = extract('no-date.html', 'https://valleyvoice.example/about');
    expect(meta).toMatchObject({
      title: 'About our newsroom',
      pubDatetime: null,
      pubDay: null,
      modDatetime: null,
      description: 'Who we are and how we report.',
      tags: ['about', 'newsroom'],
      author: '',
    });
  });

  it('falls back to the URL for the date and title of a bare page', () => {
    const meta = extractMetadata(
      parseHtml('<p>Nothing here.</p>'),
      'https://b.example/2016/04/02/bare-page/',
    );
    expect(meta).toMatchObject({ title: 'bare page', pubDatetime: '2016-04-02T00:00:00Z' });
    expect(meta.sources).toMatchObject({ title: 'url', pubDatetime: 'url' });
  });
});

describe('withReadabilityFallbacks', () => {
  const bare = () =>
    extractMetadata(parseHtml('<p>Nothing here.</p>'), 'https://b.example/2016/04/02/bare-page/');

  it('fills empty fields and replaces last-resort (title tag / URL) values', () => {
    const meta = withReadabilityFallbacks(bare(), {
      title: 'Readable title | B Site',
      byline: 'By Ola Nordmann',
      publishedTime: '2016-04-03T10:00:00+02:00',
      siteName: 'B Site',
      excerpt: null,
      textContent: 'The first sentence of the article. The second one.',
    });
    expect(meta).toMatchObject({
      title: 'Readable title',
      author: 'Ola Nordmann',
      pubDatetime: '2016-04-03T08:00:00Z',
      pubDay: '2016-04-03',
      description: 'The first sentence of the article. The second one.',
      siteName: 'B Site',
      sources: {
        title: 'readability',
        author: 'readability',
        pubDatetime: 'readability',
        description: 'text',
      },
    });
  });

  it('keeps what the page itself stated and ignores a URL byline', () => {
    const page = extract('jsonld-graph.html', 'https://bayview.example/tide-gauge');
    const meta = withReadabilityFallbacks(page, {
      title: 'Other',
      byline: 'https://bayview.example/staff/ruth',
      publishedTime: '2001-01-01',
      excerpt: 'Other excerpt',
    });
    expect(meta).toEqual(page);
    const noAuthor = withReadabilityFallbacks({ ...page, author: '' }, { byline: 'https://x.example/a' });
    expect(noAuthor.author).toBe('');
  });
});

describe('extractMetadata: a metadata author the page never prints', () => {
  it('gives way to the byline the page prints; a printed one keeps its place', () => {
    const page = (metaAuthor: string) =>
      parseHtml(`<head><meta name="author" content="${metaAuthor}"></head><body><article>
        <h1>Python 3.6.0 is now available</h1><p>${'Release notes. '.repeat(20)}</p>
        <div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Ned Deily</span></span></div>
        <p>Thanks to Marcin for the blog theme.</p></article></body>`);
    const hidden = extractMetadata(page('Marcin Wojtczuk'), 'https://blog.example/2016/12/python-360');
    expect(hidden.author).toBe('Ned Deily');
    expect(hidden.sources.author).toBe('byline');
    const printed = page('Ned Deily Senior');
    printed.querySelector('p:last-of-type')!.textContent = 'Posts by Ned Deily Senior, the release manager.';
    expect(extractMetadata(printed, 'https://blog.example/2016/12/python-360').author).toBe(
      'Ned Deily Senior',
    );
  });
});

describe('extractMetadata: a first name completed from the page', () => {
  const page = (author: string, body: string) =>
    parseHtml(`<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Robot draws blood",
      "author":{"@type":"Person","name":"${author}"}}</script></head><body><article><h1>Robot draws blood</h1>
      <p>${'The device found veins faster than staff. '.repeat(10)}</p>${body}</article></body>`);

  it('takes the full name from an element named as a name, not from any text that follows the word', () => {
    const full = extractMetadata(
      page('Todd', '<p class="full-name">Todd Bates</p>'),
      'https://news.example/a',
    );
    expect([full.author, full.sources.author]).toEqual(['Todd Bates', 'page-text']);
    const bio =
      '<div class="author-box__bio">Stefanus Stahl - Maschinenbauer, Abenteurer und Projektleiter.</div>';
    expect(extractMetadata(page('Stefanus', bio), 'https://news.example/a').author).toBe('Stefanus Stahl');
    const stray = extractMetadata(
      page('Mac', '<a class="store">Mac App</a><p>Mac Store</p>'),
      'https://news.example/a',
    );
    expect(stray.author).toBe('Mac');
    const desk = extractMetadata(
      page('EFE', '<span class="name">EFE Agencia</span>'),
      'https://news.example/a',
    );
    expect(desk.author).toBe('EFE');
  });

  it('turns a CMS login into the name the page prints, even before a stray second <body>', () => {
    const caption = '<p class="img-text">Chefredakteur Christian P. Stadtfeld bewertet den Wahlausgang.</p>';
    const login = extractMetadata(page('christian.stadtfeld', caption), 'https://news.example/a');
    expect([login.author, login.sources.author]).toEqual(['Christian P. Stadtfeld', 'page-text']);
    // Not a "first.last" login, or a name the page never prints: left as it is.
    expect(
      extractMetadata(page('christian.stadtfeld', '<p>No name.</p>'), 'https://news.example/a').author,
    ).toBe('christian.stadtfeld');
    expect(extractMetadata(page('Christian', caption), 'https://news.example/a').author).toBe('Christian');
    // linkedom (the bench's DOM) leaves an empty <body> before the real one when scripts stand between
    // </head> and <body>; the name is still found.
    const split = parseHTML(`<html><head><script type="application/ld+json">{"@type":"NewsArticle",
      "headline":"Wahl","author":{"@type":"Person","name":"christian.stadtfeld"}}</script></head>
      <script>var a = 1;</script><body><h1>Wahl</h1>${caption}</body></html>`).document;
    expect(split.body.textContent).toBe('');
    expect(extractMetadata(split, 'https://news.example/a').author).toBe('Christian P. Stadtfeld');
  });
});
