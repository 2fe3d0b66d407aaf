import { describe, expect, it } from 'vitest';
import { ANSWER_MARKDOWN_MAX, clipTab, type ClipTabDeps } from '../../../utils/capture/clip-tab';
import { StoreError } from '../../../utils/db/store-error';
import { sampleExtraction } from './sample-clip';

function deps(overrides: Partial<ClipTabDeps> = {}): ClipTabDeps {
  return {
    tabUrl: async () => 'https://news.example/story',
    inject: async () => ({ ok: true, extraction: sampleExtraction() }),
    save: async () => ({ status: 'saved', clip: { id: 7, title: 'Saved title', markdown: 'Body' } as never }),
    discard: async () => undefined,
    ...overrides,
  };
}

describe('clipTab', () => {
  it('saves what the page returned, and answers with the stored clip (the popup shows it from the answer)', async () => {
    expect(await clipTab(1, 'article', deps())).toEqual({
      status: 'saved',
      clipId: 7,
      title: 'Saved title',
      clip: { id: 7, title: 'Saved title', markdown: 'Body' },
    });
  });

  it('leaves a long body out of the answer: the popup reads that clip back from the store', async () => {
    const markdown = 'word '.repeat(ANSWER_MARKDOWN_MAX / 5 + 1);
    const outcome = await clipTab(
      1,
      'article',
      deps({ save: async () => ({ status: 'saved', clip: { id: 7, title: 'Long', markdown } as never }) }),
    );
    expect(outcome).toEqual({ status: 'saved', clipId: 7, title: 'Long' });
  });

  it('refuses restricted pages before injecting anything', async () => {
    let injected = false;
    const outcome = await clipTab(
      1,
      'article',
      deps({ tabUrl: async () => 'chrome://settings', inject: async () => (injected = true) }),
    );
    expect(outcome).toMatchObject({ status: 'failed', code: 'browser-page' });
    expect(injected).toBe(false);
  });

  it('refuses a local file before injecting anything, even with file access', async () => {
    let injected = false;
    const outcome = await clipTab(
      1,
      'article',
      deps({ tabUrl: async () => 'file:///home/me/page.html', inject: async () => (injected = true) }),
    );
    expect(outcome).toMatchObject({ status: 'failed', code: 'file-page' });
    expect(injected).toBe(false);
  });

  it('says a clip cut off midway was interrupted', async () => {
    for (const raw of [
      'Frame with ID 0 was removed.',
      'The message port closed before a response was received.',
    ]) {
      const outcome = await clipTab(
        1,
        'article',
        deps({ inject: async () => Promise.reject(new Error(raw)) }),
      );
      expect(outcome).toMatchObject({
        status: 'failed',
        code: 'interrupted',
        message: 'Clip interrupted — try again',
      });
    }
  });

  it('maps injection errors to clear messages', async () => {
    const outcome = await clipTab(
      1,
      'article',
      deps({ inject: async () => Promise.reject(new Error('The extensions gallery cannot be scripted.')) }),
    );
    expect(outcome).toMatchObject({ status: 'failed', code: 'web-store' });
  });

  it('offers the selection when no article was found', async () => {
    const outcome = await clipTab(
      1,
      'article',
      deps({ inject: async () => ({ ok: false, reason: 'no-article' }) }),
    );
    expect(outcome).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^No article found on this page/),
      canClipSelection: true,
    });
  });

  it('treats garbage from the page as a failure, not a crash', async () => {
    for (const raw of [undefined, null, 42, { ok: 'yes' }, { ok: false, reason: 'pwned' }]) {
      expect(await clipTab(1, 'article', deps({ inject: async () => raw }))).toMatchObject({
        status: 'failed',
      });
    }
  });

  it('reports storage errors with their message', async () => {
    const outcome = await clipTab(
      1,
      'article',
      deps({ save: async () => Promise.reject(new StoreError('Browser storage is full.', 'quota')) }),
    );
    expect(outcome).toEqual({
      status: 'failed',
      code: 'quota',
      message: 'Browser storage is full.',
      canClipSelection: false,
    });
  });

  describe('a thin article', () => {
    const thin = { reason: 'template', words: 12 } as const;
    const thinDeps = (saved: unknown[]) =>
      deps({
        inject: async () => ({ ok: true, extraction: sampleExtraction(), thin }),
        save: async (extraction) => {
          saved.push(extraction);
          return { status: 'saved', clip: { id: 7, title: 'Saved title', markdown: 'Body' } as never };
        },
      });

    it('is not saved without asking: the popup gets the reason, the selection and "Save anyway"', async () => {
      const saved: unknown[] = [];
      expect(await clipTab(1, 'article', thinDeps(saved))).toEqual({
        status: 'failed',
        code: 'thin',
        message: 'This page shows unfilled template text (12 words): the article may not have loaded.',
        canClipSelection: true,
        thin,
      });
      expect(saved).toEqual([]);
    });

    it('is saved as usual when the user says so, or with no popup to ask in, and says it was thin', async () => {
      const saved: unknown[] = [];
      expect(await clipTab(1, 'article', thinDeps(saved), 'save')).toEqual({
        status: 'saved',
        clipId: 7,
        title: 'Saved title',
        clip: { id: 7, title: 'Saved title', markdown: 'Body' },
        thin,
      });
      expect(saved).toEqual([sampleExtraction()]);
    });
  });
});
