import { describe, expect, it } from 'vitest';
import { revealHeadlineBlock } from '../../../utils/extract/reveal-headline-block';
import { parseHtml } from '../parse-html';

const PAGE = 'https://example.org/letter';

describe('revealHeadlineBlock', () => {
  it('lifts aria-hidden from the blocks around the headline, and only those', () => {
    const doc = parseHtml(
      '<div id="outer" aria-hidden="true"><div id="inner" aria-hidden="true"><h1>Title</h1></div></div>' +
        '<div id="decor" aria-hidden="true">✦</div>',
      PAGE,
    );
    revealHeadlineBlock(doc.querySelector('h1'));
    expect(doc.querySelector('#outer')?.hasAttribute('aria-hidden')).toBe(false);
    expect(doc.querySelector('#inner')?.hasAttribute('aria-hidden')).toBe(false);
    expect(doc.querySelector('#decor')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('leaves blocks the page really hides as they are', () => {
    const doc = parseHtml(
      '<div id="box" aria-hidden="true" style="display: none"><h1>Title</h1></div>',
      PAGE,
    );
    revealHeadlineBlock(doc.querySelector('h1'));
    expect(doc.querySelector('#box')?.getAttribute('aria-hidden')).toBe('true');
    revealHeadlineBlock(null);
  });
});
