import { extractMetadata } from '../../../utils/metadata/extract-metadata';
import { loadMetadataFixture, parseHtml } from './load-fixture';

const extract = (doc: Document) => extractMetadata(doc, 'https://news.example/story');

describe('publication date priority', () => {
  it('a date printed at the headline beats undescribed <meta name="date"> / DC.date page dates', () => {
    const meta = extract(loadMetadataFixture('page-date-after-headline.html'));
    expect(meta.pubDatetime).toBe('2024-04-28T07:30:00Z');
    expect(meta.sources.pubDatetime).toBe('time-element');
  });

  it('an undescribed page date is still used when the page prints none', () => {
    const meta = extract(
      parseHtml(`<head><meta name="date" content="2024-05-02T06:00:00+02:00"></head>
        <body><article><h1>Radwege</h1><p>Text ohne Datum.</p></article></body>`),
    );
    expect(meta.pubDatetime).toBe('2024-05-02T04:00:00Z');
    expect(meta.sources.pubDatetime).toBe('page-date');
  });

  it('when JSON-LD and OpenGraph disagree on the day, the one printed at the headline wins', () => {
    const meta = extract(loadMetadataFixture('republished-dates.html'));
    expect(meta.pubDatetime).toBe('2022-12-15T08:13:00Z');
    expect(meta.sources.pubDatetime).toBe('article:published_time');
  });

  it("a printed date that is the metadata's modification day does not settle the disagreement", () => {
    const meta = extract(
      parseHtml(`<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Vote fails",
        "datePublished":"2024-12-06T22:00:40Z","dateModified":"2024-12-07T12:43:39Z"}</script>
        <meta property="article:published_time" content="2024-12-07T12:43:39Z"></head>
        <body><article><h1>Vote fails</h1><p>By Stella Kim</p>
        <time datetime="2024-12-07T12:43:39Z">Dec. 6, 2024, 10:00 PM UTC</time><p>Text.</p></article></body>`),
    );
    expect(meta.pubDatetime).toBe('2024-12-06T22:00:40Z');
    expect(meta.sources.pubDatetime).toBe('json-ld');
  });

  it('without a printed date the disagreement keeps the priority order (JSON-LD first)', () => {
    const doc = loadMetadataFixture('republished-dates.html');
    doc.querySelector('.article-info-item')?.remove();
    const meta = extract(doc);
    expect(meta.pubDatetime).toBe('2021-12-06T13:36:00Z');
    expect(meta.sources.pubDatetime).toBe('json-ld');
  });

  it('a <meta itemprop="datePublished"> is metadata, not the printed date that settles a disagreement', () => {
    const meta = extract(
      parseHtml(`<head><meta name="DC.date.issued" content="2022-02-04T15:33:00+01:00">
        <meta name="pubdate" content="2021-12-14T15:41:07+01:00"></head>
        <body><article><h1>Warum sich das Warten lohnt</h1>
        <p class="author">04.02.2022 | 15:33 Uhr | Dennis Stein</p>
        <meta itemprop="datePublished" content="2021-12-14T15:41:07+01:00"><p>Text.</p></article></body>`),
    );
    expect(meta.pubDatetime).toBe('2022-02-04T14:33:00Z');
    expect(meta.sources.pubDatetime).toBe('dc');
  });
});

describe('publication date: the modification day the page prints as its date', () => {
  it('a last-edit day written at the headline as the only date wins over the first publication', () => {
    const meta = extract(loadMetadataFixture('printed-edit-day.html'));
    expect(meta.pubDatetime).toBe('2022-01-12T00:00:00Z');
    expect(meta.sources.pubDatetime).toBe('date-text');
    expect(meta.modDatetime).toBe('2022-01-12T14:27:30Z');
  });

  it("takes the edit's exact instant when the printed clock is that moment in the page's zone", () => {
    const doc = loadMetadataFixture('printed-edit-day.html');
    doc.querySelector('.author-meta')!.innerHTML = '12.01.2022, 15:27 Uhr';
    const meta = extract(doc);
    expect(meta.pubDatetime).toBe('2022-01-12T14:27:30Z');
    expect(meta.pubDay).toBe('2022-01-12');
  });

  it('a date labelled as an update, or only a <time> value, leaves the first publication', () => {
    const labelled = loadMetadataFixture('printed-edit-day.html');
    labelled.querySelector('.author-meta')!.textContent = 'Aktualisiert: 12.01.2022';
    expect(extract(labelled).pubDatetime).toBe('2021-11-29T14:13:37Z');
    const machine = loadMetadataFixture('printed-edit-day.html');
    machine.querySelector('.author-meta')!.innerHTML = '<time datetime="2022-01-12T14:27:30Z"></time>';
    expect(extract(machine).pubDatetime).toBe('2021-11-29T14:13:37Z');
  });
});

describe('publication day: the day the page prints', () => {
  it('metadata in UTC keeps its moment, but the day is the one printed at the headline in local time', () => {
    const meta = extract(loadMetadataFixture('utc-metadata-local-day.html'));
    expect(meta.pubDatetime).toBe('2022-05-04T02:41:00Z');
    expect(meta.pubDay).toBe('2022-05-03');
    expect(meta.sources.pubDatetime).toBe('json-ld');
  });

  it('a printed time that is another moment (an update) does not change the day', () => {
    const doc = loadMetadataFixture('utc-metadata-local-day.html');
    doc.querySelector('h6 span')!.textContent = '3/5/2022 20:05';
    const meta = extract(doc);
    expect(meta.pubDatetime).toBe('2022-05-04T02:41:00Z');
    expect(meta.pubDay).toBe('2022-05-04');
  });
});

describe('publication date: the last update as the last resort', () => {
  it('uses the metadata\'s modification date, then an "Aktualisiert:" label, only when no publication date exists', () => {
    const modified = extract(
      parseHtml(`<head><meta property="article:modified_time" content="2021-03-02T09:00:00Z"></head>
        <body><article><h1>Radwege</h1><p>Text.</p></article></body>`),
    );
    expect(modified.pubDatetime).toBe('2021-03-02T09:00:00Z');
    expect(modified.sources.pubDatetime).toBe('modified');
    const labelled = extract(
      parseHtml(
        '<body><article><h1>Radwege</h1><p>Text.</p><p>Aktualisiert am 17.01.2021.</p></article></body>',
      ),
    );
    expect(labelled.pubDatetime).toBe('2021-01-17T00:00:00Z');
    expect(labelled.sources.pubDatetime).toBe('update-label');
    const published = extract(
      parseHtml(`<body><article><h1>Radwege</h1><p>Veröffentlicht am 03.01.2021</p>
        <p>Aktualisiert am 17.01.2021.</p></article></body>`),
    );
    expect(published.pubDatetime).toBe('2021-01-03T00:00:00Z');
  });
});
