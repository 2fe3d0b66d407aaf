import type { Page } from 'puppeteer-core';
import type { Harness } from './extension-harness';

/**
 * Clicks an element once it is rendered, visible, enabled and has stopped moving (pages render from live
 * database queries). A locator waits for all of that: a click at where a button first appeared could land
 * on whatever moved there.
 */
export async function clickReady(page: Page, selector: string): Promise<void> {
  await page.locator(selector).click();
}

/**
 * Clicks an element whose click may close its page (the popup closes as a tab or panel it opens takes the
 * focus), and returns what `outcome` resolves to. A locator retries a click whose answer never came (the
 * page closed under it) until its own timeout, so it is stopped as soon as `outcome` is there.
 */
export async function clickClosing<T>(page: Page, selector: string, outcome: Promise<T>): Promise<T> {
  const stop = new AbortController();
  const clicked = page
    .locator(selector)
    .click({ signal: stop.signal })
    .catch((error: unknown) => {
      if (!stop.signal.aborted) throw error;
    });
  try {
    return await Promise.race([outcome, clicked.then(() => outcome)]);
  } finally {
    stop.abort();
    await clicked.catch(() => undefined);
  }
}

/** The text of an element, once it is rendered (views render from live queries, after status messages). */
export async function text(page: Page, selector: string): Promise<string> {
  await page.waitForSelector(selector);
  return page.$eval(selector, (el) => el.textContent ?? '');
}
export const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => el.textContent ?? ''));

/** Opens `url` in a tab, clicks the toolbar button and "Clip this page"; returns the popup and its status. */
export async function clipUrl(
  harness: Harness,
  url: string,
): Promise<{ page: Page; popup: Page; status: string }> {
  const page = await harness.openTab(url);
  const popup = await harness.openPopup(page);
  await popup.waitForSelector('[data-testid=clip-page]:not([disabled])');
  await clickReady(popup, '[data-testid=clip-page]');
  await popup.waitForSelector('[data-testid=clip-status]', { timeout: 25_000 });
  return { page, popup, status: await text(popup, '[data-testid=clip-status]') };
}
