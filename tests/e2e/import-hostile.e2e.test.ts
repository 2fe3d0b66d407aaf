import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasBomb, zerosZip } from '../unit/import/hostile-inputs';
import { launchWithExtension, type Harness } from './extension-harness';
import { clickReady, text, texts } from './popup-helpers';

let harness: Harness;
let library: Page;
let dir: string;

const post = (n: number, extra = '') =>
  `---\ntitle: Post ${n}\ncanonicalURL: https://a.example/${n}\n${extra}---\nBody ${n}\n`;

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  harness = await launchWithExtension();
  dir = path.resolve(harness.downloadDir, '..');
  library = await harness.browser.newPage();
  await library.goto(`chrome-extension://${harness.extension.id}/library.html`);
});
afterAll(async () => {
  await harness?.close();
});

async function pick(...files: [string, Uint8Array | string][]) {
  await clickReady(library, '[data-testid=open-import]');
  const input = await library.waitForSelector('[data-testid=import-files]');
  const paths = files.map(([name, data]) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    return file;
  });
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...paths);
}

async function notice(prefix: string): Promise<string> {
  await library.waitForFunction(
    (p) => document.querySelector('[data-testid=notice]')?.textContent?.startsWith(p),
    { timeout: 20_000 },
    prefix,
  );
  return text(library, '[data-testid=notice]');
}

describe('hostile imports', () => {
  it('names each bad file with its reason, imports the rest, and the library stays usable', async () => {
    await pick(
      // 300 entries of 18 MB of zeros: 5.4 GB inflated from ~6 MB.
      ['bomb.zip', zerosZip(300, 18 * 1024 * 1024, { 'inside.md': strToU8(post(0)) })],
      ['slip.zip', zipSync({ '../../evil.md': strToU8(post(1)), 'blog/good.md': strToU8(post(2)) })],
      ['alias.md', post(3, aliasBomb)],
      ['far.md', post(4, 'pubDatetime: 9999-12-31T00:00:00Z\n')],
      ['ok.md', post(5)],
    );
    await library.waitForSelector('[data-testid=import-plan]', { timeout: 30_000 });
    expect(await text(library, '[data-testid=import-plan] strong')).toMatch(/^3 clips ready/);
    const errors = await texts(library, '[data-testid=import-errors] li');
    expect(errors).toEqual([
      'bomb.zip — It inflates more than 200 times its compressed size (a zip bomb?): nothing in it was imported',
      'slip.zip/../../evil.md — Skipped: its path leads out of the folder (..)',
      expect.stringMatching(/^alias\.md:2 — The frontmatter could not be read \(.*alias/),
    ]);
    await library.screenshot({ path: 'test-results/import-hostile.png' });
    await clickReady(library, '[data-testid=import-apply]');
    expect(await notice('Imported')).toMatch(/3 added/);
    await library.waitForFunction(() => document.querySelectorAll('[data-testid=library-row]').length === 3);
    expect((await texts(library, '[data-testid=library-row]')).join('\n')).toMatch(/Post 4/);
    await clickReady(library, '[data-testid=library-row]');
    await library.waitForSelector('[data-testid=editor-title]');
  });

  it('reads in a worker with progress; Cancel stops it and stores nothing', async () => {
    await library.reload();
    await library.waitForFunction(() => document.querySelectorAll('[data-testid=library-row]').length === 3);
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 90_000; i++) files[`blog/p${i}.md`] = strToU8(post(1000 + i, 'tags: [a, b]\n'));
    await pick(['many.zip', zipSync(files, { level: 1 })]);
    await library.waitForSelector('[data-testid=import-progress]');
    // The page answers while the worker reads.
    const started = Date.now();
    await library.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await text(library, '[data-testid=import-progress]')).toMatch(/Reading: \d+ files read \(\d+%\)/);
    await library.screenshot({ path: 'test-results/import-progress.png' });
    await clickReady(library, '[data-testid=import-cancel]');
    expect(await notice('Import cancelled')).toMatch(/^Import cancelled: nothing was stored/);
    expect(await library.$('[data-testid=import-dialog]')).toBeNull();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await library.$$eval('[data-testid=library-row]', (rows) => rows.length)).toBe(3);
  });
});
