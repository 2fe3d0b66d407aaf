import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePost } from '../../utils/export/parse-post';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { clickReady, clipUrl, text, texts } from './popup-helpers';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let harness: Harness;

beforeAll(async () => {
  server = await startFixtureServer();
  harness = await launchWithExtension();
});
afterAll(async () => {
  await harness?.close();
  await server?.close();
});

async function openExtensionPage(page: string): Promise<Page> {
  const tab = await harness.browser.newPage();
  // The import asks before replacing the user's own template: yes.
  tab.on('dialog', (d) => void d.accept());
  await tab.goto(`chrome-extension://${harness.extension.id}/${page}`);
  return tab;
}

/** Replaces a field's text the way a user does: select all, type. */
async function retype(page: Page, selector: string, value: string): Promise<void> {
  const field = (await page.waitForSelector(selector)) as ElementHandle<HTMLInputElement>;
  await field.click({ clickCount: 3 });
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await field.type(value);
}

const preview = (page: Page) => page.$eval('[data-testid=tpl-preview]', (el) => el.textContent ?? '');

describe('a user template', () => {
  let json = '';

  it('is edited on the options page, checked with positions and previewed on a stored clip', async () => {
    const { popup, status } = await clipUrl(harness, `${server.origin}/news/article-ferry-vote.html`);
    expect(status).toMatch(/^Saved/);
    await popup.close();

    const options = await openExtensionPage('options.html');
    await options.waitForSelector('[data-testid=template-editor]');
    await options.waitForFunction(() =>
      document.querySelector('[data-testid=tpl-preview]')?.textContent?.includes('title:'),
    );

    await retype(options, '[data-testid=tpl-value-0]', '{{ titel }}');
    expect(await texts(options, '[data-testid=tpl-problem]')).toEqual([
      'title: Unknown variable “titel” at line 1, column 4',
    ]);
    expect(await text(options, '[data-testid=tpl-state]')).toBe('Not saved: fix the problems shown');

    await retype(options, '[data-testid=tpl-value-0]', '{{ title | upper }}');
    await retype(options, '[data-testid=tpl-name]', 'Ledger notes');
    await clickReady(options, '[data-testid=tpl-add-key]');
    await retype(options, '[data-testid=tpl-key-6]', 'words');
    await retype(options, '[data-testid=tpl-value-6]', '{{wordCount}}');
    await retype(options, '[data-testid=tpl-filename]', '{{ date | date:"YYYY" }}/{{slug}}.md');
    // The new key first: moved up to the top with the arrows.
    for (let i = 6; i > 0; i--)
      await clickReady(options, `[data-testid=tpl-key-row]:nth-child(${i + 1}) button[title="Move up"]`);
    await retype(options, '[data-testid=tpl-body]', '> From {{site}}\n\n{{content}}');

    await options.waitForFunction(() =>
      document.querySelector('[data-testid=tpl-preview]')?.textContent?.includes('HARBOR COUNCIL VOTES'),
    );
    const post = parsePost(await preview(options));
    expect(Object.keys(post.frontmatter)[0]).toBe('words');
    expect(post.frontmatter.words).toEqual(expect.any(Number));
    expect(post.body).toMatch(/^> From The Lakeside Ledger\n\n/);
    expect(await text(options, '[data-testid=tpl-preview-filename]')).toMatch(
      /^posts\/2024\/[\p{Ll}\p{N}-]+\.md$/u,
    );
    expect(await texts(options, '[data-testid=tpl-problem]')).toEqual([]);
    await options.$eval('[data-testid=tpl-docs]', (el) => ((el as HTMLDetailsElement).open = true));
    await options.setViewport({ width: 900, height: 900 });
    const editor = await options.$('[data-testid=template-editor]');
    await editor!.screenshot({ path: 'test-results/options-template-editor.png' });
    // The variables are documented next to the editor, from the checker's own table.
    expect(await texts(options, '[data-testid=tpl-docs] code')).toContain('{{wordCount}}');
  });

  it('is exported as JSON and imported back, a broken file refused without loss', async () => {
    const options = await openExtensionPage('options.html');
    await clickReady(options, '[data-testid=tpl-export]');
    const file = await harness.waitForDownload(/^newsclip-template-Ledger-notes\.json$/, undefined, options);
    json = readFileSync(file, 'utf8');
    expect(JSON.parse(json)).toMatchObject({ newsclipTemplate: 1, template: { name: 'Ledger notes' } });

    const broken = path.resolve(harness.downloadDir, '..', 'broken-template.json');
    writeFileSync(broken, json.replace('{{wordCount}}', '{{wordcount}}'));
    const input = (await options.waitForSelector(
      '[data-testid=tpl-import]',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(broken);
    await options.waitForFunction(() =>
      document.querySelector('p[role=status].error')?.textContent?.includes('not a Newsclip template'),
    );
    expect(await options.$eval('[data-testid=tpl-name]', (el) => (el as HTMLInputElement).value)).toBe(
      'Ledger notes',
    );

    // Changed here, then the shared file brings the exported one back (after the confirmation).
    await clickReady(options, '[data-testid=tpl-remove-0]');
    await options.waitForFunction(() => document.querySelectorAll('[data-testid=tpl-key-row]').length === 6);
    await input.uploadFile(file);
    await options.waitForFunction(
      () => document.querySelector('p[role=status]')?.textContent === 'Template “Ledger notes” imported',
    );
    expect(await options.$$eval('[data-testid=tpl-key-row]', (rows) => rows.length)).toBe(7);
    expect(await options.$eval('[data-testid=tpl-key-0]', (el) => (el as HTMLInputElement).value)).toBe(
      'words',
    );
  });

  it('is chosen as the export profile and shapes the exported files', async () => {
    const options = await openExtensionPage('options.html');
    await options.waitForSelector('[data-testid=profile]');
    await options.select('[data-testid=profile]', 'template');
    await options.waitForFunction(() => document.querySelector('p[role=status]')?.textContent === 'Saved');
    // The general file-name pattern gives way to the template's own.
    expect(await options.$('[data-testid=filename-pattern]')).toBeNull();

    const library = await openExtensionPage('library.html');
    await clickReady(library, '[data-testid=export-view]');
    const zip = await harness.waitForDownload(/^newsclip-all.*\.zip$/, undefined, library);
    const files = Object.entries(unzipSync(readFileSync(zip))).map(
      ([name, bytes]) => [name, strFromU8(bytes)] as const,
    );
    expect(files).toHaveLength(1);
    const [name, content] = files[0]!;
    expect(name).toMatch(/^posts\/\d{4}\/[\p{Ll}\p{N}-]+\.md$/u);
    const { frontmatter, body } = parsePost(content);
    expect(Object.keys(frontmatter)).toEqual([
      'words',
      'title',
      'author',
      'pubDatetime',
      'description',
      'tags',
      'source',
    ]);
    expect(String(frontmatter.title)).toMatch(/^HARBOR COUNCIL VOTES/);
    expect(frontmatter.tags).toEqual(expect.any(Array));
    expect(body).toMatch(/^> From The Lakeside Ledger\n\n/);
    expect(JSON.parse(json).template.keys).toHaveLength(7);
  });
});
