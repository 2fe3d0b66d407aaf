import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  ELEMENT_BUDGET,
  flattenDeepNesting,
  measureDocument,
  pruneOversized,
  topLevelElements,
} from '../../../utils/extract/bound-document';
import { emptyLandmarks } from '../../../utils/extract/page-landmarks';

// linkedom (the benchmark's DOM) rather than happy-dom, whose own selector engine recurses on deep pages.
const parse = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document;

describe('bound-document', () => {
  it('measures element count and depth without recursion', () => {
    const d = parse('<div><p><b>x</b></p><p>y</p></div>');
    expect(measureDocument(d.body)).toEqual({ elements: 5, depth: 3 });
  });

  it('unwraps wrappers nested thousands deep, keeping the text', () => {
    const d = parse(`${'<div><span>'.repeat(3000)}<p>Deep text.</p>${'</span></div>'.repeat(3000)}`);
    const size = flattenDeepNesting(d);
    expect(size.depth).toBeLessThan(300);
    expect(d.body.textContent).toContain('Deep text.');
  });

  it('keeps the order of content found below several over-deep wrappers', () => {
    const nest = (inner: string) => `${'<div>'.repeat(300)}${inner}${'</div>'.repeat(300)}`;
    const d = parse(nest(`<p>One.</p>${nest('<p>Two.</p><p>Three.</p>')}<p>Four.</p>`));
    flattenDeepNesting(d);
    expect(Array.from(d.querySelectorAll('p'), (p) => p.textContent)).toEqual([
      'One.',
      'Two.',
      'Three.',
      'Four.',
    ]);
    expect(measureDocument(d.documentElement).depth).toBeLessThan(300);
  });

  it('drops chrome only from a page over the element budget', () => {
    const small = parse('<nav><a href="/">Home</a></nav><p>Story.</p>');
    pruneOversized(small, measureDocument(small.documentElement));
    expect(small.querySelector('nav')).not.toBeNull();
    // Forced: the live page was over the budget and its chrome was left unjudged for visibility.
    pruneOversized(small, measureDocument(small.documentElement), undefined, true);
    expect(small.querySelector('nav')).toBeNull();
    expect(small.body.textContent).toContain('Story.');
    const items = '<li><a href="/x">x</a></li>'.repeat(ELEMENT_BUDGET);
    const big = parse(`<aside><ul>${items}</ul></aside><p>Story.</p>`);
    const size = pruneOversized(big, measureDocument(big.documentElement));
    expect(size.elements).toBeLessThan(ELEMENT_BUDGET);
    expect(big.body.textContent).toContain('Story.');
  });

  it('notes articles, articleBody and the first <base href> in tree order during the walk', () => {
    const d = parseHTML(
      '<html><head><base target="_blank"></head><body><article id="a"><div itemprop="name articleBody">x</div>' +
        '<article id="b"></article></article><base href="/first/"><article id="c"><base href="/second/"></article>' +
        '</body></html>',
    ).document;
    const landmarks = emptyLandmarks();
    flattenDeepNesting(d, landmarks);
    expect(landmarks.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(landmarks.articleBodies.map((el) => el.textContent)).toEqual(['x']);
    expect(landmarks.baseHref).toBe('/first/');
  });

  it('measures every top-level element, also the ones linkedom puts before <html>', () => {
    const d = parseHTML(
      '<style>p{}</style><html><body><article><p>Story.</p></article></body></html>',
    ).document;
    expect(d.documentElement.localName).toBe('style');
    const landmarks = emptyLandmarks();
    expect(measureDocument(topLevelElements(d), landmarks).elements).toBeGreaterThan(3);
    expect(landmarks.articles).toHaveLength(1);
  });
});
