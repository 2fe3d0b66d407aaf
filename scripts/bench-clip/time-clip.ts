import type { Page } from 'puppeteer-core';
import { nameShim } from '../bench-ui/measure';

export type ClipTiming = { saved: number; ready: number; status: string; ok: boolean };

/**
 * Clicks the popup's clip button and times, inside the popup, from the click to the frame that shows
 * the result ("Saved"/"Updated" or a failure) painted, and to the frame that shows `readySelector` (the
 * review form; the bare clipper has none, so its "ready" is its "saved"). Checked every frame; a time is
 * taken just after that frame's paint.
 */
export async function timeClip(popup: Page, readySelector: string | null): Promise<ClipTiming> {
  await popup.waitForSelector('[data-testid=clip-page]:not([disabled])');
  await nameShim(popup);
  return popup.evaluate(
    (ready) =>
      new Promise<ClipTiming>((resolve) => {
        let saved: number | undefined;
        let status = '';
        let ok = false;
        let done = false;
        const finish = (timing: ClipTiming) => {
          done = true;
          resolve(timing);
        };
        const afterPaint = (then: (ms: number) => void) =>
          setTimeout(() => then(performance.now() - start), 0);
        const frame = () => {
          if (done) return;
          const shown = document.querySelector('[data-testid=clip-status]');
          if (saved === undefined && shown) {
            status = shown.textContent ?? '';
            ok = shown.classList.contains('ok');
            saved = -1;
            afterPaint((ms) => {
              saved = ms;
              if (!ready || !ok) finish({ saved: ms, ready: ms, status, ok });
            });
          }
          if (ready && ok && saved !== undefined && document.querySelector(ready)) {
            afterPaint((ms) => {
              const wait = () =>
                saved! >= 0 ? finish({ saved: saved!, ready: ms, status, ok }) : setTimeout(wait, 0);
              wait();
            });
            return;
          }
          requestAnimationFrame(frame);
        };
        const start = performance.now();
        (document.querySelector('[data-testid=clip-page]') as HTMLButtonElement).click();
        requestAnimationFrame(frame);
      }),
    readySelector,
  );
}
