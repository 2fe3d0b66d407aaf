import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { closestWhere, firstWhere, isLink, isMain, isTag } from '../../../utils/metadata/element-search';
import { parseHtml } from './load-fixture';

const PAGE = `<html><body><main id="m"><article id="a"><ul><li id="i"><span id="s">x</span>
  <template><a href="/inert">t</a></template><a name="anchor">no</a><b><a href="/x" id="l">y</a></b></li></ul>
  <div role="main" id="r"><p id="p"><svg><a href="#svg">z</a></svg></p></div></article></main>
  <section role="MAIN" id="q"><i id="n">n</i></section></body></html>`;

const check = (doc: Document) => {
  const byId = (id: string) => doc.getElementById(id) as Element;
  for (const id of ['s', 'i', 'l', 'p', 'n', 'r']) {
    const el = byId(id);
    expect(closestWhere(el, isTag('article'))).toBe(el.closest('article'));
    expect(closestWhere(el, isTag('li'))).toBe(el.closest('li'));
    expect(closestWhere(el, isMain)).toBe(el.closest('main, [role="main"]'));
  }
  for (const id of ['i', 'a', 'p', 'q', 'm']) {
    const el = byId(id);
    expect(firstWhere(el, isLink)).toBe(el.querySelector('a[href]'));
  }
  expect(firstWhere(byId('i'), isLink)?.id).toBe('l');
  expect(closestWhere(byId('n'), isMain)).toBeNull();
};

describe('element search', () => {
  it('finds what closest and querySelector find (happy-dom)', () => check(parseHtml(PAGE)));
  it('finds what closest and querySelector find, template content left out (linkedom)', () =>
    check(parseHTML(PAGE).document));
});
