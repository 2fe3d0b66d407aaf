import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Extension, type Page, type WebWorker } from 'puppeteer-core';
import { findChrome } from './find-chrome';

export const BUILD_DIR = path.resolve('.output/chrome-mv3');

export interface Harness {
  browser: Browser;
  extension: Extension;
  downloadDir: string;
  /** Opens a tab on `url`, dismissing the page's own dialogs (hostile fixtures call alert()). */
  openTab(url: string): Promise<Page>;
  /** Extensions installed besides Newsclip (`also`), in that order: the benches' baselines. */
  others: Extension[];
  /**
   * Clicks the toolbar button on `page`, as a user would, and returns the real popup (of `which`, by
   * default Newsclip).
   */
  openPopup(page: Page, which?: Extension): Promise<Page>;
  /**
   * Closes every popup of `which` (default Newsclip) still open and waits until they are gone: a popup left
   * over from an earlier step must not be what the next click toggles or closes.
   */
  closePopups(which?: Extension): Promise<void>;
  /** The extension's background service worker (woken by a message if it was stopped). */
  background(): Promise<WebWorker>;
  /**
   * Waits for a finished download whose name matches, and returns its path. `from`: the page that started
   * it, whose notice (the export's own message) the error quotes if the file never comes.
   */
  waitForDownload(match: RegExp, timeoutMs?: number, from?: Page): Promise<string>;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the production build installed and downloads going to a temp folder.
 * `acceptInsecureCerts`: trust the self-signed test https servers (tests/e2e/counting-server.ts).
 * `also`: more unpacked extensions to install (a bench's baseline clipper).
 * `lang`: the browser's UI language (e.g. `zh-CN`), which the extension's messages follow. Chromium on
 * Linux takes it from the LANGUAGE variable; `--lang` is passed as well for other platforms.
 */
export async function launchWithExtension(
  buildDir = BUILD_DIR,
  { acceptInsecureCerts = false, also = [] as string[], lang = '' } = {},
): Promise<Harness> {
  // Screenshots go here; a test file run on its own must not depend on another having made it.
  mkdirSync('test-results', { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'newsclip-e2e-'));
  const downloadDir = path.join(profile, 'downloads');
  mkdirSync(path.join(profile, 'Default'), { recursive: true });
  mkdirSync(downloadDir);
  writeFileSync(
    path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({ download: { default_directory: downloadDir, prompt_for_download: false } }),
  );
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    acceptInsecureCerts,
    ...(lang && { env: { ...process.env, LANGUAGE: lang.replace('-', '_') } }),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Fixture pages are also served as sites of their own (news.example:port): the fixture server.
      '--host-resolver-rules=MAP *.example 127.0.0.1',
    ],
  });
  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'default' });
  const id = await browser.installExtension(buildDir);
  const extension = (await browser.extensions()).get(id);
  if (!extension) throw new Error('The extension did not install');
  const others: Extension[] = [];
  for (const dir of also) {
    const otherId = await browser.installExtension(dir);
    // The list can lag the install by a moment.
    let other: Extension | undefined;
    for (let tries = 0; !other && tries < 50; tries++) {
      other = (await browser.extensions()).get(otherId);
      if (!other) await new Promise((r) => setTimeout(r, 100));
    }
    if (!other) throw new Error(`The extension in ${dir} did not install`);
    others.push(other);
  }

  const closePopups = async (which = extension): Promise<void> => {
    const popupUrl = `chrome-extension://${which.id}/popup.html`;
    const open = () => browser.targets().filter((t) => t.url() === popupUrl);
    // A popup may close itself (on blur) between listing and closing it; a target already gone is fine.
    for (const target of open())
      await (await target.asPage().catch(() => null))?.close().catch(() => undefined);
    for (let i = 0; i < 50 && open().length; i++) await new Promise((r) => setTimeout(r, 100));
  };
  const background = async (): Promise<WebWorker> => {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extension.id}/`),
    );
    const worker = await target.worker();
    if (!worker) throw new Error('No background worker');
    return worker;
  };

  return {
    browser,
    extension,
    others,
    downloadDir,
    async openTab(url) {
      const page = await browser.newPage();
      // The tab may close while its dialog is being dismissed (the test is over); that race is harmless.
      page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openPopup(page, which = extension) {
      await closePopups(which);
      await page.bringToFront();
      const popupUrl = `chrome-extension://${which.id}/popup.html`;
      // A popup still closing (a page's dialog closes it) must not be taken for the new one.
      const earlier = new Set(browser.targets().filter((t) => t.url() === popupUrl));
      const opened = browser.waitForTarget((t) => t.url() === popupUrl && !earlier.has(t), {
        timeout: 10_000,
      });
      await page.triggerExtensionAction(which);
      const popup = await (await opened).asPage();
      if (!popup) throw new Error('The popup did not open');
      popup.on('dialog', (dialog) => {
        // Hostile page content must never run in the popup: an alert here fails the test.
        throw new Error(`A dialog opened in the popup: ${dialog.message()}`);
      });
      await popup.waitForSelector('[data-testid=clip-page]');
      return popup;
    },
    closePopups,
    background,
    async waitForDownload(match, timeoutMs = 20_000, from) {
      // Monotonic: a wall-clock step on a busy VM must not end (or stretch) the wait.
      const end = performance.now() + timeoutMs;
      let lastSize = -1;
      while (performance.now() < end) {
        // Chromium reserves the final name with an empty file while the bytes go into a .crdownload, and
        // renames that over it when done: a non-empty file under the name, unchanged for a poll, is complete.
        const done = readdirSync(downloadDir).find((f) => match.test(f) && !f.endsWith('.crdownload'));
        if (done) {
          const size = statSync(path.join(downloadDir, done)).size;
          if (size > 0 && size === lastSize) return path.join(downloadDir, done);
          lastSize = size;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      const notice = from
        ? await from
            .$eval('[data-testid=notice]', (el) => el.textContent)
            .then((text) => `; the page says: ${text}`)
            .catch(() => '; the page shows no notice')
        : '';
      throw new Error(
        `No download matching ${match} in ${downloadDir}: [${readdirSync(downloadDir).join(', ')}]${notice}`,
      );
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
