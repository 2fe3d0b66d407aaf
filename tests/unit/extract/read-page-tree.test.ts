import { Window as HappyWindow } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ELEMENT_BUDGET } from '../../../utils/extract/page-budget';
import { OPTIONS_KEY } from '../../../utils/extract/options-key';
import { readPageTree } from '../../../utils/extract/read-page-tree';

function tab(body: string, options?: unknown) {
  // happy-dom: linkedom counts no elements for getElementsByTagName('*').
  const window = new HappyWindow();
  const document = window.document;
  document.write(`<html><head><title>T</title></head><body>${body}</body></html>`);
  const win = window as unknown as Window & typeof globalThis & Record<string, unknown>;
  if (options !== undefined) win[OPTIONS_KEY] = options;
  return { win, doc: document as unknown as Document };
}

describe('readPageTree', () => {
  it('leaves an oversized page to the tab, its options untouched (the tab reads them)', () => {
    const options = { mode: 'selection', at: Date.now() };
    const { win, doc } = tab('<p>a</p>'.repeat(ELEMENT_BUDGET), options);
    expect(readPageTree(win, doc)).toEqual({ tree: null });
    expect(win[OPTIONS_KEY]).toBe(options);
  });

  it('passes on what the tab knows at once: a PDF is no page to read', () => {
    const { win, doc } = tab('<p>a</p>');
    Object.defineProperty(doc, 'contentType', { value: 'application/pdf' });
    expect(readPageTree(win, doc)).toEqual({ ok: false, reason: 'pdf' });
  });
});
