import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { Harness } from './extension-harness';
import { clickReady, text } from './popup-helpers';

export async function openExtensionPage(harness: Harness, page: string): Promise<Page> {
  const tab = await harness.browser.newPage();
  tab.on('dialog', (d) => void d.accept());
  await tab.goto(`chrome-extension://${harness.extension.id}/${page}`);
  return tab;
}

/**
 * Fills the destination form on the options page, as a user would, and saves it. The folder is not
 * typed: it follows the profile (AstroPaper v5 by default, src/data/blog/).
 */
export async function configure(
  harness: Harness,
  destination: { url: string; token: string; branch?: string },
): Promise<void> {
  const options = await openExtensionPage(harness, 'options.html');
  await options.waitForSelector('[data-testid=publish-url]');
  const type = async (field: string, value: string) => {
    await options.locator(`[data-testid=publish-${field}]`).fill(value);
  };
  await type('url', destination.url);
  await type('branch', destination.branch ?? 'main');
  await type('authorName', 'Newsclip Tester');
  await type('authorEmail', 'tester@example.com');
  await type('token', destination.token);
  await clickReady(options, '[data-testid=publish-save]');
  await options.waitForFunction(
    () => document.querySelector('p[role=status]')?.textContent === 'Destination saved.',
  );
  await options.close();
}

/** The library page, loaded, with the Publish dialog open. */
export async function openPublish(harness: Harness): Promise<Page> {
  const library = await openExtensionPage(harness, 'library.html');
  // The list has loaded (its count is no longer "Loading").
  await library.waitForFunction(() =>
    /^\d+ clips?$/.test(document.querySelector('[data-testid=result-count]')?.textContent ?? ''),
  );
  await clickReady(library, '[data-testid=open-publish]');
  await library.waitForSelector('[data-testid=publish-dialog]');
  return library;
}

/**
 * Clicks Publish in the open dialog and returns the notice it closes with ("Published: …", after what
 * was created when the repository was empty).
 */
export async function publishAndWait(library: Page): Promise<string> {
  await clickReady(library, '[data-testid=publish-run]');
  await library.waitForFunction(
    () => document.querySelector('[data-testid=notice]')?.textContent?.includes('Published: '),
    { timeout: 30_000 },
  );
  return text(library, '[data-testid=notice]');
}

/** The error the open dialog shows: its code and its message. */
export async function publishError(library: Page): Promise<{ code: string | null; message: string }> {
  await library.waitForSelector('[data-testid=publish-error]', { timeout: 30_000 });
  const code = await library.$eval('[data-testid=publish-error]', (el) => el.getAttribute('data-code'));
  const message = await text(library, '[data-testid=publish-error]');
  expect(message).not.toBe('');
  return { code, message };
}

/** The text of HTML as Astro escapes it (quotes, apostrophes, the three specials). */
export const unescapeHtml = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The destination's folder follows the chosen profile (AstroPaper v6 keeps its posts in src/content/posts/). */
export async function expectFolderFollowsProfile(harness: Harness): Promise<void> {
  const options = await openExtensionPage(harness, 'options.html');
  await options.waitForSelector('[data-testid=publish-folder]');
  const folder = () => options.$eval('[data-testid=publish-folder]', (el) => (el as HTMLInputElement).value);
  expect(await folder()).toBe('src/data/blog/');
  await options.select('[data-testid=publish-profile]', 'astro-paper-6');
  expect(await folder()).toBe('src/content/posts/');
  await options.select('[data-testid=publish-profile]', 'astro-paper');
  expect(await folder()).toBe('src/data/blog/');
  await options.close();
}
