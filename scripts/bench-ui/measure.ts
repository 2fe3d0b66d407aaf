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
async function nameShim(page: Page): Promise<void> {
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

/** Types `text` one key at a time; for each key, ms from the keydown to results for the new query painted. */
export async function timeKeystrokes(page: Page, text: string): Promise<number[]> {
  await nameShim(page);
  await page.evaluate(() => {
    window.addEventListener(
      'keydown',
      () => ((window as unknown as { lastKey: number }).lastKey = performance.now()),
      true,
    );
  });
  await page.focus('[data-testid=search]');
  const times: number[] = [];
  for (const ch of text) {
    await page.keyboard.press((ch === ' ' ? 'Space' : ch) as KeyInput);
    await page.waitForFunction(() => {
      const input = document.querySelector('[data-testid=search]') as HTMLInputElement;
      const shown = document.querySelector('[data-testid=result-count]') as HTMLElement | null;
      return shown?.dataset.resultsFor === input.value;
    });
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((r) =>
            requestAnimationFrame(() =>
              r(performance.now() - (window as unknown as { lastKey: number }).lastKey),
            ),
          ),
      ),
    );
  }
  return times;
}
