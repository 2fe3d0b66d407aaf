import type { KeyInput, Page } from 'puppeteer-core';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};

/** Waits for a performance mark set by the app when content is on screen; returns its time (ms since navigation). */
export async function markTime(page: Page, name: string, timeoutMs = 30_000): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, { timeout: timeoutMs }, name);
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

/** tsx compiles named inner functions with an `__name` helper that pages don't have; give them one. */
export async function nameShim(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
}

/** Time from a click in the page until the result count shows something new and a frame has painted. */
export async function timeClick(page: Page, selector: string): Promise<number> {
  await nameShim(page);
  return page.evaluate(async (sel) => {
    const count = () => document.querySelector('[data-testid=result-count]')?.textContent;
    const first = () => document.querySelector('[data-testid=library-row] .clip-title')?.textContent;
    const before = `${count()}|${first()}`;
    const start = performance.now();
    (document.querySelector(sel) as HTMLElement).click();
    while (`${count()}|${first()}` === before) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return performance.now() - start;
  }, selector);
}

/**
 * Types `text` one key at a time; for each key, ms from the keydown to the frame that shows results for
 * the new query, painted. Timed inside the page: a watcher checks every frame whether the list answers
 * what is in the box, and takes the time just after that frame's rendering. (Waiting in Node for the
 * condition and then for one more frame would add the DevTools round trip and a frame to every figure.)
 */
export async function timeKeystrokes(page: Page, text: string): Promise<number[]> {
  await nameShim(page);
  await page.evaluate(() => {
    type Key = { down: number; painted?: number };
    const w = window as unknown as { benchKeys?: Key[] };
    const watching = Boolean(w.benchKeys);
    w.benchKeys = [];
    if (watching) return;
    window.addEventListener('keydown', (e) => w.benchKeys!.push({ down: e.timeStamp }), true);
    const input = document.querySelector('[data-testid=search]') as HTMLInputElement;
    const frame = () => {
      const key = w.benchKeys!.at(-1);
      const shown = document.querySelector('[data-testid=result-count]') as HTMLElement | null;
      if (key && key.painted === undefined && shown?.dataset.resultsFor === input.value) {
        // Runs after this frame's style, layout and paint.
        setTimeout(() => (key.painted ??= performance.now()), 0);
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.focus('[data-testid=search]');
  const times: number[] = [];
  for (const [i, ch] of [...text].entries()) {
    await page.keyboard.press((ch === ' ' ? 'Space' : ch) as KeyInput);
    const painted = await page.waitForFunction(
      (n) => {
        const key = (window as unknown as { benchKeys: { down: number; painted?: number }[] }).benchKeys[n];
        return key?.painted !== undefined && [key.painted - key.down];
      },
      {},
      i,
    );
    times.push(((await painted.jsonValue()) as number[])[0]!);
  }
  return times;
}
