import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from './find-firefox';

export const FIREFOX_BUILD_DIR = path.resolve('.output/firefox-mv2');
/** The add-on id the Firefox manifest declares (wxt.config.ts). */
const ADDON_ID = 'newsclip@newsclip.dev';

export interface FirefoxHarness {
  browser: Browser;
  /** moz-extension://<uuid> of the installed build. */
  base: string;
  downloadDir: string;
  /** A folder next to the downloads for files the test writes (an import zip). */
  scratchDir: string;
  openTab(url: string): Promise<Page>;
  /** Opens one of the extension's pages (popup.html, library.html, options.html) in a new tab. */
  openExtensionPage(page: string): Promise<Page>;
  /**
   * Opens popup.html as the popup would be for `tab` (see `openPopupFor` below), clicks "Clip this page" and
   * returns the popup and its status line.
   */
  clip(tab: Page): Promise<{ popup: Page; status: string }>;
  waitForDownload(match: RegExp, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * A copy of the Firefox build whose optional origins are required, so granted at install. Automation cannot
 * click the toolbar button in Firefox (BiDi has no such command, unlike Chromium's triggerExtensionAction), and
 * that click is what grants activeTab: with the origins granted, the injection the click would allow is
 * allowed anyway, and everything else is the production build.
 */
function buildWithOriginsGranted(dir: string): void {
  cpSync(FIREFOX_BUILD_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    permissions: string[];
    optional_permissions?: string[];
  };
  manifest.permissions.push(...(manifest.optional_permissions ?? []));
  writeFileSync(manifestPath, JSON.stringify(manifest));
}

/**
 * Opens `url` in `page` and waits until it is loaded. Firefox reports no load event to BiDi for a
 * moz-extension:// navigation (page.goto times out though the page loads), so this waits on the page itself.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  // The timeout only ends the wait for an event that never comes (it cost 1.5 s a page); the navigation
  // goes on, and the wait below sees it.
  await page.goto(url, { timeout: 300 }).catch((error: unknown) => {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
  });
  // Polled on a timer: the default polls on animation frames, which a background tab (the popup's, while
  // it loads) barely gets.
  await page.waitForFunction(
    (expected) => location.href === expected && document.readyState === 'complete',
    { timeout: 20_000, polling: 100 },
    url,
  );
}

/** Launches firefox-esr over WebDriver BiDi with the Firefox build installed and downloads going to a temp folder. */
export async function launchFirefox(): Promise<FirefoxHarness> {
  mkdirSync('test-results', { recursive: true });
  const root = mkdtempSync(path.join(tmpdir(), 'newsclip-ff-e2e-'));
  const extensionDir = path.join(root, 'extension');
  const downloadDir = path.join(root, 'downloads');
  const scratchDir = path.join(root, 'scratch');
  mkdirSync(downloadDir);
  mkdirSync(scratchDir);
  buildWithOriginsGranted(extensionDir);
  // Firefox gives each install a random moz-extension UUID and BiDi has no call that lists extensions
  // (puppeteer's browser.extensions() is Chromium-only): this pref fixes the UUID before the install.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Without it, BiDi refuses to navigate a tab to a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  const id = await browser.installExtension(extensionDir);
  if (id !== ADDON_ID) throw new Error(`Installed ${id}, expected ${ADDON_ID}`);
  const base = `moz-extension://${uuid}`;

  async function openExtensionPage(page: string): Promise<Page> {
    const tab = await browser.newPage();
    tab.on('dialog', (dialog) => void dialog.accept());
    await gotoExtensionPage(tab, `${base}/${page}`);
    return tab;
  }

  return {
    browser,
    base,
    downloadDir,
    scratchDir,
    async openTab(url) {
      const page = await browser.newPage();
      page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openExtensionPage,
    async clip(tab) {
      const opened = performance.now();
      // The popup asks for the active tab of its window. It loads in a tab of its own, opened in the
      // background: the page to clip stays the active tab, as it is when the real popup opens over it.
      const popup = await browser.newPage();
      popup.on('dialog', (dialog) => {
        throw new Error(`A dialog opened in the popup: ${dialog.message()}`);
      });
      await tab.bringToFront();
      await gotoExtensionPage(popup, `${base}/popup.html`);
      await popup.waitForSelector('[data-testid=clip-page]:not([disabled])');
      // The tab to clip was read when the popup loaded; from here the popup is shown, as the real one is
      // while it works. Clicking it in the background cost 8–18 s a clip: puppeteer's click waits for a
      // stable box over animation frames, which a background tab gets few of (the clip itself takes ~1 s).
      await popup.bringToFront();
      const start = performance.now();
      await popup.locator('[data-testid=clip-page]').click();
      await popup.waitForSelector('[data-testid=clip-status]', { timeout: 25_000 });
      const [ready, answered] = [start - opened, performance.now() - start].map(Math.round);
      console.log(`clip of ${tab.url()}: popup ready in ${ready} ms, ${answered} ms from click to answer`);
      const status = await popup.$eval('[data-testid=clip-status]', (el) => el.textContent ?? '');
      return { popup, status };
    },
    async waitForDownload(match, timeoutMs = 20_000) {
      const end = performance.now() + timeoutMs;
      let lastSize = -1;
      while (performance.now() < end) {
        // Firefox writes into `<name>.part` and renames it when done; a non-empty file under the final
        // name, unchanged for a poll, is complete.
        const done = readdirSync(downloadDir).find((f) => match.test(f) && !f.endsWith('.part'));
        if (done) {
          const size = statSync(path.join(downloadDir, done)).size;
          if (size > 0 && size === lastSize) return path.join(downloadDir, done);
          lastSize = size;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(
        `No download matching ${match} in ${downloadDir}: [${readdirSync(downloadDir).join(', ')}]`,
      );
    },
    async close() {
      await browser.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
