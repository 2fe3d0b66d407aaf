import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageElements } from '../../../utils/metadata/page-elements';
import { parseHtml } from './load-fixture';

const PAGE = `<html><head><title>Page</title><meta name="a" content="1"><base href="/b/">
  <script type="application/ld+json">{}</script><link rel="Canonical" href="/c"></head><body>
  <h1>Head</h1><h2>Sub</h2><div itemprop="headline">Line</div><h3 itemprop="headline">Both</h3>
  <time datetime="2020-01-01">1 Jan</time><span itemprop="datePublished dateCreated">x</span>
  <meta property="article:datePublished" content="2020"><span property="dateCreated ">no</span>
  <span itemprop="given name">N</span><span itemprop="names">no</span><a rel="noopener author">A</a>
  <svg><title>icon</title></svg>
  <template><meta name="inert" content="x"><h1>Inert</h1><time>never</time><a rel="author">inert</a></template>
</body></html>`;

const check = (doc: Document) => {
  const found = pageElements(doc);
  const q = (s: string) => Array.from(doc.querySelectorAll(s));
  expect(found.meta).toEqual(q('meta'));
  expect(found.script).toEqual(q('script'));
  expect(found.link).toEqual(q('link'));
  expect(found.title).toBe(doc.querySelector('title'));
  expect(found.h1).toEqual(q('h1'));
  expect(found.headlines).toEqual(q('h2, h3, [itemprop~="headline"]'));
  expect(found.dates).toEqual(
    q('time, [itemprop~="datePublished"], [property$="datePublished"], [property$="dateCreated"]'),
  );
  expect(found.bylineAnchors).toEqual(q('[itemprop~="name"], [rel~="author"]'));
  expect(found.bylineAnchors).toHaveLength(2);
  expect(found.ordered).toEqual(q('*'));
  expect(found.baseHref).toBe('/b/');
};

describe('pageElements', () => {
  it('collects what the page-wide queries return (happy-dom)', () => check(parseHtml(PAGE)));
  it('collects what the page-wide queries return, template content left out (linkedom)', () =>
    check(parseHTML(PAGE).document));
});
