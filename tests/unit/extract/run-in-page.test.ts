import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { OPTIONS_KEY, OPTIONS_MAX_AGE_MS } from '../../../utils/extract/options-key';
import { runInPage } from '../../../utils/extract/run-in-page';

const PAGE =
  '<html><head><title>Ferry vote</title></head><body><article><h1>Ferry vote</h1>' +
  '<p>The harbour council voted to fund a year-round ferry to Wren Point after a long debate.</p>'.repeat(
    12,
  ) +
  '</article></body></html>';

function tab(options?: unknown) {
  const { window, document } = parseHTML(PAGE);
  const win = window as unknown as Window & typeof globalThis & Record<string, unknown>;
  // linkedom has no selection: an empty one, as in a tab where nothing is selected.
  win.getSelection = () => ({ rangeCount: 0 }) as unknown as Selection;
  if (options !== undefined) win[OPTIONS_KEY] = options;
  return { win, doc: document as unknown as Document };
}

describe('runInPage options', () => {
  it('clips the article when no options were set (article clips set none)', () => {
    const { win, doc } = tab();
    expect(runInPage(win, doc)).toMatchObject({ ok: true, extraction: { kind: 'article' } });
  });

  it('takes fresh selection options once, and a stale leftover never', () => {
    const fresh = tab({ mode: 'selection', at: Date.now() });
    expect(runInPage(fresh.win, fresh.doc)).toEqual({ ok: false, reason: 'empty-selection' });
    expect(fresh.win[OPTIONS_KEY]).toBeUndefined();
    expect(runInPage(fresh.win, fresh.doc)).toMatchObject({ ok: true, extraction: { kind: 'article' } });

    const stale = tab({ mode: 'selection', at: Date.now() - OPTIONS_MAX_AGE_MS - 1 });
    expect(runInPage(stale.win, stale.doc)).toMatchObject({ ok: true, extraction: { kind: 'article' } });
    const undated = tab({ mode: 'selection' });
    expect(runInPage(undated.win, undated.doc)).toMatchObject({ ok: true });
  });
});
