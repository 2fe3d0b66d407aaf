import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../../../utils/clip-schema';
import { extractPage } from '../../../utils/extract/extract-page';
import { loadFixture } from '../parse-html';

const ORIGIN = 'https://courier.example';
const fixture = (name: string) => loadFixture(name, `${ORIGIN}/news/page`);

describe('extractPage on news fixture pages', () => {
  it('extracts a hostile article as inert Markdown with its metadata', () => {
    const outcome = extractPage(fixture('e2e/hostile-article.html'), {
      url: `${ORIGIN}/news/tidal?utm_source=x`,
      mode: 'article',
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const extraction = extractionSchema.parse(outcome.extraction);
    expect(extraction.canonicalURL).toBe(`${ORIGIN}/news/2026/03/harbour-tidal-vote`);
    expect(extraction.pubDatetime).toBe('2026-03-14T08:30:00Z');
    expect(extraction.author).toBe('Mara Lindqvist');
    expect(extraction.tags).toEqual(expect.arrayContaining(['energy', 'tidal power', 'local politics']));
    expect(extraction.markdown).toContain('the Harbour Council approved the long-debated tidal barrage');
    expect(extraction.markdown).toContain('| Barrage \\| full | 420 |');
    expect(extraction.markdown).not.toMatch(/<script|onerror|onclick|javascript:|alert\(/i);
    expect(extraction.markdown).toContain(`${ORIGIN}/documents/conditions.pdf`);
  });

  it('links embedded posts and videos as a live page renders them, without ad frames or share buttons', () => {
    const outcome = extractPage(fixture('news/rendered-embeds.html'), {
      url: `${ORIGIN}/fest`,
      mode: 'article',
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const { markdown } = outcome.extraction;
    expect(markdown).toContain('[↗ Post: X](https://x.com/i/status/1675626836821409792)');
    expect(markdown).toContain(
      '[▶ Video: YouTube – Closing concert](https://www.youtube.com/watch?v=b_PXuEPxN50)',
    );
    expect(markdown).not.toMatch(/tweet_button|ads\.example|like\.php/);
  });

  it('clips a story the page marks aria-hidden (shown to every reader) instead of its footer', () => {
    const outcome = extractPage(fixture('news/aria-hidden-article.html'), {
      url: `${ORIGIN}/letter`,
      mode: 'article',
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.extraction.title).toBe('An invitation to build in the open');
    expect(outcome.extraction.markdown).toContain('We believe in building in the open');
    expect(outcome.extraction.markdown).toContain('long-term maintainability');
    expect(outcome.extraction.markdown).not.toContain('FPS');
  });

  it('reads JSON-LD @graph articles with @id author references', () => {
    const outcome = extractPage(fixture('e2e/ferry-article.html'), {
      url: `${ORIGIN}/ferry`,
      mode: 'article',
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.extraction).toMatchObject({
      title: 'Ferry timetable changes from Monday',
      author: 'Tomás Ferreira',
      pubDatetime: '2026-03-12T07:00:00Z',
      modDatetime: '2026-03-12T11:45:00Z',
      tags: ['transport', 'local politics'],
    });
  });

  it('finds no article on a homepage, and clips a selection with the page’s metadata', () => {
    expect(extractPage(fixture('e2e/homepage.html'), { url: ORIGIN, mode: 'article' })).toEqual({
      ok: false,
      reason: 'no-article',
    });
    const outcome = extractPage(fixture('e2e/homepage.html'), {
      url: ORIGIN,
      mode: 'selection',
      selectionHtml: '<p>Editors&#39; note: <a href="/holidays">the print edition</a> will not appear.</p>',
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.extraction.kind).toBe('selection');
    expect(outcome.extraction.markdown).toBe(
      `Editors' note: [the print edition](${ORIGIN}/holidays) will not appear.`,
    );
    expect(
      extractPage(fixture('e2e/homepage.html'), { url: ORIGIN, mode: 'selection', selectionHtml: '' }),
    ).toEqual({
      ok: false,
      reason: 'empty-selection',
    });
  });

  it('gives Readability a second, less strict try when its first pick is a fragment', () => {
    // The story sits in a block whose class Readability's first pass strips as unlikely ("supplemental"),
    // so that pass returns the 600-character box beside it; under 700 characters, it tries again.
    const story = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the harbour council approved the tidal barrage after a long debate about costs, fish and the view from the promenade.</p>`,
    ).join('');
    const box = `<p>${'A short note on the ferry timetable for the holiday weekend. '.repeat(10)}</p>`;
    const page = new DOMParser().parseFromString(
      `<html><body><div class="supplemental-text">${story}</div><div class="note">${box}</div></body></html>`,
      'text/html',
    );
    const outcome = extractPage(page, { url: ORIGIN, mode: 'article' });
    expect(outcome.ok && outcome.extraction.markdown).toContain('Paragraph 8: the harbour council');
  });

  it('never throws on broken markup or a huge page', () => {
    const broken = new DOMParser().parseFromString(
      '<html><body><p>unclosed <div><table><td>x</p></span></body><style>{{{',
      'text/html',
    );
    expect(() => extractPage(broken, { url: ORIGIN, mode: 'article' })).not.toThrow();
    const sidebar = '<li><a href="/x">link</a></li>'.repeat(10_000);
    const huge = new DOMParser().parseFromString(
      `<html><body><ul>${sidebar}</ul><script>${'var x=1;'.repeat(200_000)}</script><article><h1>T</h1>${'<p>Paragraph text of a long article, with words. </p>'.repeat(300)}</article></body></html>`,
      'text/html',
    );
    const outcome = extractPage(huge, { url: ORIGIN, mode: 'article' });
    expect(outcome.ok || ['too-large', 'no-article'].includes(outcome.reason)).toBe(true);
  });
});
