import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroPaperFrontmatterSchema } from '../../utils/export/profiles/astro-paper';
import { parsePost } from '../../utils/export/parse-post';
import { startFixtureServer } from '../e2e/fixture-server';
import { launchFirefox, type FirefoxHarness } from './firefox-harness';

// The Firefox build in Debian's firefox-esr: install, every extension page, clipping, export, import.
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const harnesses: FirefoxHarness[] = [];
const PAGES = ['/e2e/ferry-article.html', '/news/article-library-hours.html', '/news/article-radwege.html'];

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  for (const h of harnesses) await h.close();
  await server?.close();
});

async function fresh(): Promise<FirefoxHarness> {
  const harness = await launchFirefox();
  harnesses.push(harness);
  return harness;
}

const zipEntries = (file: string) =>
  Object.fromEntries(
    Object.entries(unzipSync(readFileSync(file))).map(([name, bytes]) => [name, strFromU8(bytes)]),
  );

const textOf = async (page: Awaited<ReturnType<FirefoxHarness['openTab']>>, selector: string) => {
  await page.waitForSelector(selector);
  return page.$eval(selector, (el) => el.textContent ?? '');
};

describe('Newsclip in Firefox', () => {
  let exported: Record<string, string>;

  it('installs, and its options page shows Firefox’s shortcut help and the privacy note', async () => {
    const a = await fresh();
    const options = await a.openExtensionPage('options.html');
    await options.waitForSelector('[data-testid=privacy]');
    const body = await options.evaluate(() => document.body.innerText);
    // The Firefox build points to Firefox's shortcut settings, never chrome://extensions.
    expect(body).toContain('about:addons');
    expect(body).not.toContain('chrome://');
    expect(await options.$eval('[data-testid=options-open-library]', (el) => el.getAttribute('href'))).toBe(
      `${a.base}/library.html`,
    );
    // The privacy policy (PRIVACY.md, built into the extension) opens from the options page.
    const href = await options.$eval('[data-testid=privacy] a', (el) => el.getAttribute('href'));
    const policy = await a.openExtensionPage(href!.replace(/^\//, ''));
    expect(await textOf(policy, 'h1')).toBe('Newsclip privacy policy');
    await policy.close();
  });

  it('clips fixture pages from the popup', async () => {
    const a = harnesses[0]!;
    for (const page of PAGES) {
      const tab = await a.openTab(`${server.origin}${page}`);
      const { popup, status } = await a.clip(tab);
      expect(status).toMatch(/^Saved/);
      await popup.close();
      await tab.close();
    }
  });

  it('runs the sidebar page: it follows the tab active in its window and clips it', async () => {
    const a = harnesses[0]!;
    const first = await a.openTab(`${server.origin}${PAGES[0]}`);
    // The sidebar page in a tab of its own (BiDi cannot open Firefox's sidebar): it skips its own tab and
    // shows the one that was active before it, as the real sidebar shows the active tab.
    const panel = await a.openExtensionPage('sidepanel.html');
    await first.bringToFront();
    await panel.bringToFront();
    await panel.waitForSelector('[data-testid=already-clipped]', { timeout: 20_000 });
    expect(await textOf(panel, '[data-testid=already-clipped]')).toMatch(/^Clipped /);
    const next = await a.openTab(`${server.origin}/news/article-ferry-vote.html`);
    await next.bringToFront();
    await panel.bringToFront();
    await panel.waitForFunction(() => !document.querySelector('[data-testid=already-clipped]'), {
      timeout: 20_000,
      polling: 100,
    });
    await panel.locator('[data-testid=clip-page]:not([disabled])').click();
    await panel.waitForSelector('[data-testid=clip-status]', { timeout: 25_000 });
    expect(await textOf(panel, '[data-testid=clip-status]')).toMatch(/^Saved: /);
    await panel.waitForSelector('[data-testid=clip-detail]');
    for (const page of [panel, next, first]) await page.close();
  });

  it('lists the clips in the library and exports them as a zip of valid AstroPaper posts', async () => {
    const a = harnesses[0]!;
    const library = await a.openExtensionPage('library.html');
    // The fixture pages and the sidebar's clip.
    await library.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=library-row]').length === n,
      {},
      PAGES.length + 1,
    );
    const titles = await library.$$eval('[data-testid=library-row] .clip-title', (els) =>
      els.map((el) => el.textContent ?? ''),
    );
    expect(titles).toContain('Ferry timetable changes from Monday');
    await library.locator('[data-testid=export-view]').click();
    exported = zipEntries(await a.waitForDownload(/^newsclip-all.*\.zip$/));
    expect(Object.keys(exported)).toHaveLength(PAGES.length + 1);
    for (const [name, content] of Object.entries(exported)) {
      expect(name).toMatch(/^blog\/[\p{Ll}\p{N}-]+\.md$/u);
      astroPaperFrontmatterSchema.parse(parsePost(content).frontmatter);
    }
  });

  it('imports that zip into a fresh profile and exports byte-identical files', async () => {
    const b = await fresh();
    const zipPath = path.join(b.scratchDir, 'import.zip');
    writeFileSync(
      zipPath,
      zipSync(Object.fromEntries(Object.entries(exported).map(([n, c]) => [n, strToU8(c)]))),
    );
    const library = await b.openExtensionPage('library.html');
    await library.locator('[data-testid=open-import]').click();
    const input = await library.waitForSelector('[data-testid=import-files]');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(zipPath);
    await library.waitForSelector('[data-testid=import-plan]');
    expect(await textOf(library, '[data-testid=import-plan] strong')).toMatch(/^4 clips ready/);
    await library.locator('[data-testid=import-apply]').click();
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.startsWith('Imported'),
    );
    expect(await textOf(library, '[data-testid=notice]')).toMatch(
      /4 added, 0 replaced, 0 kept as copies, 0 skipped/,
    );
    await library.locator('[data-testid=export-view]').click();
    expect(zipEntries(await b.waitForDownload(/^newsclip-all.*\.zip$/))).toEqual(exported);
  });
});
