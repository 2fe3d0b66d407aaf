import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePost } from '../../utils/export/parse-post';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { clickClosing, clickReady, clipUrl, text, texts } from './popup-helpers';

let harness: Harness;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let library: Page;

const rows = () => texts(library, '[data-testid=library-row] .clip-title');
const rowCount = () => library.$$eval('[data-testid=library-row]', (r) => r.length);
const waitRows = (n: number) =>
  library.waitForFunction(
    (count) => document.querySelectorAll('[data-testid=library-row]').length === count,
    {},
    n,
  );
/** Clicks the n-th rendered row (fresh handle each time: the virtual list re-renders rows). */
async function clickRow(index: number): Promise<void> {
  const row = await library.waitForSelector(`[data-testid=library-row]:nth-child(${index + 1})`);
  await row!.click();
}
/** Waits until the editor shows the clip titled `title` (it re-renders when another clip opens). */
const waitEditorTitle = (title: string) =>
  library.waitForFunction(
    (t) => (document.querySelector('[data-testid=editor-title]') as HTMLInputElement | null)?.value === t,
    {},
    title,
  );
const sideCount = (key: string) => text(library, `[data-testid="side-${key}"] .count`);

beforeAll(async () => {
  server = await startFixtureServer();
  harness = await launchWithExtension();
  // These clips are tagged as they are saved: the user chose "apply the top 3" on the options page.
  const options = await harness.browser.newPage();
  await options.goto(`chrome-extension://${harness.extension.id}/options.html`);
  await options.select('[data-testid=tag-mode]', 'apply');
  await options.waitForFunction(() => document.querySelector('p[role=status]')?.textContent === 'Saved');
  expect(await options.$eval('[data-testid=apply-tag-count]', (el) => (el as HTMLInputElement).value)).toBe(
    '3',
  );
  await options.close();
  for (const path of [
    '/e2e/hostile-article.html',
    '/e2e/ferry-article.html',
    '/news/article-ferry-vote.html',
    '/news/article-library-hours.html',
    '/news/article-radwege.html',
  ]) {
    const { popup, status } = await clipUrl(harness, `${server.origin}${path}`);
    expect(status).toMatch(/^Saved/);
    await popup.close();
  }
  // Open the library the way a user does: from the popup.
  const page = await harness.openTab(`${server.origin}/e2e/homepage.html`);
  const popup = await harness.openPopup(page);
  const opened = harness.browser.waitForTarget((t) => t.url().includes('/library.html'));
  library = (await (await clickClosing(popup, '[data-testid=open-library]', opened)).asPage())!;
  library.on('dialog', (d) => void d.accept());
  await library.setViewport({ width: 1280, height: 800 });
  await waitRows(5);
});
afterAll(async () => {
  await harness?.close();
  await server?.close();
});

