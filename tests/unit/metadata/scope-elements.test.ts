import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  scopeElements,
  sharePageOrder,
  splitListAround,
  tagIn,
} from '../../../utils/metadata/scope-elements';
import { pageElements } from '../../../utils/metadata/page-elements';
import { splitAround } from '../../../utils/metadata/find-headline';
import { parseHtml } from './load-fixture';

const PAGE = `<html><body><div id="s"><p id="a">a</p><section><P id="b">b</P><h1 id="h">T <span id="in">i</span></h1>
  </section><p id="c">c</p><h1 id="other">x</h1><template><p id="t">inert</p></template>
  <svg><foreignObject><p id="f">f</p></foreignObject></svg></div></body></html>`;

const check = (doc: Document) => {
  const scope = doc.getElementById('s') as Element;
  expect(scopeElements(scope)).toEqual(Array.from(scope.querySelectorAll('*')));
  const isPOrSpan = tagIn(new Set(['p', 'span']));
  for (const anchor of [doc.getElementById('h'), null, doc.body]) {
    expect(splitListAround(scopeElements(scope), isPOrSpan, anchor)).toEqual(
      splitAround(scope, 'p, span', anchor),
    );
  }
};

describe('scopeElements / splitListAround', () => {
  it('list and split as querySelectorAll and splitAround do (happy-dom)', () => check(parseHtml(PAGE)));

  it('list and split as querySelectorAll and splitAround do (linkedom)', () =>
    check(parseHTML(PAGE).document));

  it('shares one list per owner and scope', () => {
    const doc = parseHTML(PAGE).document;
    const owner = {};
    const scope = doc.getElementById('s') as Element;
    expect(scopeElements(scope, owner)).toBe(scopeElements(scope, owner));
    expect(scopeElements(scope, {})).not.toBe(scopeElements(scope, owner));
    expect(scopeElements(doc, owner)).toEqual(Array.from(doc.querySelectorAll('*')));
  });

  it('cuts the lists out of the page walk as the queries list them', () => {
    for (const doc of [parseHtml(PAGE), parseHTML(PAGE).document]) {
      const owner = {};
      sharePageOrder(owner, pageElements(doc).ordered);
      const scopes: ParentNode[] = [doc, doc.body, doc.documentElement];
      for (const id of ['s', 'a', 'h', 'in', 'c', 'other', 'f'])
        scopes.push(doc.getElementById(id) as Element);
      scopes.push(doc.querySelector('template') as Element, doc.querySelector('svg') as Element);
      for (const scope of scopes)
        expect(scopeElements(scope, owner)).toEqual(Array.from(scope.querySelectorAll('*')));
    }
  });
});
