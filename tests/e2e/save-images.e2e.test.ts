import { readFileSync, rmSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Harness } from './extension-harness';
import { buildWithOriginsGranted } from './granted-build';
import { startFixtureServer } from './fixture-server';
import { clickReady, clipUrl } from './popup-helpers';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
const harnesses: Harness[] = [];
let grantedBuild = '';

const hasOrigins = (harness: Harness) =>
  harness.browser.newPage().then(async (page) => {
    await page.goto(`chrome-extension://${harness.extension.id}/options.html`);
    // `chrome` is the page's global (this function runs in the extension page, not in Node).
    return page.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
        }
      ).chrome.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }),
    );
  });

beforeAll(async () => {
  server = await startFixtureServer();
  grantedBuild = buildWithOriginsGranted();
});
afterAll(async () => {
  for (const h of harnesses) await h.close();
  await server?.close();
  rmSync(grantedBuild, { recursive: true, force: true });
});

describe('save images', () => {
  it('asks for no host access at install', async () => {
    const harness = await launchWithExtension();
    harnesses.push(harness);
    expect(await hasOrigins(harness)).toBe(false);
  });

  it('exports a clip with its image in the zip, linked relatively, and reports the broken one', async () => {
    const harness = await launchWithExtension(grantedBuild);
    harnesses.push(harness);
    expect(await hasOrigins(harness)).toBe(true);
    const { popup, status } = await clipUrl(harness, `${server.origin}/e2e/image-article.html`);
    expect(status).toMatch(/^Saved/);
    await popup.close();

    const options = await harness.browser.newPage();
    await options.goto(`chrome-extension://${harness.extension.id}/options.html`);
    await clickReady(options, '[data-testid=save-images]');
    await options.waitForFunction(() => document.querySelector('p[role=status]')?.textContent === 'Saved');
    expect(await options.$eval('[data-testid=save-images]', (el) => (el as HTMLInputElement).checked)).toBe(
      true,
    );

    const exporter = await harness.openPopup(await harness.openTab(`${server.origin}/e2e/homepage.html`));
    await clickReady(exporter, '[data-testid=export-tag]');
    // Without a file, what the popup said is the only clue (an export error shows there).
    const zipPath = await harness.waitForDownload(/^newsclip-all.*\.zip$/, undefined, exporter);
    const zip = unzipSync(readFileSync(zipPath));
    const names = Object.keys(zip);
    const post = names.find((n) => /^blog\/[^/]+\.md$/.test(n))!;
    const stem = post.slice('blog/'.length, -'.md'.length);
    expect(names).toEqual([post, `blog/${stem}/1-harbour-map.png`, 'blog/images-report.txt']);
    expect(zip[`blog/${stem}/1-harbour-map.png`]).toEqual(
      new Uint8Array(readFileSync('tests/fixtures/e2e/harbour-map.png')),
    );
    const text = strFromU8(zip[post]!);
    expect(text).toContain(`![The new harbour map](${stem}/1-harbour-map.png)`);
    expect(text).toContain(`![A photo that is gone](${server.origin}/e2e/missing-photo.jpg)`);
    expect(strFromU8(zip['blog/images-report.txt']!)).toContain(
      `${post}\t${server.origin}/e2e/missing-photo.jpg\tHTTP 404`,
    );
  });
});
