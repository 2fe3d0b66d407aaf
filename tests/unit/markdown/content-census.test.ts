import { describe, expect, it } from 'vitest';
import { contentCensus } from '../../../utils/markdown/prepare/content-census';

const census = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return contentCensus(root);
};

describe('contentCensus', () => {
  it('lists the tags present, lower-case', () => {
    expect([...census('<p>a <b>b</b></p><PRE>c</PRE>').tags].sort()).toEqual(['b', 'p', 'pre']);
  });

  it('notices math classes', () => {
    expect(census('<span class="katex-display">x</span>').mathClass).toBe(true);
    expect(census('<span class="mwe-math-element">x</span>').mathClass).toBe(true);
    expect(census('<span class="maths">x</span>').mathClass).toBe(false);
  });

  it('notices possible footnote definitions only', () => {
    expect(census('<h2 id="intro">x</h2><div id="main">y</div>').footnoteIds).toBe(false);
    expect(census('<ol><li id="anything">x</li></ol>').footnoteIds).toBe(true);
    expect(census('<div id="fn-1">x</div>').footnoteIds).toBe(true);
    expect(census('<section role="doc-endnote" id="n">x</section>').footnoteIds).toBe(true);
  });
});
