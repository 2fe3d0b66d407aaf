import { describe, expect, it } from 'vitest';
import { armEarlyClip, takeEarlyClick } from '@/components/early-click';

const labels = { clipThisPage: 'Clip this page', clipping: 'Clipping…' } as const;

function page(): Document {
  document.body.innerHTML =
    '<div id="root"><button type="button" id="early-clip" data-testid="clip-page" disabled></button></div>';
  delete document.documentElement.dataset.newsclipEarlyClick;
  return document;
}

describe('the popup’s static clip button (early-click.ts)', () => {
  it('is labelled and enabled when armed, and no click is noted before one happens', () => {
    const doc = page();
    armEarlyClip(doc, (key) => labels[key]);
    const button = doc.getElementById('early-clip') as HTMLButtonElement;
    expect(button.textContent).toBe('Clip this page');
    expect(button.disabled).toBe(false);
    expect(takeEarlyClick(doc)).toBe(false);
  });

  it('notes one click, shows it is working, and hands the click over once', () => {
    const doc = page();
    armEarlyClip(doc, (key) => labels[key]);
    const button = doc.getElementById('early-clip') as HTMLButtonElement;
    button.click();
    button.click();
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Clipping…');
    expect(takeEarlyClick(doc)).toBe(true);
    expect(takeEarlyClick(doc)).toBe(false);
  });

  it('does nothing on a page without the button (the side panel)', () => {
    document.body.innerHTML = '<div id="root"></div>';
    expect(() => armEarlyClip(document, (key) => labels[key])).not.toThrow();
    expect(takeEarlyClick(document)).toBe(false);
  });
});
