import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './extension-harness';
import { buildWithOriginsGranted } from './granted-build';
import { linksInSelection } from '../../utils/batch/links-in-selection';
import { clickReady, clipUrl, text, texts } from './popup-helpers';

let harness: Harness;
let grantedBuild = '';
let server: Server;
let base = '';
/** Responses held open forever: pages that never finish loading. */
const hanging: ServerResponse[] = [];
/** Story pages being served right now, and the most at once: how many pages a batch loads together. */
let inFlight = 0;
let mostInFlight = 0;

const fixture = (file: string) => readFile(`tests/fixtures/${file}`);

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const html = (body: Buffer | string) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    if (path === '/slow' || path === '/never') {
      // The article arrives, but the page never finishes: a stalled ad, a long poll.
      void fixture('e2e/ferry-article.html').then((body) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write(body.toString().replace('</body>', ''));
        hanging.push(res);
      });
    } else if (path === '/reading-list') {
      html(
        `<h1>Today</h1><p><a id="outside" href="/story/outside">Not selected</a></p>` +
          `<ul id="picks">${['a', 'b', 'c'].map((s) => `<li>Read <a href="/story/${s}">story ${s}</a></li>`).join('')}` +
          `<li><a href="mailto:desk@news.example">Write to us</a></li></ul>`,
      );
    } else if (path.startsWith('/paced/')) {
      // Slow enough that the worker is stopped with pages still to clip.
      void fixture('e2e/story-v1.html').then((body) =>
        setTimeout(
          () =>
            html(
              body.toString().replaceAll('Council approves tidal barrage', `Paced story ${path.slice(7)}`),
            ),
          1500,
        ),
      );
    } else if (path.startsWith('/story/')) {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      void fixture('e2e/story-v1.html').then((body) =>
        setTimeout(() => {
          inFlight--;
          html(
            body
              .toString()
              .replace(
                'Council approves tidal barrage',
                `Council approves tidal barrage, part ${path.slice(7)}`,
              ),
          );
        }, 300),
      );
    } else void fixture(path.slice(1)).then(html, () => res.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://news.example:${(server.address() as AddressInfo).port}`;
  grantedBuild = buildWithOriginsGranted();
  harness = await launchWithExtension(grantedBuild);
});
afterAll(async () => {
  await harness?.close();
  for (const res of hanging) res.destroy();
  await new Promise((resolve) => server?.close(resolve));
  if (grantedBuild) rmSync(grantedBuild, { recursive: true, force: true });
});

