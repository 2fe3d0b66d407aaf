import { describe, expect, it } from 'vitest';
import { documentBaseUrl } from '../../../utils/extract/document-base-url';
import { parseHtml } from '../parse-html';

const PAGE = 'https://courier.example/news/a.html';

describe('documentBaseUrl', () => {
  it('resolves the page <base href>, or one the caller already found', () => {
    const doc = parseHtml('<html><head><base href="/static/"></head><body></body></html>', PAGE);
    expect(documentBaseUrl(doc, PAGE)).toBe('https://courier.example/static/');
    expect(documentBaseUrl(doc, PAGE, '//cdn.example/x/')).toBe('https://cdn.example/x/');
    // null: the caller's walk found no <base>, so the page's own isn't looked up again.
    expect(documentBaseUrl(doc, PAGE, null)).toBe(PAGE);
    expect(documentBaseUrl(doc, PAGE, 'javascript:alert(1)')).toBe(PAGE);
  });
});
