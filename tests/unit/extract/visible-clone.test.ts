import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { visibleClone } from '../../../utils/extract/visible-clone';

describe('visibleClone', () => {
  it('is the plain copy where the page has no computed style (the Node corpus and bench)', () => {
    const { window, document } = parseHTML(
      '<html><head><style>.x{display:none}</style></head><body><p class="x">Hidden by class</p><p>Shown</p></body></html>',
    );
    const { clone } = visibleClone(window as unknown as Window, document as unknown as Document);
    expect(clone).not.toBe(document);
    expect(clone.documentElement.outerHTML).toBe(document.documentElement.outerHTML);
  });
});

/** A page (the tests' DOM) and a window whose computed style shows everything, counting what it is asked. */
function styledWindow(html: string) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const asked = new Set<Element>();
  const style = {
    display: 'block',
    opacity: '1',
    position: 'static',
    clipPath: 'none',
    visibility: 'visible',
    fontSize: '16px',
    textIndent: '0px',
    textShadow: 'none',
    color: 'rgb(0, 0, 0)',
    backgroundColor: 'rgba(0, 0, 0, 0)',
    backgroundImage: 'none',
    transform: 'none',
    colorScheme: 'normal',
    getPropertyValue: () => '',
  };
  const getComputedStyle = (el: Element) => {
    asked.add(el);
    return style;
  };
  const win = { document, getComputedStyle, scrollX: 0, scrollY: 0, innerHeight: 800 };
  return { win: win as unknown as Window, doc: document, asked };
}

describe('visibleClone on a page over the element budget', () => {
  const page = (items: number) =>
    `<html><body><nav id="menu">${'<a>Link</a>'.repeat(items)}</nav>` +
    `<article id="story">${'<p>Text of the story.</p>'.repeat(items)}</article></body></html>`;

  it('leaves the chrome its extraction prunes unjudged, and says so', () => {
    const { win, doc, asked } = styledWindow(page(8_000));
    const { chromeUnjudged } = visibleClone(win, doc);
    expect(chromeUnjudged).toBe(true);
    const menu = doc.getElementById('menu')!;
    expect([...asked].some((el) => el === menu || menu.contains(el))).toBe(false);
    expect(asked.has(doc.querySelector('#story p')!)).toBe(true);
  });

  it('judges every element of a page within the budget', () => {
    const { win, doc, asked } = styledWindow(page(100));
    const { chromeUnjudged } = visibleClone(win, doc);
    expect(chromeUnjudged).toBe(false);
    expect(asked.has(doc.querySelector('#menu a')!)).toBe(true);
  });
});
