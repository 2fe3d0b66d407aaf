import { describe, expect, it, vi } from 'vitest';
import type { ExtractOutcome } from '../../../utils/extract/extract-outcome';
import { runExtraction, type ExtractionDeps } from '../../../utils/capture/run-extraction';

const REQUEST = { url: 'https://news.example/a', mode: 'article' as const };
const SAVED: ExtractOutcome = { ok: false, reason: 'no-article', detail: 'from the document' };
const IN_TAB = { ok: false, reason: 'no-article', detail: 'from the tab' };

/** A browser whose tab hands `reading` over; calls are logged in order. */
function browser(reading: unknown, over: Partial<ExtractionDeps> = {}) {
  const calls: string[] = [];
  const deps: ExtractionDeps = {
    runScript: vi.fn(async (file: string) => {
      calls.push(file);
      return file === '/read-page.js' ? reading : IN_TAB;
    }),
    setOptions: vi.fn(async (mode: string) => void calls.push(`options:${mode}`)),
    documentReady: async () => true,
    extractTree: vi.fn(async () => (calls.push('document'), SAVED)),
    forgetDocument: vi.fn(() => void calls.push('forget')),
    ...over,
  };
  return { deps, calls };
}

describe('runExtraction', () => {
  it('has the tab hand its tree to the document, which extracts it', async () => {
    const { deps, calls } = browser({ tree: '<html/>', request: REQUEST });
    expect(await runExtraction('article', deps)).toEqual(SAVED);
    expect(calls).toEqual(['/read-page.js', 'document']);
    expect(deps.extractTree).toHaveBeenCalledWith({ tree: '<html/>', request: REQUEST });
  });

  it('extracts in the tab where there is no document (Firefox)', async () => {
    const { deps, calls } = browser({ tree: '<html/>', request: REQUEST }, { documentReady: null });
    expect(await runExtraction('article', deps)).toEqual(IN_TAB);
    expect(calls).toEqual(['/extract.js']);
  });

  it('extracts in the tab when the document could not be opened', async () => {
    const { deps, calls } = browser(
      { tree: '<html/>', request: REQUEST },
      { documentReady: async () => false },
    );
    expect(await runExtraction('article', deps)).toEqual(IN_TAB);
    expect(calls).toEqual(['/read-page.js', '/extract.js']);
  });

  it('extracts in the tab when the tree could not be handed over or parsed back', async () => {
    const unsent = browser({ tree: null });
    expect(await runExtraction('article', unsent.deps)).toEqual(IN_TAB);
    expect(unsent.calls).toEqual(['/read-page.js', '/extract.js']);

    const unparsed = browser({ tree: '<html', request: REQUEST }, { extractTree: async () => null });
    expect(await runExtraction('article', unparsed.deps)).toEqual(IN_TAB);
    expect(unparsed.calls).toEqual(['/read-page.js', '/extract.js']);
  });

  it('extracts in the tab when the document does not answer, and opens it again next time', async () => {
    const { deps, calls } = browser(
      { tree: '<html/>', request: REQUEST },
      {
        extractTree: async () => {
          throw new Error('Could not establish connection. Receiving end does not exist.');
        },
      },
    );
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await runExtraction('article', deps)).toEqual(IN_TAB);
    expect(calls).toEqual(['/read-page.js', 'forget', '/extract.js']);
  });

  it("sets a selection clip's options again for the tab's own extraction (the reading took them)", async () => {
    const { deps, calls } = browser({ tree: null });
    await runExtraction('selection', deps);
    expect(calls).toEqual(['/read-page.js', 'options:selection', '/extract.js']);
  });

  it("passes on a failure the tab already knows, and what isn't a reading, to clipTab as it is", async () => {
    const pdf = browser({ ok: false, reason: 'pdf' });
    expect(await runExtraction('article', pdf.deps)).toEqual({ ok: false, reason: 'pdf' });
    expect(pdf.calls).toEqual(['/read-page.js']);

    const odd = browser({ tree: 42 });
    expect(await runExtraction('article', odd.deps)).toEqual({ tree: 42 });
    expect(odd.calls).toEqual(['/read-page.js']);
  });
});
