import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { clickReady, clipUrl, text } from './popup-helpers';

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

const rows = (popup: Awaited<ReturnType<typeof clipUrl>>['popup'], n: number) =>
  popup.waitForFunction(
    (count) => document.querySelectorAll('[data-testid=clip-row]').length === count,
    {},
    n,
  );

describe('a thin article in Chromium', () => {
  it('warns about an unfilled app shell, saves nothing, and clips the selection instead', async () => {
    const { page, popup, status } = await clipUrl(harness, `${server.origin}/e2e/angular-shell.html`);
    expect(status).toMatch(/^This page shows unfilled template text \(\d+ words\)/);
    expect(await text(popup, '[data-testid=save-anyway]')).toBe('Save anyway');
    expect(await text(popup, '[data-testid=clip-selection]')).toBe('Clip the selection instead');
    // Nothing stored: the library is still empty.
    expect(await popup.$$('[data-testid=clip-row]')).toHaveLength(0);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('pick')!);
      window.getSelection()!.addRange(range);
    });
    await clickReady(popup, '[data-testid=clip-selection]');
    await popup.waitForFunction(() =>
      document.querySelector('[data-testid=clip-status]')?.textContent?.startsWith('Saved'),
    );
    const preview = await text(popup, '[data-testid=post-preview]');
    expect(preview).toContain('SHELL-SELECTION');
    // Only the selection: none of the shell's template paragraphs.
    expect(preview).not.toContain('{{ paragraph');
    await popup.close();
  });

  it('warns about a heading and a caption, and "Save anyway" saves it as usual', async () => {
    const { popup, status } = await clipUrl(harness, `${server.origin}/e2e/photo-caption.html`);
    expect(status).toMatch(/^This page has only a heading and a caption \(\d+ words\)/);
    expect(await text(popup, '[data-testid=clip-selection]')).toBe('Clip the selection instead');
    await clickReady(popup, '[data-testid=save-anyway]');
    await popup.waitForFunction(() =>
      document.querySelector('[data-testid=clip-status]')?.textContent?.startsWith('Saved'),
    );
    expect(await text(popup, '[data-testid=clip-status]')).toBe(
      'Saved: Photo of the day: fog over the harbour',
    );
    expect(await text(popup, '[data-testid=post-preview]')).toContain('CAPTION-ONLY Morning fog');
    await (await popup.waitForSelector('button[aria-label="Back to the list"]'))!.click();
    await rows(popup, 2);
    await popup.close();
  });
});