describe('library page in Chromium', () => {
  it('lists every clip newest first with tag counts', async () => {
    expect(await rows()).toEqual([
      'Stadt plant zwölf Kilometer neue Radwege bis 2026',
      'Library hours restored after county budget deal',
      expect.stringContaining('Harbor council votes 7–2'),
      'Ferry timetable changes from Monday',
      expect.stringContaining('Harbour Council Votes'),
    ]);
    expect(await sideCount('all')).toBe('5');
    expect(await sideCount('tag-local politics')).toBe('2');
    mkdirSync('test-results', { recursive: true });
    await library.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await clickReady(library, '[data-testid=library-row]');
    await library.waitForSelector('[data-testid=reading-view] p');
    await library.screenshot({ path: 'test-results/library-light.png' });
    await library.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await library.screenshot({ path: 'test-results/library-dark.png' });
    await library.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  });

  it('is readable at 900 px: the tag sidebar folds, the list gets the room, tags under the title (#17)', async () => {
    await library.setViewport({ width: 900, height: 800 });
    const listWidth = () => library.$eval('.list-pane', (el) => el.getBoundingClientRect().width);
    const open = await listWidth();
    expect(open).toBeGreaterThanOrEqual(360);
    await clickReady(library, '[data-testid=toggle-tags][aria-expanded=true]');
    await library.waitForSelector('[data-testid=toggle-tags][aria-expanded=false]');
    expect(await library.$('[data-testid=side-all]')).toBeNull();
    expect(await listWidth()).toBeGreaterThan(open + 60);
    // A row's tags are on their own line, under the title, which has the row's width.
    const row = await library.$eval('[data-testid=library-row]:has(.clip-tags)', (el) => {
      const box = (selector: string) => el.querySelector(selector)!.getBoundingClientRect();
      return {
        titleBottom: box('.clip-title').bottom,
        titleWidth: box('.clip-title').width,
        tagsTop: box('.clip-tags').top,
        textWidth: box('.row-text').width,
      };
    });
    expect(row.tagsTop).toBeGreaterThanOrEqual(row.titleBottom);
    expect(row.titleWidth).toBe(row.textWidth);
    await library.screenshot({ path: 'test-results/library-900-folded.png' });
    // Kept for the next visit, then opened again.
    expect(await library.evaluate(() => localStorage.getItem('newsclip:tag-sidebar-open'))).toBe('0');
    await clickReady(library, '[data-testid=toggle-tags]');
    await library.waitForSelector('[data-testid=side-all]');
    await library.setViewport({ width: 1280, height: 800 });
  });

  it('tagged each clip with its top 3 keywords (apply mode) and suggests the rest', async () => {
    // article-ferry-vote: keywords ferry, transit, city council, wren point; its section "Local News" is none.
    for (const tag of ['ferry', 'transit', 'city council'])
      await library.waitForSelector(`[data-testid="side-tag-${tag}"]`);
    expect(await library.$('[data-testid="side-tag-wren point"]')).toBeNull();
    expect(await library.$('[data-testid="side-tag-local news"]')).toBeNull();
    await clickReady(library, '[data-testid="side-tag-transit"]');
    await waitRows(1);
    await clickRow(0);
    // The editor may still show the clip opened before: wait for this one, then read its suggestions.
    await waitEditorTitle(
      'Harbor council votes 7–2: "We can\'t wait another winter" as #FerryNow plan moves ahead',
    );
    await library.waitForSelector('[data-testid=tag-suggestion]');
    expect(await texts(library, '[data-testid=tag-suggestion]')).toEqual(['+wren point']);
    await clickReady(library, '[data-testid=side-all]');
    await waitRows(5);
  });

  it('searches titles, bodies and tags as you type, highlighting matches, combined with the tag filter', async () => {
    await library.type('[data-testid=search]', 'turbin');
    await waitRows(1);
    expect(await rows()).toEqual([expect.stringContaining('Harbour Council Votes')]);
    await library.click('[data-testid=search]', { count: 3 });
    await library.type('[data-testid=search]', 'ferry');
    await waitRows(2);
    expect(await texts(library, '[data-testid=library-row] mark')).toEqual(expect.arrayContaining(['Ferry']));
    await clickReady(library, '[data-testid="side-tag-local politics"]');
    await waitRows(1);
    expect(await rows()).toEqual(['Ferry timetable changes from Monday']);
    await library.click('[data-testid=search]', { count: 3 });
    await library.keyboard.press('Backspace');
    await clickReady(library, '[data-testid=side-all]');
    await waitRows(5);
  });

  it('renames, merges and deletes tags; the clips stay', async () => {
    await clickReady(library, '[data-testid="side-tag-local politics"]');
    await library.type('[data-testid=rename-tag]', 'Council Affairs\n');
    await library.waitForSelector('[data-testid="side-tag-council affairs"]');
    expect(await sideCount('tag-council affairs')).toBe('2');
    expect(await library.$('[data-testid="side-tag-local politics"]')).toBeNull();
    await clickReady(library, '[data-testid="side-tag-transport"]');
    await library.select('[data-testid=merge-tag]', 'council affairs');
    await clickReady(library, '[data-testid=tag-actions] form:nth-of-type(2) button[type=submit]');
    await library.waitForFunction(() => !document.querySelector('[data-testid="side-tag-transport"]'));
    expect(await sideCount('tag-council affairs')).toBe('2');
    await clickReady(library, '[data-testid="side-tag-energy"]');
    await clickReady(library, '[data-testid=delete-tag]');
    await library.waitForFunction(() => !document.querySelector('[data-testid="side-tag-energy"]'));
    expect(await sideCount('all')).toBe('5');
    await clickReady(library, '[data-testid=side-all]');
    await waitRows(5);
  });

  it('filters tags, opens a tag’s actions under it, asks before a rename merges, and undoes it (#17)', async () => {
    const sideTags = () =>
      library.$$eval('.tag-sidebar [data-testid^="side-tag-"]', (els) =>
        els.map((el) => el.getAttribute('data-testid')!.slice('side-tag-'.length)),
      );
    const all = await sideTags();
    expect(all.length).toBeGreaterThan(2);
    // The filter box: any case, part of a word.
    const part = all[0]!.slice(1, 4).toUpperCase();
    await library.type('[data-testid=tag-filter]', part);
    await library.waitForFunction(
      (n) => document.querySelectorAll('[data-testid^="side-tag-"]').length < n,
      {},
      all.length,
    );
    for (const tag of await sideTags()) expect(tag.toUpperCase()).toContain(part);
    await library.click('[data-testid=tag-filter]', { count: 3 });
    await library.keyboard.press('Backspace');
    await library.waitForFunction(
      (n) => document.querySelectorAll('[data-testid^="side-tag-"]').length === n,
      {},
      all.length,
    );

    // The actions open right under the tag clicked, however long the list.
    const [from, onto] = [all.at(-1)!, all[0]!];
    const countOf = async (tag: string) => Number(await sideCount(`tag-${tag}`));
    const [fromCount, ontoCount] = [await countOf(from), await countOf(onto)];
    await clickReady(library, `[data-testid="side-tag-${from}"]`);
    expect(
      await library.$eval(`[data-testid="side-tag-${from}"]`, (el) =>
        el.parentElement!.nextElementSibling?.getAttribute('data-testid'),
      ),
    ).toBe('tag-actions');

    // Renaming onto a tag that exists is a merge: asked first (this page accepts every dialog).
    const asked: string[] = [];
    const listen = (d: { message(): string }) => void asked.push(d.message());
    library.on('dialog', listen);
    await library.type('[data-testid=rename-tag]', `${onto}\n`);
    await library.waitForFunction(
      (tag) => !document.querySelector(`[data-testid="side-tag-${tag}"]`),
      {},
      from,
    );
    library.off('dialog', listen);
    expect(asked).toEqual([`“${onto}” already exists: merge “${from}” into it? Its clips get “${onto}”.`]);
    expect(await countOf(onto)).toBeGreaterThanOrEqual(ontoCount);

    // Undo: both tags as they were, on the same clips.
    await clickReady(library, '[data-testid=notice-action]');
    await library.waitForSelector(`[data-testid="side-tag-${from}"]`);
    expect(await countOf(from)).toBe(fromCount);
    expect(await countOf(onto)).toBe(ontoCount);
    await clickReady(library, '[data-testid=side-all]');
    await waitRows(5);
  });

  it('bulk-tags and publishes a shift-click selection', async () => {
    await clickReady(library, '[data-testid=library-row]:nth-child(1) input[type=checkbox]');
    await library.keyboard.down('Shift');
    await clickReady(library, '[data-testid=library-row]:nth-child(3) input[type=checkbox]');
    await library.keyboard.up('Shift');
    expect(await text(library, '[data-testid=bulk-bar] strong')).toMatch(/3/);
    await library.type('[data-testid=bulk-tag]', 'weekly');
    await clickReady(library, '[data-testid=bulk-add-tag]');
    await library.waitForSelector('[data-testid="side-tag-weekly"]');
    expect(await sideCount('tag-weekly')).toBe('3');
    await clickReady(library, '[data-testid=bulk-publish]');
    await library.waitForFunction(
      () => document.querySelector('[data-testid="side-drafts"] .count')?.textContent === '2',
    );
  });

  it('shows a validation error inline, then saves the fix', async () => {
    await clickReady(library, '[data-testid=side-all]');
    await waitRows(5);
    await clickRow(1);
    await waitEditorTitle('Library hours restored after county budget deal');
    await library.click('[data-testid=editor-title]', { count: 3 });
    await library.keyboard.press('Backspace');
    await clickReady(library, '[data-testid=editor-save]');
    expect(await text(library, '[data-testid=error-title]')).toMatch(/required/i);
    await library.type('[data-testid=editor-title]', 'Library hours are back');
    await clickReady(library, '[data-testid=editor-save]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.includes('saved'),
    );
    expect(await rows()).toContain('Library hours are back');
  });

  it('saves edits by itself: after a pause, when another clip opens, and keeps an invalid one for later', async () => {
    const value = (field: string) =>
      library.$eval(`[data-testid=editor-${field}]`, (el) => (el as HTMLInputElement).value);
    const status = (expected: string) =>
      library.waitForFunction(
        (s) => document.querySelector('[data-testid=autosave-status]')?.textContent === s,
        {},
        expected,
      );
    await clickReady(library, '[data-testid=side-all]');
    await waitRows(5);
    const ferry = 'Ferry timetable changes from Monday';
    const index = (await rows()).indexOf(ferry);
    const other = (await rows()).find((r) => r !== ferry)!;
    await clickRow(index);
    await waitEditorTitle(ferry);

    // A pause: saved, and the form says so. The field no longer claims where its value came from.
    const descriptionSource = () =>
      library.$$eval('label:has([data-testid=editor-description]) .source-note', (els) => els.length);
    expect(await descriptionSource()).toBe(1);
    await library.type('[data-testid=editor-description]', ' Extra sailings');
    await status('All changes saved');
    expect(await descriptionSource()).toBe(0);

    // Another clip opened right after a change (no pause): the change is saved on the way.
    await library.type('[data-testid=editor-author]', ' Jr');
    await clickRow((await rows()).indexOf(other));
    await waitEditorTitle(other);
    await clickRow((await rows()).indexOf(ferry));
    await waitEditorTitle(ferry);
    expect(await value('author')).toContain(' Jr');
    expect(await value('description')).toContain(' Extra sailings');

    // Undo: the clip as it was when the form opened, saved.
    const before = await value('description');
    await library.type('[data-testid=editor-description]', ' Undo me');
    await status('All changes saved');
    await clickReady(library, '[data-testid=editor-undo]');
    await library.waitForFunction(
      (d) => (document.querySelector('[data-testid=editor-description]') as HTMLTextAreaElement).value === d,
      {},
      before,
    );
    await status('All changes saved');

    // An edit that can't be saved (no title) is not lost by opening another clip: kept, said, restored.
    await library.click('[data-testid=editor-title]', { count: 3 });
    await library.keyboard.press('Backspace');
    expect(await text(library, '[data-testid=error-title]')).toMatch(/required/i);
    await clickRow((await rows()).indexOf(other));
    await waitEditorTitle(other);
    expect(await text(library, '[data-testid=notice]')).toMatch(/not saved.*kept/);
    await clickRow((await rows()).indexOf(ferry));
    await library.waitForSelector('[data-testid=error-title]');
    expect(await value('title')).toBe('');
    await library.type('[data-testid=editor-title]', 'Ferry timetable changes');
    await status('All changes saved');

    // Everything above is stored: a fresh library shows it.
    await library.reload();
    await waitRows(5);
    await clickRow((await rows()).indexOf('Ferry timetable changes'));
    await waitEditorTitle('Ferry timetable changes');
    expect(await value('description')).toBe(before);
    expect(await value('author')).toContain(' Jr');
  });

  it('downloads the open clip as its .md file, with an edit not saved yet', async () => {
    await clickRow((await rows()).indexOf('Ferry timetable changes'));
    await waitEditorTitle('Ferry timetable changes');
    await library.type('[data-testid=editor-title]', ' tonight');
    await clickReady(library, '[data-testid=export-md]');
    const file = await harness.waitForDownload(/^ferry-timetable-changes.*\.md$/, 20_000, library);
    const { frontmatter } = parsePost(readFileSync(file, 'utf8'));
    expect(frontmatter.title).toBe('Ferry timetable changes tonight');
    expect(await text(library, '[data-testid=notice]')).toMatch(/\.md/);
  });

  it('works from the keyboard alone: / search, arrows, Enter, e, Delete and undo', async () => {
    await library.keyboard.press('Escape');
    await library.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await library.keyboard.press('/');
    expect(await library.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search');
    await library.keyboard.type('radwege');
    await waitRows(1);
    await library.keyboard.press('Escape');
    expect(await library.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'clip-table',
    );
    await library.keyboard.press('Enter');
    await waitEditorTitle('Stadt plant zwölf Kilometer neue Radwege bis 2026');
    await library.focus('[data-testid=clip-table]');
    await library.keyboard.press('e');
    await library.waitForFunction(() => document.activeElement?.id === 'editor-tag-input');
    await library.focus('[data-testid=clip-table]');
    await library.keyboard.press('Delete');
    await waitRows(0);
    expect(await text(library, '[data-testid=notice]')).toMatch(/Deleted 1/);
    await clickReady(library, '[data-testid=undo]');
    await waitRows(1);
    expect(await rowCount()).toBe(1);
  });

  it('a dialog holds the keyboard: nothing behind it takes Delete or /, Escape closes it, focus comes back', async () => {
    const before = await rowCount();
    await clickReady(library, '[data-testid=open-links]');
    await library.waitForSelector('[data-testid=links-dialog]');
    const focusIn = () =>
      library.evaluate(() =>
        document.activeElement?.closest('[data-testid=links-dialog]')
          ? 'dialog'
          : document.activeElement?.tagName,
      );
    // The dialog took the focus; the list behind it can't (it is inert while the dialog is open).
    expect(await focusIn()).toBe('dialog');
    await library.evaluate(() => (document.querySelector('[data-testid=clip-table]') as HTMLElement).focus());
    expect(await focusIn()).toBe('dialog');
    await library.keyboard.press('/');
    expect(await focusIn()).toBe('dialog');
    await library.keyboard.press('Delete');
    // Typed links are not dropped by a stray Escape: it asks first (this page's dialogs are accepted).
    await library.keyboard.press('Escape');
    await library.waitForFunction(() => !document.querySelector('[data-testid=links-dialog]'));
    expect(await library.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'open-links',
    );
    expect(await rowCount()).toBe(before);
  });

  it('says an export holds drafts the blog will not show, and marks them ready in one click (#17)', async () => {
    await clickReady(library, '[data-testid=side-all]');
    await library.click('[data-testid=search]', { count: 3 });
    await library.keyboard.press('Backspace');
    await clickReady(library, '[data-testid=side-drafts]');
    const drafts = Number(await sideCount('drafts'));
    expect(drafts).toBeGreaterThan(0);
    await clickReady(library, '[data-testid=export-view]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.includes('drafts'),
    );
    expect(await text(library, '[data-testid=notice]')).toContain(
      `${drafts} of them ${drafts === 1 ? 'is a draft' : 'are drafts'}`,
    );
    await harness.waitForDownload(/drafts.*\.zip$/, 20_000, library);
    await clickReady(library, '[data-testid=notice-action]');
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.startsWith('Marked'),
    );
    await library.waitForFunction(
      () => document.querySelector('[data-testid="side-drafts"] .count')?.textContent === '0',
    );
  });

  it('takes a published date in the user’s zone; the exported post carries it (#17)', async () => {
    await clickReady(library, '[data-testid=side-all]');
    await clickRow(0);
    await library.waitForSelector('[data-testid=editor-published]');
    const title = await library.$eval('[data-testid=editor-title]', (el) => (el as HTMLInputElement).value);
    await library.$eval(
      '[data-testid=editor-published]',
      (el, value) => {
        // As the browser's picker does: React hears the native value setter's input event.
        const input = el as HTMLInputElement;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      '2001-02-03T04:05',
    );
    await library.waitForFunction(
      () => document.querySelector('[data-testid=autosave-status]')?.textContent === 'All changes saved',
    );
    await clickReady(library, '[data-testid=export-md]');
    const slug = await library.$eval('[data-testid=editor-slug]', (el) => (el as HTMLInputElement).value);
    const file = await harness.waitForDownload(new RegExp(`^${slug}.*\\.md$`), 20_000, library);
    const { frontmatter } = parsePost(readFileSync(file, 'utf8'));
    expect(frontmatter.title).toBe(title);
    // Chromium and this test share the machine's zone: the same local time is the same instant.
    expect(frontmatter.pubDatetime).toBe(new Date('2001-02-03T04:05').toISOString().replace('.000', ''));
  });

  it('edits every frontmatter field: slug (one taken refused), modified time, address, image, authors as a list (#17)', async () => {
    const value = (field: string) =>
      library.$eval(`[data-testid=editor-${field}]`, (el) => (el as HTMLInputElement).value);
    const saved = () =>
      library.waitForFunction(
        () => document.querySelector('[data-testid=autosave-status]')?.textContent === 'All changes saved',
      );
    const replace = async (field: string, text: string) => {
      await library.click(`[data-testid=editor-${field}]`, { count: 3 });
      await library.keyboard.press('Backspace');
      await library.type(`[data-testid=editor-${field}]`, text);
    };
    await clickReady(library, '[data-testid=side-all]');
    const [title, otherTitle] = await rows();
    await clickRow(1);
    await waitEditorTitle(otherTitle!);
    const taken = { slug: await value('slug'), url: await value('canonical') };
    await clickRow(0);
    await waitEditorTitle(title!);

    // Another clip's slug or address: said at once, and nothing is saved while it holds.
    await replace('slug', taken.slug);
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=error-slug]')?.textContent?.startsWith('Another clip'),
    );
    await replace('canonical', taken.url);
    await library.waitForFunction(() =>
      document.querySelector('[data-testid=error-canonicalURL]')?.textContent?.startsWith('Another clip'),
    );
    await replace('slug', 'my-own-slug');
    await replace('canonical', 'https://news.example/2026/fixed-address');
    await replace('ogimage', 'not an address');
    await library.waitForSelector('[data-testid=error-ogImage]');
    await replace('ogimage', 'https://news.example/lead.jpg');
    // A second author, added as a row of its own.
    await clickReady(library, '[data-testid=add-author]');
    const authorInputs = await library.$$('[data-testid=editor-author]');
    await authorInputs.at(-1)!.type('Ada Lovelace');
    await library.$eval(
      '[data-testid=editor-modified]',
      (el, v) => {
        const input = el as HTMLInputElement;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      '2026-02-03T04:05',
    );
    await saved();
    // The headline changes; the slug the user chose stays.
    await library.type('[data-testid=editor-title]', ' (edited)');
    await saved();
    expect(await value('slug')).toBe('my-own-slug');

    await library.reload();
    await waitRows(5);
    await clickRow((await rows()).indexOf(`${title} (edited)`));
    await waitEditorTitle(`${title} (edited)`);
    expect(await value('slug')).toBe('my-own-slug');
    expect(await value('canonical')).toBe('https://news.example/2026/fixed-address');
    await clickReady(library, '[data-testid=export-md]');
    const file = await harness.waitForDownload(/^my-own-slug\.md$/, 20_000, library);
    const { frontmatter } = parsePost(readFileSync(file, 'utf8'));
    expect(frontmatter).toMatchObject({
      slug: 'my-own-slug',
      canonicalURL: 'https://news.example/2026/fixed-address',
      ogImage: 'https://news.example/lead.jpg',
      modDatetime: new Date('2026-02-03T04:05').toISOString().replace('.000', ''),
    });
    expect(String(frontmatter.author)).toMatch(/, Ada Lovelace$/);
  });
});
