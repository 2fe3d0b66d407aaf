import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  ELEMENT_BUDGET,
  flattenDeepNesting,
  measureDocument,
  pruneOversized,
} from '../../../utils/extract/bound-document';

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

  it('drops chrome only from a page over the element budget', () => {
    const small = parse('<nav><a href="/">Home</a></nav><p>Story.</p>');
    pruneOversized(small, measureDocument(small.documentElement));
    expect(small.querySelector('nav')).not.toBeNull();
    const items = '<li><a href="/x">x</a></li>'.repeat(ELEMENT_BUDGET);
    const big = parse(`<aside><ul>${items}</ul></aside><p>Story.</p>`);
    const size = pruneOversized(big, measureDocument(big.documentElement));
    expect(size.elements).toBeLessThan(ELEMENT_BUDGET);
    expect(big.body.textContent).toContain('Story.');
  });
});
