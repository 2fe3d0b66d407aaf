import { findHeadline, inNoiseBox, splitAround } from '../../../utils/metadata/find-headline';
import { headlineText } from '../../../utils/metadata/headline-text';
import { parseHtml } from './load-fixture';

describe('findHeadline', () => {
  it('skips a logo h1 and takes the article h1 with its article as container', () => {
    const doc = parseHtml(`<h1 class="site-logo"><a href="/">Daily</a></h1>
      <article id="a"><h1>Real headline</h1></article>`);
    const { h1, container } = findHeadline(doc);
    expect(h1?.textContent).toBe('Real headline');
    expect(container?.id).toBe('a');
  });

  it('prefers the h1 the page titles name, and accepts an h2 post title when no h1 matches', () => {
    const doc = parseHtml(`<h1>Blog name</h1><div><h3 class="post-title">Tach auch, liebe Leute</h3></div>`);
    expect(findHeadline(doc, ['Tach auch, liebe Leute | Blog name']).h1?.tagName).toBe('H3');
  });

  it('prefers the h1 that matches the og:title over a section h1 that matches the <title>, skips hidden ones', () => {
    const doc = parseHtml(`<h1 class="aural">Navigation und Service</h1><h1>News</h1>
      <div><h1>Auf das erste Elektron kommt es an</h1></div>`);
    const { h1 } = findHeadline(doc, ['', 'Auf das erste Elektron kommt es an', 'News - Institut']);
    expect(h1?.textContent).toBe('Auf das erste Elektron kommt es an');
    expect(findHeadline(doc).h1?.textContent).toBe('News');
  });

  it('climbs past a title frame that holds only the h1 to the block with the article', () => {
    const doc = parseHtml(`<body><div id="page"><section id="main"><div class="frame"><div><div><div>
      <h1>Boot show cancelled</h1></div></div></div></div>
      <div class="info">24.01.2022 11:38</div><p>${'Article text. '.repeat(40)}</p></section></div></body>`);
    expect(findHeadline(doc).container?.id).toBe('main');
  });

  it('returns nulls when the page has no headline', () => {
    expect(findHeadline(parseHtml('<p>text</p>'))).toEqual({ h1: null, container: null });
  });
});

describe('headlineText', () => {
  it('leaves out kickers, rooflines and screen-reader glue', () => {
    const doc =
      parseHtml(`<h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span>
      <span class="article-heading__title">Bohren, bis es heiß wird</span></h1>`);
    expect(headlineText(doc.querySelector('h1'))).toBe('Bohren, bis es heiß wird');
    const plain = parseHtml('<h1>Plain <em>title</em></h1>');
    expect(headlineText(plain.querySelector('h1'))).toBe('Plain title');
  });
});

describe('inNoiseBox', () => {
  it('counts only noise boxes inside the scope', () => {
    const doc = parseHtml(`<div class="with-sidebar"><article id="a"><p id="p">x</p>
      <div class="comments"><p id="c">y</p></div></article></div>`);
    const scope = doc.getElementById('a');
    expect(inNoiseBox(doc.getElementById('p') as Element, scope)).toBe(false);
    expect(inNoiseBox(doc.getElementById('c') as Element, scope)).toBe(true);
  });

  it("treats an <aside> named as the article's meta box as the article's own, other asides as noise", () => {
    const doc = parseHtml(`<article id="a"><h1>T</h1><aside class="teasers"><p id="t">x</p></aside>
      <aside class="meta" role="complementary"><p id="m">y</p></aside></article>`);
    const scope = doc.getElementById('a');
    expect(inNoiseBox(doc.getElementById('t') as Element, scope)).toBe(true);
    expect(inNoiseBox(doc.getElementById('m') as Element, scope)).toBe(false);
  });
});

describe('splitAround', () => {
  it('splits matches into before (nearest first) and after the anchor, across parents', () => {
    const doc =
      parseHtml(`<div id="s"><p id="a">a</p><section><p id="b">b</p><h1 id="h">T <span id="in">i</span></h1></section>
      <p id="c">c</p><h1 id="other">x</h1></div>`);
    const { before, after } = splitAround(
      doc.getElementById('s') as Element,
      'p, span',
      doc.getElementById('h'),
    );
    expect(before.map((el) => el.id)).toEqual(['b', 'a']);
    expect(after.map((el) => el.id)).toEqual(['in', 'c']);
  });
});
