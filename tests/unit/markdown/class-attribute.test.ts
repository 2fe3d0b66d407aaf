import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classAttribute } from '../../../utils/dom/class-hints';

const PAGE = `<html><body><p class="one">a</p><p class="  two  three two ">b</p><p class="">c</p><p>d</p>
  <p class="x&#9;y">e</p><svg class="icon"></svg></body></html>`;

const check = (doc: Document) => {
  for (const el of Array.from(doc.querySelectorAll('p, svg')))
    expect(classAttribute(el)).toBe(el.getAttribute('class'));
};

describe('classAttribute', () => {
  it("answers as getAttribute('class') (happy-dom)", () =>
    check(new DOMParser().parseFromString(PAGE, 'text/html')));

  it("answers as getAttribute('class') (linkedom, which re-joins the class list)", () => {
    const doc = parseHTML(PAGE).document;
    check(doc);
    const el = doc.querySelector('p') as Element;
    el.classList.add('added');
    expect(classAttribute(el)).toBe('one added');
  });
});
