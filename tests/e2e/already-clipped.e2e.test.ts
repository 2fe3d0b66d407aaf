import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { clickClosing, clickReady, clipUrl, text } from './popup-helpers';

let harness: Harness;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  harness = await launchWithExtension();
});
afterAll(async () => {
  await harness?.close();
  await server?.close();
});

/** Opens `url` and the popup on it; returns the popup. */
async function popupOn(url: string) {
  const page = await harness.openTab(url);
  return { page, popup: await harness.openPopup(page) };
}

describe('the popup of an empty library (#17)', () => {
  it('says what a clip is, the ways to make one with the actual shortcut, and where the settings are', async () => {
    const { popup } = await popupOn(`${server.origin}/e2e/homepage.html`);
    const guide = await text(popup, '[data-testid=first-run]');
    expect(guide).toMatch(/^No clips yet\. A clip is the article of a page as a Markdown post/);
    expect(guide).toMatch(/press Alt\+Shift\+K on any page|set a keyboard shortcut/);
    expect(guide).toContain('right-click a page → Clip article');
    expect(await popup.$('[data-testid=clip-list], [data-testid=export-tag]')).toBeNull();
    await popup.screenshot({ path: 'test-results/popup-first-run.png' });
    const opened = harness.browser.waitForTarget((t) => t.url().endsWith('/options.html'));
    // The settings open in a tab of their own; the popup closes as the focus leaves it.
    await (await (await clickClosing(popup, '[data-testid=open-settings]', opened)).asPage())!.close();
  });
});

describe('a page already clipped (#16)', () => {
  it('says so when the popup opens, on the page and on its AMP, mobile and tracking forms', async () => {
    const article = `${server.at('news.example')}/e2e/ferry-article.html`;
    const first = await clipUrl(harness, article);
    expect(first.status).toMatch(/^Saved: /);
    const title = first.status.replace(/^Saved: /, '');
    await first.popup.close();

    // A page never clipped: nothing said, the usual button.
    const other = await popupOn(`${server.at('news.example')}/e2e/image-article.html`);
    await other.popup.waitForSelector('[data-testid=clip-page]:not([disabled])');
    expect(await other.popup.$('[data-testid=already-clipped]')).toBeNull();
    expect(await text(other.popup, '[data-testid=clip-page]')).toBe('Clip this page');
    await other.popup.close();

    for (const url of [
      `${article}?utm_source=newsletter&utm_medium=email`,
      `${article}?amp=1`,
      `${article}?outputType=amp`,
      `${server.at('m.news.example')}/e2e/ferry-article.html`,
      `${server.at('amp.news.example')}/e2e/ferry-article.html#top`,
    ]) {
      const { popup } = await popupOn(url);
      expect(await text(popup, '[data-testid=already-clipped]'), url).toMatch(
        /^Clipped (now|\d+ seconds? ago|\d+ minutes? ago) · \d+ tags?/,
      );
      expect(await text(popup, '[data-testid=clip-page]')).toBe('Re-clip this page');
      await popup.close();
    }

    // Re-clip updates the same clip; "Open in library" opens it there.
    const { popup } = await popupOn(`${article}?utm_campaign=x`);
    await clickReady(popup, '[data-testid=clip-page]');
    expect(await text(popup, '[data-testid=clip-status]')).toMatch(/^Updated: /);
    await popup.close();
    const again = await popupOn(article);
    const opened = harness.browser.waitForTarget((t) => /library\.html\?id=\d+$/.test(t.url()));
    const library = (await (
      await clickClosing(again.popup, '[data-testid=open-clip-in-library]', opened)
    ).asPage())!;
    await library.waitForSelector('[data-testid=editor-title]');
    expect(await library.$eval('[data-testid=editor-title]', (el) => (el as HTMLInputElement).value)).toBe(
      title,
    );
    await library.close();
  });

  it('keeps a title typed in the popup when the popup closes without a blur (#17)', async () => {
    const { popup, status } = await clipUrl(harness, `${server.origin}/e2e/image-article.html`);
    expect(status).toMatch(/^(Saved|Updated): /);
    await popup.waitForSelector('[data-testid=edit-title]');
    await popup.click('[data-testid=edit-title]', { count: 3 });
    await popup.keyboard.type('Harbour map, revised');
    // No blur: the popup is closed the way a click outside closes it, after a short pause.
    await new Promise((r) => setTimeout(r, 800));
    await popup.close();
    const again = await popupOn(`${server.origin}/e2e/image-article.html`);
    await again.popup.waitForSelector('[data-testid=clip-row]');
    expect(await text(again.popup, '[data-testid=clip-row] .clip-title')).toBe('Harbour map, revised');
    await again.popup.close();
  });
});