async function libraryPage(): Promise<Page> {
  const page = await harness.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${harness.extension.id}/library.html`);
  return page;
}

describe('clip a whole reading session (#16)', () => {
  it('clips every tab of the window, reports each one it could not clip, and tags them all', async () => {
    const already = await clipUrl(harness, `${base}/e2e/story-v1.html`);
    expect(already.status).toBe('Saved: Council approves tidal barrage');
    await already.popup.close();
    // The window: a page that will be closed mid-batch, two articles, the one already clipped, a home page
    // with no article, a browser page (and nothing else).
    const slow = await harness.browser.newPage();
    void slow.goto(`${base}/slow`).catch(() => undefined);
    const articles = [
      await harness.openTab(`${base}/e2e/ferry-article.html`),
      await harness.openTab(`${base}/news/article-library-hours.html`),
    ];
    const home = await harness.openTab(`${base}/e2e/homepage.html`);
    const browserPage = await harness.browser.newPage();
    await browserPage.goto('chrome://version');
    for (const page of await harness.browser.pages())
      if (![slow, ...articles, home, browserPage, already.page].includes(page)) await page.close();

    const popup = await harness.openPopup(articles[0]!);
    await clickReady(popup, '[data-testid=clip-all] summary');
    await popup.type('[data-testid=clip-all-tags]', 'weekend reading');
    await clickReady(popup, '[data-testid=clip-all-start]');
    await popup.waitForSelector('[data-testid=batch-panel]');
    // The user closes a tab while the batch is on it.
    await new Promise((r) => setTimeout(r, 1000));
    await slow.close();

    const library = await libraryPage();
    await library.waitForSelector('[data-testid=batch-summary]', { timeout: 60_000 });
    expect(await text(library, '[data-testid=batch-summary]')).toBe(
      '6 pages: 2 saved, 0 updated, 1 already clipped and unchanged, 3 failed',
    );
    const failures = await texts(library, '[data-testid=batch-failed]');
    expect(failures).toEqual([
      'Ferry timetable changes from Monday - The Lakeside Courier: The tab was closed before it was clipped.',
      'The Lakeside Courier — Home: No article on the page now: it may have been taken down or moved',
      "A browser page: This page can't be clipped: the browser doesn't give extensions access to it.",
    ]);
    // Saved, and tagged as asked: the two articles and the one clipped before.
    await library.waitForSelector('[data-testid="side-tag-weekend reading"]');
    expect(await text(library, '[data-testid="side-tag-weekend reading"] .count')).toBe('3');
    expect(await library.$$eval('[data-testid=library-row]', (rows) => rows.length)).toBe(3);
    await library.screenshot({ path: 'test-results/batch-all-tabs.png' });
    await clickReady(library, '[data-testid=batch-panel] button[aria-label]');
    await library.waitForFunction(() => !document.querySelector('[data-testid=batch-panel]'));
    await library.close();
  });

  it('clips a pasted list of 20 links, 2 at a time; a page that never finishes is clipped as it stands', async () => {
    const library = await libraryPage();
    // Short, so the test does not wait the default 20 s on the page that never finishes.
    await library.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        settings: { batchLoadTimeout: 5 },
      }),
    );
    const links = [...Array.from({ length: 19 }, (_, i) => `${base}/story/${i + 1}`), `${base}/never`];
    await clickReady(library, '[data-testid=open-links]');
    await library.type('[data-testid=links-text]', `Reading list:\n${links.join('\n')}\n`);
    expect(await text(library, '[data-testid=links-start]')).toBe('Clip 20 links');
    await clickReady(library, '[data-testid=links-start]');
    await library.waitForSelector('[data-testid=batch-progress]');
    await library.waitForSelector('[data-testid=batch-summary]', { timeout: 120_000 });
    expect(await text(library, '[data-testid=batch-summary]')).toBe(
      '20 pages: 20 saved, 0 updated, 0 already clipped and unchanged, 0 failed',
    );
    expect(mostInFlight).toBe(2);
    // Every background tab the batch opened was closed.
    const left = (await harness.browser.pages()).map((p) => p.url());
    expect(left.filter((url) => url.includes('/story/') || url.endsWith('/never'))).toEqual([]);
    await library.close();
  });

  it("opens the links of a page's selection in the links dialog, and clips them", async () => {
    // The page menu can't be clicked from a test: the function it injects runs here the way it is injected
    // (serialized, in the page), and its result goes where the menu leaves it before opening the library.
    const page = await harness.browser.newPage();
    await page.goto(`${base}/reading-list`);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('picks')!);
      document.getSelection()!.addRange(range);
    });
    const found = await page.evaluate(linksInSelection);
    expect(found).toEqual([...['a', 'b', 'c'].map((s) => `${base}/story/${s}`), 'mailto:desk@news.example']);
    await page.close();
    const library = await libraryPage();
    await library.evaluate(
      (links) =>
        (
          globalThis as unknown as {
            chrome: { storage: { session: { set(v: object): Promise<void> } } };
          }
        ).chrome.storage.session.set({ selectionLinks: links.filter((l) => l.startsWith('http')) }),
      found,
    );
    await library.goto(`chrome-extension://${harness.extension.id}/library.html?links=selection`);
    await library.waitForSelector('[data-testid=links-dialog]');
    expect(await library.$eval('[data-testid=links-text]', (el) => (el as HTMLTextAreaElement).value)).toBe(
      ['a', 'b', 'c'].map((s) => `${base}/story/${s}`).join('\n'),
    );
    await library.type('[data-testid=links-tags]', 'picks');
    expect(await text(library, '[data-testid=links-start]')).toBe('Clip 3 links');
    await clickReady(library, '[data-testid=links-start]');
    await library.waitForSelector('[data-testid=batch-summary]', { timeout: 60_000 });
    expect(await text(library, '[data-testid=batch-summary]')).toBe(
      '3 pages: 3 saved, 0 updated, 0 already clipped and unchanged, 0 failed',
    );
    // Taken once: the library opened again the same way has no dialog.
    await library.reload();
    await library.waitForSelector('[data-testid=open-links]');
    expect(await library.$('[data-testid=links-dialog]')).toBeNull();
    await library.close();
  });

  it('goes on where it stopped when the browser stops the worker mid-batch, and loses no clip', async () => {
    const library = await libraryPage();
    type Session = { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } };
    const states = () =>
      library.evaluate(async () => {
        const { batch } = await (globalThis as unknown as Session).chrome.storage.session.get('batch');
        return (batch as { items: { state: string }[] } | null)?.items.map((item) => item.state) ?? [];
      });
    const links = Array.from({ length: 6 }, (_, i) => `${base}/paced/${i + 1}`);
    await clickReady(library, '[data-testid=open-links]');
    await library.type('[data-testid=links-text]', links.join('\n'));
    await clickReady(library, '[data-testid=links-start]');
    await library.waitForSelector('[data-testid=batch-progress]');
    // Two pages done, others on the way: the browser stops the worker (as it may, for an update or memory).
    await waitUntil(async () => (await states()).filter((s) => s === 'saved').length >= 2);
    const cdp = await library.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await library.waitForSelector('[data-testid=batch-summary]', { timeout: 60_000 });
    expect(await text(library, '[data-testid=batch-summary]')).toBe(
      '6 pages: 6 saved, 0 updated, 0 already clipped and unchanged, 0 failed ' +
        '(The extension restarted during the batch and went on where it stopped.)',
    );
    // Each page once in the store, and no tab of the batch left open.
    const titles = await library.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('newsclip');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('clips').objectStore('clips').getAll();
            all.onsuccess = () => resolve((all.result as { title: string }[]).map((clip) => clip.title));
            all.onerror = () => reject(all.error);
          };
        }),
    );
    expect(titles.filter((title) => title.startsWith('Paced story')).sort()).toEqual(
      links.map((_, i) => `Paced story ${i + 1}`),
    );
    const left = (await harness.browser.pages()).map((p) => p.url());
    expect(left.filter((url) => url.includes('/paced/'))).toEqual([]);
    await library.close();
  });
});

async function waitUntil(check: () => Promise<boolean>, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}
