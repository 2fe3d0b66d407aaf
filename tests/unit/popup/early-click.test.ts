import { describe, expect, it, vi } from 'vitest';
import { armEarlyClip, earlyTab, takeEarlyClick, type EarlyTab } from '@/components/early-click';
import type { ClipOutcome } from '@/utils/capture/clip-outcome';

const labels = { clipThisPage: 'Clip this page', clipping: 'Clipping…' } as const;
const saved = { status: 'failed', code: 'x', message: 'a stand-in answer', canClipSelection: false } as const;

function page(): Document {
  document.body.innerHTML =
    '<div id="root"><button type="button" id="early-clip" data-testid="clip-page" disabled></button></div>';
  delete (window as unknown as Record<string, unknown>).newsclipEarly;
  return document;
}

const arm = (doc: Document, tab: EarlyTab = { id: 7, url: 'https://news.example/a' }) => {
  const start = vi.fn((tabId: number) => Promise.resolve<ClipOutcome>({ ...saved, message: `tab ${tabId}` }));
  armEarlyClip(doc, (key) => labels[key], Promise.resolve(tab), start);
  return start;
};

describe('the popup’s static clip button (early-click.ts)', () => {
  it('is labelled and enabled when armed, shares the tab it asked, and starts nothing before a click', async () => {
    const doc = page();
    const start = arm(doc);
    const button = doc.getElementById('early-clip') as HTMLButtonElement;
    expect(button.textContent).toBe('Clip this page');
    expect(button.disabled).toBe(false);
    expect(await earlyTab(doc)).toEqual({ id: 7, url: 'https://news.example/a' });
    expect(takeEarlyClick(doc)).toBeUndefined();
    expect(start).not.toHaveBeenCalled();
  });

  it('starts one clip on the first click, shows it is working, and hands its answer over once', async () => {
    const doc = page();
    const start = arm(doc);
    const button = doc.getElementById('early-clip') as HTMLButtonElement;
    button.click();
    button.click();
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Clipping…');
    const answer = takeEarlyClick(doc);
    expect(await answer).toMatchObject({ message: 'tab 7' });
    expect(start).toHaveBeenCalledTimes(1);
    expect(takeEarlyClick(doc)).toBeUndefined();
  });

  it('hands over null when there was no tab to clip (React then clips with its own answer)', async () => {
    const doc = page();
    const start = arm(doc, null);
    (doc.getElementById('early-clip') as HTMLButtonElement).click();
    expect(await takeEarlyClick(doc)).toBeNull();
    expect(start).not.toHaveBeenCalled();
  });

  it('does nothing on a page without the button (the side panel)', () => {
    document.body.innerHTML = '<div id="root"></div>';
    delete (window as unknown as Record<string, unknown>).newsclipEarly;
    expect(() => arm(document)).not.toThrow();
    expect(takeEarlyClick(document)).toBeUndefined();
    expect(earlyTab(document)).toBeUndefined();
  });
});
