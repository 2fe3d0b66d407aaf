import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { visibleClone } from '../../../utils/extract/visible-clone';
import { extractPage } from '../../../utils/extract/extract-page';
import { UNJUDGED_ATTRIBUTE } from '../../../utils/extract/page-budget';
import { judgedContainer } from '../../../utils/extract/judged-container';

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

/**
 * A page (the tests' DOM) and a window whose computed style shows everything but what `hide` picks (not
 * displayed), counting what it is asked.
 */
function styledWindow(html: string, hide: (el: Element) => boolean = () => false) {
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
    return hide(el) ? { ...style, display: 'none' } : style;
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
    const { chromeUnjudged, containerOnly } = visibleClone(win, doc, judgedContainer);
    expect(chromeUnjudged).toBe(true);
    // Without its chrome the page is within the budget: the extraction may read all of it, all is judged.
    expect(containerOnly).toBe(false);
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

describe('visibleClone on a page over the element budget even without its chrome', () => {
  // An article of 300 paragraphs in a page with 8,000 two-element comments: the extraction reads only the
  // declared article there, so only it (and what contains it) is judged.
  const page =
    '<html><body><nav>' +
    '<a href="/">Home</a>'.repeat(50) +
    '</nav><main id="main"><div id="wrap"><article id="story"><h1>Harbour hearing</h1>' +
    '<p>The council heard evidence on the harbour barrage for a whole evening, witness after witness.</p>'.repeat(
      300,
    ) +
    '<p class="secret">SECRET-INSIDE-THE-STORY</p></article></div>' +
    '<section id="comments">' +
    '<div class="c"><p>UNJUDGED-COMMENT text of a reader.</p></div>'.repeat(8_000) +
    '</section></main></body></html>';
  const url = 'https://news.example/hearing';

  it('judges only the declared article and its ancestors, and marks the rest unjudged', () => {
    const { win, doc, asked } = styledWindow(page, (el) => el.classList.contains('secret'));
    const { clone, chromeUnjudged, containerOnly } = visibleClone(win, doc, judgedContainer);
    expect({ chromeUnjudged, containerOnly }).toEqual({ chromeUnjudged: true, containerOnly: true });
    expect(asked.has(doc.querySelector('#story p')!)).toBe(true);
    expect(asked.has(doc.getElementById('wrap')!)).toBe(true);
    expect(asked.has(doc.querySelector('#comments p')!)).toBe(false);
    expect(clone.querySelector('#comments')!.hasAttribute(UNJUDGED_ATTRIBUTE)).toBe(true);
    expect(clone.querySelector('nav')!.hasAttribute(UNJUDGED_ATTRIBUTE)).toBe(true);
    for (const id of ['main', 'wrap', 'story'])
      expect(clone.querySelector(`#${id}`)!.hasAttribute(UNJUDGED_ATTRIBUTE), id).toBe(false);
    expect(clone.querySelector('.secret')!.hasAttribute('hidden')).toBe(true);
  });

  it('is extracted as that article, with nothing unjudged or hidden in it', () => {
    const { win, doc } = styledWindow(page, (el) => el.classList.contains('secret'));
    const { clone, chromeUnjudged, containerOnly } = visibleClone(win, doc, judgedContainer);
    const outcome = extractPage(clone, { url, mode: 'article', chromeUnjudged, containerOnly });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.extraction.markdown).toContain('witness after witness');
    expect(outcome.extraction.markdown).not.toContain('UNJUDGED-COMMENT');
    expect(outcome.extraction.markdown).not.toContain('SECRET-INSIDE-THE-STORY');
  });

  it('judges the whole page when the declared article is itself hidden', () => {
    const { win, doc, asked } = styledWindow(page, (el) => el.id === 'story');
    const { clone, containerOnly } = visibleClone(win, doc, judgedContainer);
    expect(containerOnly).toBe(false);
    expect(asked.has(doc.querySelector('#comments p')!)).toBe(true);
    expect(clone.querySelector(`[${UNJUDGED_ATTRIBUTE}]`)).toBeNull();
    expect(clone.querySelector('#story')!.hasAttribute('hidden')).toBe(true);
  });
});
