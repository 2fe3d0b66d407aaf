import { describe, expect, it } from 'vitest';
import { declaredContainer, preferContainer } from '../../../utils/extract/article-container';
import { extractPage } from '../../../utils/extract/extract-page';
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

  it('never takes a hidden container for the article (a preloaded next story)', () => {
    const found = declaredContainer(
      doc(
        `<article>${PARA.repeat(8)}</article>` +
          `<div hidden><article>${'<p>The next story, preloaded and hidden until the reader scrolls.</p>'.repeat(40)}</article></div>`,
      ),
    );
    expect(found?.copy.textContent).toContain('tidal barrage');
    expect(found?.copy.textContent).not.toContain('next story');
  });

  it('keeps embedded videos and posts in the copy, not ad frames or share buttons', () => {
    const found = declaredContainer(
      doc(
        `<article>${PARA.repeat(8)}<iframe src="https://www.youtube.com/embed/abc"></iframe>` +
          '<iframe data-src="https://platform.twitter.com/embed/Tweet.html?id=1"></iframe>' +
          '<iframe src="https://ads.example.net/slot"></iframe>' +
          '<iframe src="https://platform.twitter.com/widgets/tweet_button.html"></iframe>' +
          '<iframe src="https://www.youtube.com/embed/hidden" hidden></iframe></article>',
      ),
    );
    const sources = Array.from(found?.copy.querySelectorAll('iframe') ?? []).map(
      (f) => f.getAttribute('src') ?? f.getAttribute('data-src'),
    );
    expect(sources).toEqual([
      'https://www.youtube.com/embed/abc',
      'https://platform.twitter.com/embed/Tweet.html?id=1',
    ]);
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

  it('takes the element itself out of the page when told no Readability pass follows, as clean as a copy', () => {
    const html = `<article><nav>Sections</nav>${PARA.repeat(8)}<aside>Most read</aside></article>`;
    const copied = declaredContainer(doc(html));
    const page = doc(html);
    const article = page.querySelector('article');
    const taken = declaredContainer(page, undefined, true);
    expect(taken?.copy).toBe(article);
    expect(taken?.copy.parentNode).toBeNull();
    expect(taken?.copy.outerHTML).toBe(copied?.copy.outerHTML);
    expect(taken?.copy.textContent).not.toContain('Most read');
  });
});

describe('preferContainer', () => {
  const text = 'x'.repeat(3000);
  const container = { copy: document.createElement('div'), text, textLength: text.length };
  const pick = (n: number) => 'y'.repeat(n);
  it('replaces a short Readability fragment, keeps a substantial pick', () => {
    expect(preferContainer('', container)).toBe(true);
    expect(preferContainer(pick(900), container)).toBe(true);
    expect(preferContainer(pick(1600), container)).toBe(false);
    expect(preferContainer(pick(1400), { ...container, textLength: 2000 })).toBe(false);
    expect(preferContainer(pick(100), null)).toBe(false);
  });

  it('replaces a long pick that starts late in a much bigger container, not one that opens it', () => {
    const opening = 'The letter opens here. '.repeat(150); // 3,450 characters
    const signatories = 'Ann Lee, Bard College, Bo Ma, poet, '.repeat(50); // 1,800 characters
    const late = `${opening}${signatories}`.trim();
    const letter = { copy: document.createElement('div'), text: late, textLength: late.length };
    expect(preferContainer(signatories.trim(), letter)).toBe(true);
    // The same pick at the start of the container: Readability left the rest (comments, say) out.
    const early = `${signatories}${opening}`.trim();
    expect(preferContainer(signatories.trim(), { ...letter, text: early, textLength: early.length })).toBe(
      false,
    );
    // Most of the container: kept wherever it starts.
    expect(preferContainer(late.slice(1000), letter)).toBe(false);
  });
});

describe('extractPage with a declared container', () => {
  it('keeps the opening paragraphs Readability skipped for a comma-heavy list of signatories', () => {
    const letter = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the open letter argues that the free exchange of ideas is the lifeblood of a liberal society, and that it is narrowing. ` +
        'Editors are fired for running controversial pieces and professors are investigated for quoting works of literature in class while researchers lose their posts for circulating a study and the heads of organizations are ousted for what are sometimes just clumsy mistakes. Whatever the arguments around each particular incident the result has been to narrow the boundaries of what can be said without the threat of reprisal.</p>',
    ).join('');
    // As harpers.org lays it out: one table cell of "<strong>Name</strong>, affiliation<br>" lines, whose
    // commas outscore the letter's paragraphs in Readability.
    const names = Array.from({ length: 120 }, (_, i) => `<strong>Signer ${i}</strong>, University ${i}<br>`);
    const page = doc(
      `<article><h1>A Letter on Open Debate</h1><div class="body">${letter}` +
        `<table><tbody><tr><td>${names.join('')}</td></tr><tr><td></td></tr></tbody></table></div></article>`,
    );
    const outcome = extractPage(page, { url: 'https://courier.example/a', mode: 'article' });
    expect(outcome.ok && outcome.extraction.markdown).toContain('Paragraph 1 of the open letter');
    expect(outcome.ok && outcome.extraction.markdown).toContain('**Signer 119**, University 119');
  });
});
