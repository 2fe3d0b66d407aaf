// `npm run bench:ui`: the library and popup with 100, 1,000 and 10,000 generated clips in real headless
// Chromium, timed inside the pages. Prints figures (not a pass/fail test) and writes bench/ui-results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../../tests/e2e/extension-harness';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import { markTime, median, timeClick, timeKeystrokes } from './measure';

type Api = {
  seed(n: number): Promise<{ ms: number; count: number }>;
  bulkTag(n: number): Promise<number>;
  exportAll(): Promise<{ ms: number; bytes: number }>;
  storage(): Promise<number>;
};
declare const newsclipBench: Api;

const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '100,1000,10000')
  .split(',')
  .map(Number);
const buildDir = path.resolve('.output/chrome-mv3-bench');
const server = await startFixtureServer();
const rows: Record<string, number | string>[] = [];

for (const n of sizes) {
  const harness = await launchWithExtension(buildDir);
  try {
    const base = `chrome-extension://${harness.extension.id}`;
    const seedPage = await harness.browser.newPage();
    await seedPage.goto(`${base}/bench-seed.html`);
    await seedPage.waitForSelector('body[data-ready=true]');
    const seeded = await seedPage.evaluate((count) => newsclipBench.seed(count), n);

    const library = await harness.browser.newPage();
    await library.setViewport({ width: 1280, height: 800 });
    const opens: number[] = [];
    for (let i = 0; i < 3; i++) {
      await library.goto(`${base}/library.html`);
      opens.push(await markTime(library, 'newsclip:rows-painted'));
    }
    await library.waitForFunction(
      (count) => document.querySelector('[data-testid="side-all"] .count')?.textContent === String(count),
      {},
      n,
    );
    const tagKeys = await library.$$eval('.tag-sidebar [data-testid^="side-tag-"]', (els) =>
      els.slice(0, 5).map((e) => e.getAttribute('data-testid')),
    );
    const filters: number[] = [];
    for (const key of tagKeys) filters.push(await timeClick(library, `[data-testid="${key}"]`));
    await timeClick(library, '[data-testid="side-all"]');
    const keys = await timeKeystrokes(library, 'council harb');

    const tab = await harness.openTab(`${server.origin}/e2e/homepage.html`);
    const popups: number[] = [];
    for (let i = 0; i < 3; i++) {
      const popup = await harness.openPopup(tab);
      popups.push(await markTime(popup, 'newsclip:list-painted'));
      await popup.close();
    }
    const bulkCount = Math.min(1000, n);
    const bulkMs = await seedPage.evaluate((count) => newsclipBench.bulkTag(count), bulkCount);
    const exported = await seedPage.evaluate(() => newsclipBench.exportAll());
    const storage = await seedPage.evaluate(() => newsclipBench.storage());
    rows.push({
      clips: seeded.count,
      'seed ms': Math.round(seeded.ms),
      'library open → first rows (ms)': Math.round(median(opens)),
      'tag filter (ms, median of 5)': Math.round(median(filters)),
      'search per keystroke (ms, median / max)': `${Math.round(median(keys))} / ${Math.round(Math.max(...keys))}`,
      'popup open → list painted (ms)': Math.round(median(popups)),
      [`bulk tag ${bulkCount} (ms)`]: Math.round(bulkMs),
      'zip export all (ms)': Math.round(exported.ms),
      'zip MB': (exported.bytes / 1e6).toFixed(1),
      'storage used (MB)': (storage / 1e6).toFixed(0),
    });
    console.log(`measured ${n} clips`);
  } finally {
    await harness.close();
  }
}
await server.close();

console.log(
  '\nTargets at 10,000 clips: library first rows < 200 ms, tag filter < 50 ms, search < 50 ms per keystroke,',
);
console.log('popup first paint < 150 ms, bulk tag 1,000 < 1 s, zip export of all < 3 s.\n');
console.table(rows);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/ui-results.json',
  JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2),
);
