import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useSavingTags } from '@/components/use-saving-tags';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Saves the test answers by hand: each resolves with whether it was stored. */
const saves: { tags: string[]; answer(ok: boolean): void }[] = [];
/** The form's tag change, as its last render gave it. */
const form: { change(next: string[]): void } = { change: () => {} };
const change = (next: string[]) => form.change(next);

function Form({ stored }: { stored: string[] }) {
  const [tags, onChange] = useSavingTags(
    stored,
    (next) => new Promise<boolean>((resolve) => saves.push({ tags: next, answer: resolve })),
  );
  useEffect(() => {
    form.change = onChange;
  });
  return <p data-testid="tags">{tags.join(',')}</p>;
}

let root: Root | undefined;
const host = () => document.querySelector('[data-testid=tags]')!.textContent;
function render(stored: string[]) {
  act(() => root!.render(<Form stored={stored} />));
}
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
  saves.length = 0;
});
function start(stored: string[]) {
  const el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  render(stored);
}

describe('useSavingTags', () => {
  it('keeps quick removals: an older save landing does not bring a removed chip back', async () => {
    start(['a', 'b', 'c', 'd']);
    act(() => change(['b', 'c', 'd']));
    act(() => change(['c', 'd']));
    expect(host()).toBe('c,d');
    // The first save lands (the store now holds b, c, d): b stays removed, as the user left it.
    render(['b', 'c', 'd']);
    expect(host()).toBe('c,d');
    await act(async () => saves[0]!.answer(true));
    expect(host()).toBe('c,d');
    // The last one lands: the store's list is shown from here on.
    render(['c', 'd']);
    await act(async () => saves[1]!.answer(true));
    render(['c', 'd', 'added elsewhere']);
    expect(host()).toBe('c,d,added elsewhere');
  });

  it('knows its save landed when the store normalized the tags', () => {
    start(['a']);
    act(() => change(['a', '  Climate  Change ']));
    render(['a', 'climate change']);
    render(['a', 'climate change', 'x']);
    expect(host()).toBe('a,climate change,x');
  });

  it('goes back to the stored tags when a save fails', async () => {
    start(['a', 'b']);
    act(() => change(['a']));
    expect(host()).toBe('a');
    await act(async () => saves[0]!.answer(false));
    expect(host()).toBe('a,b');
  });
});
