import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroPaperFrontmatterSchema } from '../../utils/export/profiles/astro-paper';
import { parsePost } from '../../utils/export/parse-post';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { clickReady, clipUrl, text } from './popup-helpers';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
const harnesses: Harness[] = [];
const PAGES = [
  '/e2e/hostile-article.html',
  '/news/article-ferry-vote.html',
  '/news/article-library-hours.html',
  '/news/article-radwege.html',
];

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  for (const h of harnesses) await h.close();
  await server?.close();
});

async function fresh(): Promise<Harness> {
  const harness = await launchWithExtension();
  harnesses.push(harness);
  return harness;
}

async function openExtensionPage(harness: Harness, page: string): Promise<Page> {
  const tab = await harness.browser.newPage();
  tab.on('dialog', (d) => void d.accept());
  await tab.goto(`chrome-extension://${harness.extension.id}/${page}`);
  return tab;
}

const zipEntries = (file: string) =>
  Object.fromEntries(
    Object.entries(unzipSync(readFileSync(file))).map(([name, bytes]) => [name, strFromU8(bytes)]),
  );

describe('export and import between browser profiles', () => {
  let exported: Record<string, string>;

  it('exports every clip as a zip of valid AstroPaper posts', async () => {
    const a = await fresh();
    for (const path of PAGES) {
      const { popup, status } = await clipUrl(a, `${server.origin}${path}`);
      expect(status).toMatch(/^Saved/);
      await popup.close();
    }
    const popup = await a.openPopup(await a.openTab(`${server.origin}/e2e/homepage.html`));
    await clickReady(popup, '[data-testid=export-tag]');
    exported = zipEntries(await a.waitForDownload(/^newsclip-all.*\.zip$/, undefined, popup));
    expect(Object.keys(exported)).toHaveLength(4);
    for (const [name, content] of Object.entries(exported)) {
      expect(name).toMatch(/^blog\/[\p{Ll}\p{N}-]+\.md$/u);
      astroPaperFrontmatterSchema.parse(parsePost(content).frontmatter);
    }
  });

  it('imports that zip into a fresh profile and exports byte-identical files', async () => {
    const b = await fresh();
    const zipPath = path.resolve(b.downloadDir, '..', 'import.zip');
    const { zipSync, strToU8 } = await import('fflate');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      zipPath,
      zipSync(Object.fromEntries(Object.entries(exported).map(([n, c]) => [n, strToU8(c)]))),
    );
    const library = await openExtensionPage(b, 'library.html');
    await clickReady(library, '[data-testid=open-import]');
    const input = await library.waitForSelector('[data-testid=import-files]');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(zipPath);
    await library.waitForSelector('[data-testid=import-plan]');
    expect(await text(library, '[data-testid=import-plan] strong')).toMatch(/^4 clips ready/);
    await clickReady(library, '[data-testid=import-apply]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.startsWith('Imported'),
    );
    expect(await text(library, '[data-testid=notice]')).toMatch(
      /4 added, 0 replaced, 0 kept as copies, 0 skipped/,
    );
    await clickReady(library, '[data-testid=export-view]');
    const again = zipEntries(await b.waitForDownload(/^newsclip-all.*\.zip$/, undefined, library));
    expect(again).toEqual(exported);
  });

  it('names exported files by the pattern set on the options page, refusing a broken one', async () => {
    const b = harnesses[1]!;
    const options = await openExtensionPage(b, 'options.html');
    const field = await options.waitForSelector('[data-testid=filename-pattern]');
    await field!.type('{year}/{nme}');
    expect(await text(options, '[data-testid=filename-pattern-error]')).toBe('Unknown placeholder {nme}');
    expect(
      await options.$eval('[data-testid=filename-pattern]', (el) => el.getAttribute('aria-invalid')),
    ).toBe('true');
    await options.waitForSelector('p[role=status].error');
    for (let i = 0; i < '{nme}'.length; i++) await field!.press('Backspace');
    await field!.type('{slug}');
    expect(await text(options, '[data-testid=filename-pattern-example]')).toBe(
      'Example: blog/2026/wind-farm-approved.md',
    );
    await options.waitForFunction(() => document.querySelector('p[role=status]')?.textContent === 'Saved');

    for (const f of readdirSync(b.downloadDir)) rmSync(path.join(b.downloadDir, f));
    const library = await openExtensionPage(b, 'library.html');
    await clickReady(library, '[data-testid=export-view]');
    const named = zipEntries(await b.waitForDownload(/^newsclip-all.*\.zip$/, undefined, library));
    // Same posts, now in a folder per published year.
    const byYear = Object.fromEntries(
      Object.entries(exported).map(([name, content]) => {
        const year = /^pubDatetime: (\d{4})/m.exec(content)?.[1];
        return [name.replace(/^blog\//, `blog/${year}/`), content];
      }),
    );
    expect(named).toEqual(byYear);
  });

  it('backs up, deletes everything, and restores from the options page', async () => {
    const b = harnesses[1]!;
    const options = await openExtensionPage(b, 'options.html');
    expect(await options.$eval('[data-testid=options-open-library]', (a) => a.getAttribute('href'))).toMatch(
      /^chrome-extension:\/\/[a-p]+\/library\.html$/,
    );
    await options.waitForFunction(() =>
      document.querySelector('[data-testid=storage-used]')?.textContent?.startsWith('4 clips'),
    );
    await clickReady(options, '[data-testid=backup]');
    const backup = await b.waitForDownload(/^newsclip-backup.*\.json$/, undefined, options);
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toMatchObject({ format: 'newsclip-backup', version: 2 });
    await clickReady(options, '[data-testid=delete-everything]');
    await options.waitForFunction(() =>
      document.querySelector('[data-testid=storage-used]')?.textContent?.startsWith('0 clips'),
    );
    const restore = await options.$('[data-testid=restore]');
    await (restore as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(backup);
    await options.waitForFunction(() =>
      document.querySelector('[data-testid=storage-used]')?.textContent?.startsWith('4 clips'),
    );
    // A malformed file is refused with a message and changes nothing.
    const bad = path.resolve(b.downloadDir, '..', 'broken.json');
    (await import('node:fs')).writeFileSync(bad, '{"format": "newsclip-backup", "version": 1, "clips": [');
    await (restore as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(bad);
    await options.waitForSelector('p[role=status].error');
    expect(await text(options, '[data-testid=storage-used]')).toMatch(/^4 clips/);
  });
});
