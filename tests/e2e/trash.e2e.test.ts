import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchWithExtension, type Harness } from './extension-harness';
import { startFixtureServer } from './fixture-server';
import { clickReady, clipUrl, text, texts } from './popup-helpers';

let harness: Harness;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let library: Page;
/** What the next confirm() dialog is answered, and the messages of those shown. */
let answer = false;
const dialogs: string[] = [];

const FERRY = 'Ferry timetable changes from Monday';
const rows = () => texts(library, '[data-testid=library-row] .clip-title');
const waitCount = (selector: string, n: number) =>
  library.waitForFunction((sel, count) => document.querySelectorAll(sel).length === count, {}, selector, n);
const waitRows = (n: number) => waitCount('[data-testid=library-row]', n);
const waitSideCount = (key: string, count: string) =>
  library.waitForFunction(
    (k, c) => document.querySelector(`[data-testid="side-${k}"] .count`)?.textContent === c,
    {},
    key,
    count,
  );

/** Opens the library in a new tab, as the popup's "Open library" does, answering dialogs with `answer`. */
async function openLibrary(): Promise<Page> {
  const page = await harness.browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    // A closing tab can take its dialog with it; that race is harmless.
    void (answer ? dialog.accept() : dialog.dismiss()).catch(() => undefined);
  });
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${harness.extension.id}/library.html`);
  return page;
}

beforeAll(async () => {
  server = await startFixtureServer();
  harness = await launchWithExtension();
  for (const path of [
    '/e2e/ferry-article.html',
    '/news/article-library-hours.html',
    '/news/article-radwege.html',
  ]) {
    const { popup, status } = await clipUrl(harness, `${server.origin}${path}`);
    expect(status).toMatch(/^Saved/);
    await popup.close();
  }
  library = await openLibrary();
  await waitRows(3);
});
afterAll(async () => {
  await harness?.close();
  await server?.close();
});

describe('trash in Chromium', () => {
  it('a clip deleted in the library survives closing it, and comes back from the Trash, searchable', async () => {
    const index = (await rows()).indexOf(FERRY);
    await clickReady(library, `[data-testid=library-row]:nth-child(${index + 1}) input[type=checkbox]`);
    await clickReady(library, '[data-testid=bulk-delete]');
    await waitRows(2);
    expect(await rows()).not.toContain(FERRY);
    expect(dialogs).toEqual([]); // one clip: Undo, no question
    await waitSideCount('trash', '1');

    await library.close();
    library = await openLibrary();
    await waitRows(2);
    await waitSideCount('trash', '1');
    await clickReady(library, '[data-testid=side-trash]');
    await waitCount('[data-testid=trash-row]', 1);
    expect(await text(library, '[data-testid=trash-row] .clip-title')).toBe(FERRY);
    await clickReady(library, '[data-testid=trash-restore]');
    await waitCount('[data-testid=trash-row]', 0);
    expect(await text(library, '[data-testid=notice]')).toContain(`Restored “${FERRY}”`);
    await waitSideCount('trash', '0');

    await clickReady(library, '[data-testid=side-all]');
    await waitRows(3);
    await library.type('[data-testid=search]', 'timetable');
    await waitRows(1);
    expect(await rows()).toEqual([FERRY]);
    await library.click('[data-testid=search]', { count: 3 });
    await library.keyboard.press('Backspace');
    await waitRows(3);
  });

  it('bulk delete asks first, naming the count; no keeps the clips, yes moves them to the Trash', async () => {
    await clickReady(library, '[data-testid=library-row]:nth-child(1) input[type=checkbox]');
    await clickReady(library, '[data-testid=library-row]:nth-child(2) input[type=checkbox]');
    answer = false;
    await clickReady(library, '[data-testid=bulk-delete]');
    await vi.waitFor(() => expect(dialogs).toEqual(['Move the 2 selected clips to the trash?']));
    expect((await rows()).length).toBe(3);
    await waitSideCount('trash', '0');

    answer = true;
    await clickReady(library, '[data-testid=bulk-delete]');
    await vi.waitFor(() => expect(dialogs).toHaveLength(2));
    await waitRows(1);
    expect(await text(library, '[data-testid=notice]')).toMatch(/Deleted 2 clips/);
    await waitSideCount('trash', '2');

    await clickReady(library, '[data-testid=side-trash]');
    await waitCount('[data-testid=trash-row]', 2);
    await clickReady(library, '[data-testid=empty-trash]');
    await waitCount('[data-testid=trash-row]', 0);
    expect(dialogs.at(-1)).toMatch(/Delete the 2 clips in the trash for good/);
    await waitSideCount('trash', '0');
  });

  it('says how many records were kept aside, and the library still shows the rest', async () => {
    // A record the v5 upgrade kept aside, written straight into the extension's database.
    await library.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('newsclip');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('quarantine', 'readwrite');
            tx.objectStore('quarantine').add({ id: 9, record: { id: 9 }, reason: 'no title', at: '' });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await library.reload();
    expect(await text(library, '[data-testid=kept-aside]')).toContain(
      '1 clip could not be read — kept aside',
    );
    await waitRows(1);
  });
});
