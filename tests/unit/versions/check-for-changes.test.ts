import { describe, expect, it } from 'vitest';
import type { ClipOutcome } from '../../../utils/capture/clip-outcome';
import { checkForChanges, type CheckProgress } from '../../../utils/versions/check-for-changes';

const change = {
  headline: true,
  description: false,
  author: false,
  date: false,
  added: 1,
  removed: 0,
  edited: 0,
  notes: [],
};
const targets = [
  { id: 1, url: 'https://a.example/1', title: 'One' },
  { id: 2, url: 'https://a.example/2', title: 'Two' },
  { id: 3, url: 'https://a.example/3', title: 'Three' },
  { id: 4, url: 'https://a.example/4', title: 'Four' },
  { id: 5, url: 'https://a.example/5', title: 'Five' },
];
const outcomes: Record<string, ClipOutcome | Error> = {
  'https://a.example/1': { status: 'updated', clipId: 1, title: 'One!', change },
  'https://a.example/2': { status: 'updated', clipId: 2, title: 'Two', change: null },
  'https://a.example/3': {
    status: 'failed',
    code: 'no-article',
    message: 'No article found',
    canClipSelection: true,
  },
  'https://a.example/4': { status: 'saved', clipId: 9, title: 'Home page' },
  'https://a.example/5': new Error('The page did not load within 30 seconds'),
};

describe('check for changes', () => {
  it('re-clips each page in turn and reports changed, unchanged and failed ones with the reason', async () => {
    const seen: string[] = [];
    const progress: CheckProgress[] = [];
    const { results, cancelled } = await checkForChanges(
      targets,
      async (url) => {
        seen.push(url);
        const outcome = outcomes[url]!;
        if (outcome instanceof Error) throw outcome;
        return outcome;
      },
      { signal: new AbortController().signal, onProgress: (p) => progress.push(p) },
    );
    expect(cancelled).toBe(false);
    expect(seen).toEqual(targets.map((t) => t.url));
    expect(results).toEqual([
      { id: 1, title: 'One', status: 'changed', said: 'Headline changed · 1 paragraph added' },
      { id: 2, title: 'Two', status: 'unchanged' },
      {
        id: 3,
        title: 'Three',
        status: 'failed',
        reason: expect.stringMatching(/^No article on the page now/),
      },
      { id: 4, title: 'Four', status: 'failed', reason: expect.stringContaining('“Home page”') },
      { id: 5, title: 'Five', status: 'failed', reason: 'The page did not load within 30 seconds' },
    ]);
    expect(progress.at(0)).toEqual({ done: 0, total: 5, current: 'One' });
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 });
  });

  it('stops before the next page when cancelled, keeping what was checked', async () => {
    const controller = new AbortController();
    const { results, cancelled } = await checkForChanges(
      targets,
      async (url) => {
        controller.abort();
        return outcomes[url] as ClipOutcome;
      },
      { signal: controller.signal },
    );
    expect(cancelled).toBe(true);
    expect(results.map((r) => r.id)).toEqual([1]);
  });
});
