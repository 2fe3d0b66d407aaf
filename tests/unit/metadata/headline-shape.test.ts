import { findHeadline } from '../../../utils/metadata/find-headline';
import { headlineText } from '../../../utils/metadata/headline-text';
import { trimSeparators } from '../../../utils/metadata/trim-separators';
import { extractMetadata } from '../../../utils/metadata/extract-metadata';
import { parseHtml } from './load-fixture';

describe('trimSeparators', () => {
  it('drops separators at the ends, keeps quotes, brackets, signs and a leading dot', () => {
    expect(trimSeparators('- DDR-Hotel Lunik öffnet')).toBe('DDR-Hotel Lunik öffnet');
    expect(trimSeparators(': Thioune bleibt |')).toBe('Thioune bleibt');
    expect(trimSeparators('«Wir schaffen das»')).toBe('«Wir schaffen das»');
    expect(trimSeparators('»Kein Kommentar«')).toBe('»Kein Kommentar«');
    expect(trimSeparators('.NET 9 is out')).toBe('.NET 9 is out');
    expect(trimSeparators('$1 bills (rare)')).toBe('$1 bills (rare)');
  });
});

describe('the headline never starts with a separator', () => {
  it('drops a screen-reader " - " left between a kicker and the title', () => {
    const doc = parseHtml(`<article><h3><span class="roofline">Premiere in Eisenhüttenstadt</span>
      <span class="hideme"> - </span><span class="titletext">DDR-Hotel Lunik öffnet als Theater</span></h3>
      <p>${'Das einst beliebte Hotel ist seit 30 Jahren geschlossen. '.repeat(5)}</p></article>`);
    const { h1 } = findHeadline(doc, [
      'Premiere in Eisenhüttenstadt: DDR-Hotel Lunik öffnet als Theater | rbb',
    ]);
    expect(headlineText(h1)).toBe('DDR-Hotel Lunik öffnet als Theater');
  });
});

describe('a subheading that repeats the SEO title is not the headline', () => {
  const page = `<html><head><title>Ist die Thüringer Bratwurst eine Illusion? Das harte Geschäft mit dem Tod | MDR.DE</title>
    <meta property="og:title" content="Ist die Thüringer Bratwurst eine Illusion? Das harte Geschäft mit dem Tod | MDR.DE">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ist die Thüringer Bratwurst eine Illusion? Das harte Geschäft mit dem Tod"}</script>
    </head><body><h1><span class="dachzeile">Schlachtbetriebe</span>
    <span class="headline">Das harte Geschäft mit dem Tod: Warum immer weniger in Thüringen geschlachtet wird</span></h1>
    <p>${'Noch dampfen die Leiber in der Halle. '.repeat(8)}</p>
    <h2>Thüringer Bratwurst eine Illusion?</h2><p>${'Mehr Text. '.repeat(20)}</p></body></html>`;

  it('keeps the page’s h1 when the matching h2 comes after it', () => {
    const { h1 } = findHeadline(parseHtml(page), [
      'Ist die Thüringer Bratwurst eine Illusion? Das harte Geschäft mit dem Tod | MDR.DE',
    ]);
    expect(h1?.nodeName).toBe('H1');
  });

  it('and the title is then the metadata title, not the subheading', () => {
    const meta = extractMetadata(parseHtml(page), 'https://www.mdr.example/schlachtbetriebe-100.html');
    expect(meta.title).toBe('Ist die Thüringer Bratwurst eine Illusion? Das harte Geschäft mit dem Tod');
  });

  it('still takes a blog’s h2 post title under a one-word section h1', () => {
    const doc =
      parseHtml(`<h1>Blog</h1><article><h2 class="entry-title">How we rebuilt the harbour bridge</h2>
      <p>${'Text. '.repeat(30)}</p></article>`);
    const { h1 } = findHeadline(doc, ['How we rebuilt the harbour bridge – Harbour Works']);
    expect(h1?.textContent).toBe('How we rebuilt the harbour bridge');
  });

  it('takes the h2 the titles name under an h1 that shares nothing with them (a rubric, a teaser)', () => {
    const doc = parseHtml(`<h1>Corona: Report von der deutsch-französischen Grenze</h1>
      <article><h2>Grenzschließungen Deutschland, Frankreich und die Rückkehr der Ressentiments</h2>
      <p>${'Text. '.repeat(30)}</p></article>`);
    const { h1 } = findHeadline(doc, [
      'Grenzschließungen: Deutschland, Frankreich und die Rückkehr der Ressentiments',
    ]);
    expect(h1?.nodeName).toBe('H2');
  });
});
