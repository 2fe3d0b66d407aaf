import { describe, expect, it } from 'vitest';
import { declaredContainer, preferContainer } from '../../../utils/extract/article-container';
import { emptyLandmarks } from '../../../utils/extract/page-landmarks';
import { parseHtml } from '../parse-html';

const PARA =
  '<p>The harbour council approved the tidal barrage after a long debate about costs and fish.</p>';
const doc = (body: string) => parseHtml(`<html><body>${body}</body></html>`, 'https://courier.example/a');

describe('declaredContainer', () => {
  it('copies the articleBody container without its chrome and hidden blocks', () => {
    const found = declaredContainer(
      doc(
        `<div itemprop="articleBody">${PARA.repeat(8)}<nav><a href="/">Home</a></nav>` +
          '<div style="display: none">Hidden teaser</div><aside>Pull quote box</aside></div>',
      ),
    );
    expect(found?.copy.textContent).toContain('tidal barrage');
    expect(found?.copy.textContent).not.toMatch(/Home|Hidden teaser|Pull quote/);
    expect(found?.textLength).toBeGreaterThan(500);
  });

  it('takes a dominant <article>, but not one of many teaser cards or a link list', () => {
    expect(
      declaredContainer(doc(`<article>${PARA.repeat(8)}</article><article>${PARA}</article>`)),
    ).not.toBeNull();
    expect(
      declaredContainer(doc(`<article>${PARA.repeat(8)}</article><article>${PARA.repeat(6)}</article>`)),
    ).toBeNull();
    const links = '<p><a href="/x">A long headline of another story on the site, linked</a></p>'.repeat(12);
    expect(declaredContainer(doc(`<article>${links}</article>`))).toBeNull();
    expect(declaredContainer(doc(`<article>${PARA}</article>`))).toBeNull();
  });

  it('uses the articles the document walk noted instead of querying the page', () => {
    const page = doc(`<article>${PARA.repeat(8)}</article>`);
    const noted = { ...emptyLandmarks(), articleBodies: [page.querySelector('article') as Element] };
    expect(declaredContainer(page, noted)?.copy.textContent).toContain('tidal barrage');
    expect(declaredContainer(page, emptyLandmarks())).toBeNull();
  });
});

describe('preferContainer', () => {
  const container = { copy: document.createElement('div'), textLength: 3000 };
  it('replaces a short Readability fragment, keeps a substantial pick', () => {
    expect(preferContainer(0, container)).toBe(true);
    expect(preferContainer(900, container)).toBe(true);
    expect(preferContainer(1600, container)).toBe(false);
    expect(preferContainer(1400, { ...container, textLength: 2000 })).toBe(false);
    expect(preferContainer(100, null)).toBe(false);
  });
});
