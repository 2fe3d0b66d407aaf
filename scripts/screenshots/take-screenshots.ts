/**
 * Screenshots of the popup, the library (900 and 1280 px wide) and a dialog over it, light and dark, in
 * English and Chinese, for looking at the layout (`npm run screenshots`, after `wxt build`). Each language
 * gets a browser of its own with a few clips made from the fixture pages through the real extension. Written to
 * test-results/screenshots/<lang>-<scheme>-<view>.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, type Harness } from '../../tests/e2e/extension-harness';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import { clickReady, clipUrl } from '../../tests/e2e/popup-helpers';

const OUT = path.resolve('test-results/screenshots');
const LANGS = [
  { lang: 'en', locale: 'en' },
  { lang: 'zh-CN', locale: 'zh_CN' },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [900, 1280];
const TAGS = [
  'transport',
  'local politics',
  'harbour',
  'city council',
  'infrastructure and planning',
  'weekend',
  'libraries',
];
const PAGES = ['ferry-article', 'image-article', 'photo-caption', 'story-v1', 'shadow-article'];

/** The message the extension should show in `locale`: the check that the UI language switched. */
function message(locale: string, key: string): string {
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
  return messages[key]?.message ?? '';
}

async function scheme(page: Page, value: string): Promise<void> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value }]);
  // A frame for the new colours (the pages read them from CSS media queries only).
  await new Promise((r) => setTimeout(r, 200));
}

/** The side panel (opened from the popup, so the real one) at a roomy width, on the first page clipped. */
async function sidePanel(h: Harness, origin: string, lang: string): Promise<void> {
  const page = await h.openTab(`${origin}/e2e/${PAGES[0]}.html`);
  const popup = await h.openPopup(page);
  const url = `chrome-extension://${h.extension.id}/sidepanel.html`;
  const opened = h.browser.waitForTarget((t) => t.url() === url, { timeout: 10_000 });
  await clickReady(popup, '[data-testid=open-side-panel]');
  const panel = await (await opened).asPage();
  await panel.setViewport({ width: 480, height: 900 });
  await panel.waitForSelector('[data-testid=clip-row]');
  await clickReady(panel, '[data-testid=clip-row]');
  await panel.waitForSelector('[data-testid=clip-detail]');
  for (const value of SCHEMES) {
    await scheme(panel, value);
    await panel.screenshot({ path: path.join(OUT, `${lang}-${value}-side-panel.png`) });
  }
}

async function shoot(h: Harness, origin: string, lang: string, locale: string): Promise<string[]> {
  const taken: string[] = [];
  // Tagged as a daily clipper would (long and short, several per clip): the layouts must take them.
  for (const [i, name] of PAGES.entries()) {
    const { popup } = await clipUrl(h, `${origin}/e2e/${name}.html`);
    if (await popup.$('[data-testid=clip-detail]'))
      for (const [n, tag] of TAGS.slice(i, i + 3).entries()) {
        await popup.type('[data-testid=tag-input]', `${tag}\n`);
        // Chips show at once, the save follows: a popup closed a few ms after the last Enter lost that tag.
        await popup.waitForFunction(
          (count) => document.querySelectorAll('[data-testid=tag-chip]').length === count,
          { polling: 50 },
          n + 1,
        );
      }
    await new Promise((r) => setTimeout(r, 500));
    await popup.close();
  }
  await sidePanel(h, origin, lang);

  const home = await h.openTab(`${origin}/e2e/homepage.html`);
  const popup = await h.openPopup(home);
  const button = await popup.$eval('[data-testid=clip-page]', (el) => el.textContent ?? '');
  if (button !== message(locale, 'clipThisPage'))
    throw new Error(`The popup is not in ${lang}: its button says "${button}"`);
  await popup.waitForSelector('[data-testid=clip-row]');
  for (const value of SCHEMES) {
    await scheme(popup, value);
    const file = path.join(OUT, `${lang}-${value}-popup.png`);
    await popup.screenshot({ path: file });
    taken.push(file);
  }
  await clickReady(popup, '[data-testid=clip-row]');
  await popup.waitForSelector('[data-testid=clip-detail]');
  for (const value of SCHEMES) {
    await scheme(popup, value);
    const file = path.join(OUT, `${lang}-${value}-popup-review.png`);
    await popup.screenshot({ path: file });
    taken.push(file);
  }
  await popup.close();

  const library = await h.browser.newPage();
  await library.goto(`chrome-extension://${h.extension.id}/library.html`);
  await library.waitForSelector('[data-testid=library-row]');
  for (const width of WIDTHS) {
    await library.setViewport({ width, height: 800 });
    for (const value of SCHEMES) {
      await scheme(library, value);
      const file = path.join(OUT, `${lang}-${value}-library-${width}.png`);
      await library.screenshot({ path: file });
      taken.push(file);
    }
  }
  await clickReady(library, '[data-testid=library-row]');
  await library.waitForSelector('[data-testid=editor-title]');
  for (const width of WIDTHS) {
    await library.setViewport({ width, height: 800 });
    for (const value of SCHEMES) {
      await scheme(library, value);
      const file = path.join(OUT, `${lang}-${value}-library-${width}-clip.png`);
      await library.screenshot({ path: file });
      taken.push(file);
    }
  }
  // A dialog over the library (native modal <dialog>: its backdrop and its place in the top layer).
  await library.setViewport({ width: 1280, height: 800 });
  await clickReady(library, '[data-testid=open-links]');
  await library.waitForSelector('[data-testid=links-dialog][open]');
  for (const value of SCHEMES) {
    await scheme(library, value);
    const file = path.join(OUT, `${lang}-${value}-library-dialog.png`);
    await library.screenshot({ path: file });
    taken.push(file);
  }
  await library.keyboard.press('Escape');
  return taken;
}

/** Without a font for Chinese, the zh-CN screenshots show boxes: worth saying before they are looked at. */
function warnWithoutCjkFont(): void {
  try {
    if (!execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim())
      console.warn('No Chinese font installed: zh-CN text will show as boxes (Debian: fonts-wqy-microhei).');
  } catch {
    // No fontconfig (not Linux): the system's fonts cover Chinese.
  }
}

mkdirSync(OUT, { recursive: true });
warnWithoutCjkFont();
const server = await startFixtureServer();
try {
  for (const { lang, locale } of LANGS) {
    const h = await launchWithExtension(undefined, { lang });
    try {
      const files = await shoot(h, server.at('news.example'), lang, locale);
      console.log(`${lang}: ${files.length} screenshots`);
    } finally {
      await h.close();
    }
  }
  console.log(`Written to ${path.relative(process.cwd(), OUT)}/`);
} finally {
  await server.close();
}
