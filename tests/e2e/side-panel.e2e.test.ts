import { rmSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { buildWithOriginsGranted } from './granted-build';
import { clickClosing, clickReady, text } from './popup-helpers';

let harness: Harness;
let plain: Harness;
let grantedBuild = '';
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  // Clipping from the panel asks for host access in the click; headless Chromium's prompt can't be
  // answered, so this build has it granted, as if the user had allowed it (granted-build.ts).
  grantedBuild = buildWithOriginsGranted();
  harness = await launchWithExtension(grantedBuild);
  plain = await launchWithExtension();
});
afterAll(async () => {
  await harness?.close();
  await plain?.close();
  if (grantedBuild) rmSync(grantedBuild, { recursive: true, force: true });
  await server?.close();
});

/**
 * Opens the side panel from the popup on `page`, as a user would, and returns it. Headless Chromium opens
 * the real panel, and its page can be driven like any other (the panel's chrome around it can't).
 */
async function openPanel(h: Harness, page: Page): Promise<Page> {
  const popup = await h.openPopup(page);
  const url = `chrome-extension://${h.extension.id}/sidepanel.html`;
  const opened = h.browser.waitForTarget((t) => t.url() === url, { timeout: 10_000 });
  // The click closes the popup once the panel is open.
  const panelTarget = await clickClosing(popup, '[data-testid=open-side-panel]', opened);
  const panel = await panelTarget.asPage();
  await panel.waitForSelector('[data-testid=clip-page]');
  return panel;
}

/** Makes `page` the active tab of its window: the panel, open beside it, follows. */
async function activate(page: Page, panel: Page, buttonText: string): Promise<void> {
  await page.bringToFront();
  await panel.waitForFunction(
    (label) => document.querySelector('[data-testid=clip-page]:not([disabled])')?.textContent === label,
    { polling: 100 },
    buttonText,
  );
}

const titleValue = (panel: Page) =>
  panel.$eval('[data-testid=edit-title]', (el) => (el as HTMLInputElement).value);

describe('the side panel (#17)', () => {
  it('clips the active tab, shows its review form, and follows the user to another tab', async () => {
    const ferry = await harness.openTab(`${server.at('news.example')}/e2e/ferry-article.html`);
    const panel = await openPanel(harness, ferry);
    expect(await panel.$eval('main', (el) => el.className)).toBe('popup side-panel');
    await activate(ferry, panel, 'Clip this page');
    await clickReady(panel, '[data-testid=clip-page]');
    await panel.waitForSelector('[data-testid=clip-status]', { timeout: 25_000 });
    const status = await text(panel, '[data-testid=clip-status]');
    expect(status).toMatch(/^Saved: /);
    await panel.waitForSelector('[data-testid=clip-detail]');
    expect(await titleValue(panel)).toBe(status.replace(/^Saved: /, ''));

    // Another page becomes the active tab: the clip button is for it now (never clipped: no "already"),
    // the last page's "Saved" is gone, and the review form stays open.
    const image = await harness.openTab(`${server.at('news.example')}/e2e/image-article.html`);
    await activate(image, panel, 'Clip this page');
    expect(await panel.$('[data-testid=already-clipped]')).toBeNull();
    expect(await panel.$('[data-testid=clip-status]')).toBeNull();
    expect(await titleValue(panel)).toBe(status.replace(/^Saved: /, ''));
    // Back on the first page: "already clipped" follows.
    await activate(ferry, panel, 'Re-clip this page');
    expect(await text(panel, '[data-testid=already-clipped]')).toMatch(/^Clipped /);
    // A page loaded in the shown tab is followed too.
    await ferry.goto(`${server.at('news.example')}/e2e/photo-caption.html`);
    await activate(ferry, panel, 'Clip this page');

    // Clipping now clips the tab in front: the second page, whose form then shows.
    await activate(image, panel, 'Clip this page');
    await clickReady(panel, '[data-testid=clip-page]');
    await panel.waitForSelector('[data-testid=clip-status]', { timeout: 25_000 });
    const second = (await text(panel, '[data-testid=clip-status]')).replace(/^Saved: /, '');
    expect(second).not.toBe(status.replace(/^Saved: /, ''));
    await panel.waitForFunction(
      (title) =>
        (document.querySelector('[data-testid=edit-title]') as HTMLInputElement | null)?.value === title,
      { polling: 100 },
      second,
    );
    await panel.setViewport({ width: 480, height: 900 });
    await panel.screenshot({ path: 'test-results/side-panel.png' });
  });

  it('without host access, says clipping will ask for it (the address is hidden from the panel)', async () => {
    const home = await plain.openTab(`${server.origin}/e2e/homepage.html`);
    const panel = await openPanel(plain, home);
    // The popup's click granted activeTab on this tab: its address is known, nothing to ask.
    expect(await panel.$('[data-testid=panel-access-hint]')).toBeNull();
    // A tab opened since: no access to it, so the panel says what "Clip" will ask for.
    await plain.openTab(`${server.origin}/e2e/ferry-article.html`);
    expect(await text(panel, '[data-testid=panel-access-hint]')).toMatch(/asks once for access/);
    await panel.waitForSelector('[data-testid=clip-page]:not([disabled])');
  });
});
