import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './extension-harness';
import { buildWithOriginsGranted } from './granted-build';
import { clickReady, clipUrl, text, texts } from './popup-helpers';

let harness: Harness;
let server: Server;
let port = 0;
/** Which version of the story the newsroom's server has now: the test edits the story between clips. */
let edition = 'story-v1.html';
/** Per path, what the server has there now (default: `edition`); null: the story is gone (404). */
const pages = new Map<string, string | null>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const page = pages.has(req.url ?? '') ? pages.get(req.url ?? '') : edition;
    if (page === null) {
      res
        .writeHead(404, { 'content-type': 'text/html' })
        .end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      return;
    }
    readFile(`tests/fixtures/e2e/${page}`).then((body) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  harness = await launchWithExtension();
});
afterAll(async () => {
  await harness?.close();
  await granted?.close();
  if (grantedBuild) rmSync(grantedBuild, { recursive: true, force: true });
  await new Promise((resolve) => server?.close(resolve));
});

let granted: Harness | undefined;
let grantedBuild = '';

const diffText = (page: Page, tag: 'ins' | 'del') =>
  page.$$eval(`[data-testid=version-diff] ${tag}`, (els) => els.map((el) => el.textContent ?? '').join('|'));

describe('a story that changed after it was clipped (#14)', () => {
  it('says what changed, shows both versions and their diff, restores the old one and undoes that', async () => {
    const url = `http://news.example:${port}/2026/12/01/tidal-barrage`;
    const first = await clipUrl(harness, url);
    expect(first.status).toBe('Saved: Council approves tidal barrage');
    await first.popup.close();

    // The newsroom rewrites the story: a new headline, a figure corrected, two paragraphs, a correction.
    edition = 'story-v2.html';
    await first.page.reload({ waitUntil: 'load' });
    const popup = await harness.openPopup(first.page);
    await clickReady(popup, '[data-testid=clip-page]');
    await popup.waitForSelector('[data-testid=clip-status]', { timeout: 25_000 });
    expect(await text(popup, '[data-testid=clip-status]')).toBe(
      'Updated: Council approves £380m tidal barrage; trust instructs lawyers',
    );
    expect(await text(popup, '[data-testid=clip-changes]')).toBe(
      'Headline changed · 2 paragraphs added · 1 rewritten · correction appended',
    );
    await popup.close();

    const library = await harness.browser.newPage();
    await library.setViewport({ width: 1280, height: 900 });
    await library.goto(`chrome-extension://${harness.extension.id}/library.html`);
    await clickReady(library, '[data-testid=library-row]');
    expect(await text(library, '[data-testid=view-versions]')).toBe('History (1)');
    await clickReady(library, '[data-testid=view-versions]');
    expect(await text(library, '[data-testid=story-notes]')).toMatch(
      /^Correction, 4 December 2026: An earlier version of this article gave the cost/,
    );
    expect(await texts(library, '[data-testid=timeline-entry] strong')).toHaveLength(2);
    expect((await texts(library, '[data-testid=timeline-entry]'))[0]).toContain(
      'Headline changed · 2 paragraphs added · 1 rewritten · correction appended',
    );
    // Newest earlier version against the current one, word by word.
    await library.waitForSelector('[data-testid=version-diff]');
    expect(await diffText(library, 'del')).toContain('410m');
    expect(await diffText(library, 'ins')).toContain('380m');
    expect(await diffText(library, 'ins')).toContain('Owen Pryce');

    // Readable in both themes: the marks change with the scheme, and text stays distinct from its tint.
    const inkOf = () =>
      library.$eval('[data-testid=version-diff] ins', (el) => {
        const style = getComputedStyle(el);
        return [style.color, style.backgroundColor, style.textDecorationLine];
      });
    await library.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    const light = await inkOf();
    await (await library.$('[data-testid=versions]'))!.screenshot({
      path: 'test-results/versions-diff-light.png',
    });
    await library.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const dark = await inkOf();
    await (await library.$('[data-testid=versions]'))!.screenshot({
      path: 'test-results/versions-diff-dark.png',
    });
    expect(dark).not.toEqual(light);
    expect(light[2]).toBe('underline');
    await library.emulateMediaFeatures([]);

    // Restore the version first clipped: the clip says the old headline again; the replaced one is kept.
    await clickReady(library, '[data-testid=version-restore]');
    await library.waitForFunction(
      () =>
        (document.querySelector('[data-testid=editor-title]') as HTMLInputElement).value ===
        'Council approves tidal barrage',
    );
    expect(await text(library, '[data-testid=notice]')).toMatch(
      /^Restored the version of .+; the one it replaced is kept/,
    );
    await library.waitForFunction(
      () => document.querySelectorAll('[data-testid=timeline-entry]').length === 3,
    );

    // Undo: the newest text is the clip's again, and the history as it was.
    await clickReady(library, '[data-testid=notice-action]');
    await library.waitForFunction(
      () =>
        (document.querySelector('[data-testid=editor-title]') as HTMLInputElement).value ===
        'Council approves £380m tidal barrage; trust instructs lawyers',
    );
    await library.waitForFunction(
      () => document.querySelectorAll('[data-testid=timeline-entry]').length === 2,
    );
    expect(await text(library, '[data-testid=view-versions]')).toBe('History (1)');

    // Cite it: the formatter loads on demand under the pages' CSP, and the clipboard has the reference.
    await harness.browser
      .defaultBrowserContext()
      .overridePermissions(`chrome-extension://${harness.extension.id}`, [
        'clipboard-read',
        'clipboard-write',
      ]);
    const clipboard = () => library.evaluate(() => navigator.clipboard.readText());
    await library.select('[data-testid=cite-format]', 'apa');
    await clickReady(library, '[data-testid=cite-copy]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.startsWith('Copied 1 citation (APA)'),
    );
    expect(await clipboard()).toMatch(
      /^Lindqvist, M\. \(2026, December 1\)\. Council approves £380m tidal barrage; trust instructs lawyers\. http:\/\/news\.example:\d+\/2026\/12\/01\/tidal-barrage\n$/,
    );
    await library.select('[data-testid=cite-format]', 'bibtex');
    await clickReady(library, '[data-testid=cite-copy]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.includes('BibTeX'),
    );
    expect(await clipboard()).toMatch(/^@misc\{Lindqvist2026Council,[\s\S]*accessed \d{4}-\d{2}-\d{2}/);
    // An earlier version cites what the story said then, with its own clip time as the access date.
    await library.select('[data-testid=version-cite-format]', 'apa');
    await clickReady(library, '[data-testid=version-cite-copy]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.startsWith('Copied 1 citation (APA)'),
    );
    expect(await clipboard()).toMatch(
      /^Lindqvist, M\. \(2026, December 1\)\. Council approves tidal barrage\. http:\/\/news\.example:\d+\/2026\/12\/01\/tidal-barrage\n$/,
    );
    await library.close();

    // The settings say how much room the versions take, and how many are kept per clip.
    const options = await harness.browser.newPage();
    await options.goto(`chrome-extension://${harness.extension.id}/options.html`);
    expect(await text(options, '[data-testid=version-storage]')).toMatch(
      /^1 earlier version of a story kept, 0\.0 MB of text$/,
    );
    expect(await options.$eval('[data-testid=version-limit]', (el) => (el as HTMLInputElement).value)).toBe(
      '20',
    );
    await options.close();
  });
});

describe('Check for changes (#14)', () => {
  it('re-clips each selected page in a background tab, with progress, and lists the page that failed', async () => {
    grantedBuild = buildWithOriginsGranted();
    granted = await launchWithExtension(grantedBuild);
    const base = `http://press.example:${port}`;
    for (const path of ['/a', '/b', '/c']) pages.set(path, 'story-v1.html');
    for (const path of ['/a', '/b', '/c']) {
      const { popup, page } = await clipUrl(granted, `${base}${path}`);
      expect(await text(popup, '[data-testid=clip-status]')).toMatch(/^Saved: /);
      await popup.close();
      await page.close();
    }
    // Since: one story was rewritten, one is as it was, one was taken down.
    pages.set('/a', 'story-v2.html');
    pages.set('/c', null);

    const library = await granted.browser.newPage();
    await library.setViewport({ width: 1280, height: 900 });
    await library.goto(`chrome-extension://${granted.extension.id}/library.html`);
    await library.waitForFunction(() => document.querySelectorAll('[data-testid=library-row]').length === 3);
    await library.focus('[data-testid=clip-table]');
    await library.keyboard.down('Control');
    await library.keyboard.press('a');
    await library.keyboard.up('Control');
    const tabsBefore = (await granted.browser.pages()).length;
    // The pages open in tabs the user can see while it runs; each is closed when it has been clipped.
    const opened: string[] = [];
    granted.browser.on('targetcreated', (target) => opened.push(target.url()));
    await clickReady(library, '[data-testid=bulk-check]');
    await library.waitForSelector('[data-testid=batch-progress]');
    await library.waitForSelector('[data-testid=batch-summary]', { timeout: 60_000 });
    expect(await text(library, '[data-testid=batch-summary]')).toBe(
      'Checked 3: 1 changed, 1 unchanged, 1 failed',
    );
    expect(await text(library, '[data-testid=batch-updated]')).toBe(
      'Council approves tidal barrage: Headline changed · 2 paragraphs added · 1 rewritten · correction appended',
    );
    expect(await text(library, '[data-testid=batch-failed]')).toBe(
      'Council approves tidal barrage: No article on the page now: it may have been taken down or moved',
    );
    await (await library.$('[data-testid=batch-panel]'))!.screenshot({
      path: 'test-results/check-for-changes.png',
    });
    expect(opened.filter((url) => url.startsWith(base)).sort()).toEqual([
      `${base}/a`,
      `${base}/b`,
      `${base}/c`,
    ]);
    expect((await granted.browser.pages()).length).toBe(tabsBefore);

    // The changed one kept its first version; the failed one is as it was, its history empty.
    await library.waitForFunction(() => document.querySelectorAll('[data-testid=library-row]').length === 3);
    const titles = await texts(library, '[data-testid=library-row] .clip-title');
    expect(titles).toContain('Council approves £380m tidal barrage; trust instructs lawyers');
    expect(await granted.browser.pages().then((p) => p.length)).toBe(tabsBefore);
    await library.close();
  });
});
