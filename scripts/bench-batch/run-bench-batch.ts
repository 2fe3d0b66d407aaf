// `npm run bench:batch` (#16): the time to clip 20 tabs with "Clip all tabs in this window", in real headless
// Chromium through the toolbar popup, against the same 20 pages clipped one by one through the popup (the
// work the batch saves the user), each in a fresh browser profile (an empty store), alternating which goes
// first, several rounds. Prints figures and ratios measured in this run (not a pass/fail test) and writes
// bench/batch-results.json.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, type Harness } from '../../tests/e2e/extension-harness';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import { buildWithOriginsGranted } from '../../tests/e2e/granted-build';
import { median, nameShim } from '../bench-ui/measure';
import { timeClip } from '../bench-clip/time-clip';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const rounds = Number(arg('rounds') ?? 2);
const TABS = 20;

// Real page shapes: the regression cases' pages, then the news fixtures, the first 20.
const PAGE_PATHS = [
  ...readdirSync('tests/fixtures/pages').map((dir) => `pages/${dir}/source.html`),
  ...readdirSync('tests/fixtures/news')
    .filter((f) => f.endsWith('.html'))
    .map((f) => `news/${f}`),
].slice(0, TABS);
if (PAGE_PATHS.length < TABS) throw new Error(`Only ${PAGE_PATHS.length} fixture pages for ${TABS} tabs`);

const fixtures = await startFixtureServer();
const build = buildWithOriginsGranted();
const urls = (tag: string) => PAGE_PATHS.map((p) => `${fixtures.origin}/${p}?v=${tag}`);

/** A fresh profile with the 20 tabs open and nothing else. */
async function withTabs(tag: string): Promise<{ harness: Harness; tabs: Page[] }> {
  const harness = await launchWithExtension(build);
  const tabs: Page[] = [];
  for (const url of urls(tag)) tabs.push(await harness.openTab(url));
  for (const page of await harness.browser.pages()) if (!tabs.includes(page)) await page.close();
  return { harness, tabs };
}

/** One by one: each tab's popup, its clip button, "Saved" (the sum of click → result). */
async function oneByOne(tag: string): Promise<{ ms: number; saved: number }> {
  const { harness, tabs } = await withTabs(tag);
  try {
    let ms = 0;
    let saved = 0;
    for (const tab of tabs) {
      const popup = await harness.openPopup(tab);
      const timing = await timeClip(popup, null);
      ms += timing.saved;
      if (timing.ok) saved++;
      await popup.close();
    }
    return { ms, saved };
  } finally {
    await harness.close();
  }
}

/** "Clip all tabs": from the start button's click in the popup to the summary shown there. */
async function allTabs(tag: string): Promise<{ ms: number; summary: string }> {
  const { harness, tabs } = await withTabs(tag);
  try {
    const popup = await harness.openPopup(tabs[0]!);
    await popup.click('[data-testid=clip-all] summary');
    await popup.waitForSelector('[data-testid=clip-all-start]:not([disabled])');
    await nameShim(popup);
    return await popup.evaluate(
      () =>
        new Promise<{ ms: number; summary: string }>((resolve) => {
          const start = performance.now();
          const frame = () => {
            const summary = document.querySelector('[data-testid=batch-summary]');
            if (summary) resolve({ ms: performance.now() - start, summary: summary.textContent ?? '' });
            else requestAnimationFrame(frame);
          };
          (document.querySelector('[data-testid=clip-all-start]') as HTMLButtonElement).click();
          requestAnimationFrame(frame);
        }),
    );
  } finally {
    await harness.close();
  }
}

const single: number[] = [];
const batch: number[] = [];
let lastSummary = '';
let savedOneByOne = 0;
try {
  for (let round = 0; round < rounds; round++) {
    // Alternated, so neither always runs on a warmer machine.
    const order = round % 2 ? ['batch', 'single'] : ['single', 'batch'];
    for (const which of order) {
      if (which === 'single') {
        const r = await oneByOne(`${round}-single`);
        single.push(r.ms);
        savedOneByOne = r.saved;
      } else {
        const r = await allTabs(`${round}-batch`);
        batch.push(r.ms);
        lastSummary = r.summary;
      }
    }
    console.log(`round ${round + 1} of ${rounds} done`);
  }
} finally {
  await fixtures.close();
  rmSync(build, { recursive: true, force: true });
}

const ms = (x: number) => `${Math.round(x)} ms`;
const summary = {
  rounds,
  [`Clip all tabs, ${TABS} tabs: start → summary (median)`]: ms(median(batch)),
  'per tab': ms(median(batch) / TABS),
  [`the same ${TABS} one by one through the popup: sum of click → result (median)`]: ms(median(single)),
  'ratio, batch to one by one (the lower the better)': `${(median(batch) / median(single)).toFixed(2)}×`,
  'batch summary (last round)': lastSummary,
  'one by one: saved': `${savedOneByOne} of ${TABS}`,
};
for (const [key, value] of Object.entries(summary)) console.log(`${key}: ${value}`);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/batch-results.json',
  JSON.stringify({ measuredAt: new Date().toISOString(), summary, batch, single }, null, 2),
);
