import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arbitraryHostileMarkdown } from './arbitrary-html';
import { startCountingServer } from './counting-server';
import { BUILD_DIR, launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { HOSTILE_IMAGES, hostileMarkdown } from './hostile-markdown';
import { clickClosing, clickReady, clipUrl } from './popup-helpers';
import { remoteLoads, type ElementSnapshot } from './remote-loads';

let harness: Harness;
let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
let tracker: Awaited<ReturnType<typeof startCountingServer>>;
let library: Page;

const HOSTILE = 'Ferry timetable changes from Monday';

/** Opens the clip titled `title` from the list and waits for its editor. */
async function openClip(title: string): Promise<void> {
  const row = await library.waitForFunction(
    (t) =>
      [...document.querySelectorAll('[data-testid=library-row]')].find((r) =>
        r.querySelector('.clip-title')?.textContent?.includes(t),
      ),
    {},
    title,
  );
  await (row as ElementHandle<Element>).click();
  await library.waitForFunction(
    (t) => (document.querySelector('[data-testid=editor-title]') as HTMLInputElement | null)?.value === t,
    {},
    title,
  );
}

/** Types into the Markdown editor as React sees it. */
async function setMarkdown(markdown: string): Promise<void> {
  await clickReady(library, '[data-testid=view-edit]');
  await library.$eval(
    '[data-testid=editor-markdown]',
    (el, value) => {
      const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      set.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    markdown,
  );
}

const readingView = (): Promise<ElementSnapshot[]> =>
  library.$$eval('[data-testid=reading-view] *', (els) =>
    els.map((el) => ({
      tag: el.localName,
      attributes: [...el.attributes].map((a): [string, string] => [a.name, a.value]),
    })),
  );

/** Gives the page time to send anything it was going to: every request in flight reaches the server. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

beforeAll(async () => {
  fixtures = await startFixtureServer();
  tracker = await startCountingServer();
  harness = await launchWithExtension(undefined, { acceptInsecureCerts: true });
  for (const path of ['/e2e/ferry-article.html']) {
    const { popup, status } = await clipUrl(harness, `${fixtures.origin}${path}`);
    expect(status).toMatch(/^Saved/);
    await popup.close();
  }
  const page = await harness.openTab(`${fixtures.origin}/e2e/homepage.html`);
  const popup = await harness.openPopup(page);
  const opened = harness.browser.waitForTarget((t) => t.url().includes('/library.html'));
  library = (await (await clickClosing(popup, '[data-testid=open-library]', opened)).asPage())!;
  // Tall enough that no image waits for a scroll (they load lazily).
  await library.setViewport({ width: 1280, height: 4000 });
  // The hostile body is stored, as an imported post or a clip of such a page would be.
  await openClip(HOSTILE);
  await setMarkdown(hostileMarkdown(tracker.origin));
  await clickReady(library, '[data-testid=editor-save]');
  await library.waitForFunction(() =>
    document.querySelector('[data-testid=notice]')?.textContent?.includes('saved'),
  );
  // A fresh page: a page reuses the images it has shown, whatever the cache headers say.
  await library.close();
  await settle();
  tracker.requests.length = 0;
  library = await harness.browser.newPage();
  await library.goto(`chrome-extension://${harness.extension.id}/library.html`);
  await library.setViewport({ width: 1280, height: 4000 });
});
afterAll(async () => {
  await harness?.close();
  await fixtures?.close();
  await tracker?.close();
});

describe('reading view in Chromium', () => {
  it('opens a hostile clip with no request to its server, and loads only the images when asked', async () => {
    await openClip(HOSTILE);
    await library.waitForSelector('[data-testid=reading-view] h1');
    await settle();
    expect(tracker.requests).toEqual([]);
    expect(remoteLoads(await readingView(), false)).toEqual([]);
    await library.waitForSelector('[data-testid=images-blocked]');
    const placeholders = await library.$$eval('[data-testid=reading-view] .image-placeholder', (els) =>
      els.map((el) => el.textContent),
    );
    expect(placeholders).toContain('Image: Harbour at dawn (127.0.0.1:' + new URL(tracker.origin).port + ')');
    const links = await library.$$eval('[data-testid=reading-view] a', (els) =>
      els.map((el) => [el.getAttribute('rel'), el.getAttribute('target')]),
    );
    expect(new Set(links.map(String))).toEqual(new Set(['noopener noreferrer,_blank']));

    await clickReady(library, '[data-testid=load-images]');
    await library.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('[data-testid=reading-view] img[src]')].every(
        (img) => img.complete && img.naturalWidth > 0,
      ),
    );
    await settle();
    expect([...tracker.requests].sort()).toEqual([...HOSTILE_IMAGES].sort());
    const images = remoteLoads(await readingView(), true);
    expect(images.sort()).toEqual(HOSTILE_IMAGES.map((p) => `img src ${tracker.origin}${p}`).sort());
    expect(
      await library.$$eval('[data-testid=reading-view] img[src]', (els) =>
        els.map((el) => `${el.getAttribute('referrerpolicy')} ${el.getAttribute('loading')}`),
      ),
    ).toEqual(HOSTILE_IMAGES.map(() => 'no-referrer lazy'));
  });

  it('property: no arbitrary HTML makes the reading view load anything before "Load images"', async () => {
    tracker.requests.length = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryHostileMarkdown(tracker.origin), async (markdown) => {
        await setMarkdown(markdown);
        await clickReady(library, '[data-testid=view-read]');
        await library.waitForSelector('[data-testid=reading-view]');
        expect(remoteLoads(await readingView(), false)).toEqual([]);
      }),
      { numRuns: 60 },
    );
    await settle();
    expect(tracker.requests).toEqual([]);
  });

  it('keeps the popup, library and options working under the extension pages’ CSP, with no violation', async () => {
    for (const [file, ready] of <[string, string][]>[
      ['popup.html', '[data-testid=clip-page]'],
      ['library.html', '[data-testid=library-row]'],
      ['options.html', '[data-testid=draft-default]'],
    ]) {
      const page = await harness.browser.newPage();
      await page.evaluateOnNewDocument(() => {
        const seen: string[] = [];
        Object.assign(window, { cspViolations: seen });
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
        );
      });
      await page.goto(`chrome-extension://${harness.extension.id}/${file}`);
      await page.waitForSelector(ready);
      const violations = await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      );
      // zod 4 probes once whether `new Function` works (caught: it then validates without it); the
      // default MV3 policy refuses it just the same.
      expect(violations.filter((v) => !v.startsWith('script-src eval '))).toEqual([]);
      await page.close();
    }
    // The policy is the built manifest's (WXT writes the Firefox build's as MV2's plain string).
    const manifest = JSON.parse(readFileSync(path.join(BUILD_DIR, 'manifest.json'), 'utf8')) as {
      content_security_policy?: { extension_pages?: string };
    };
    const csp = manifest.content_security_policy?.extension_pages;
    expect(csp).toMatch(/media-src 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
  });
});
