// `npm run bench:ui`: the library and popup with none, 100, 1,000 and 10,000 generated clips in real headless
// Chromium, timed inside the pages. Prints figures and, since absolute times move from machine to machine,
// ratios measured in the same run against a baseline (not a pass/fail test); writes bench/ui-results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../../tests/e2e/extension-harness';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import { tmpdir } from 'node:os';
import { writeBareClipper } from '../bench-clip/bare-clipper';
import { markTime, median, timeClick, timeKeystrokes } from './measure';

type Api = {
  seed(n: number): Promise<{ ms: number; count: number }>;
  bulkTag(n: number): Promise<number>;
  bulkPutBaseline(n: number): Promise<number>;
  exportAll(): Promise<{ ms: number; bytes: number; inMemoryMs: number }>;
  storage(): Promise<number>;
  seedVersions(
    clips: number,
    perClip: number,
  ): Promise<{ versions: number; textBytes: number; before: number; after: number; ms: number }>;
};
declare const newsclipBench: Api;

const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '0,100,1000,10000')
  .split(',')
  .map(Number);
const buildDir = path.resolve('.output/chrome-mv3-bench');
const server = await startFixtureServer();
const rows: Record<string, number | string>[] = [];
type Measured = {
  clips: number;
  firstRows?: number;
  /** The same 40 rows read and listed by a page with no framework and bare IndexedDB (the baseline). */
  bareRows?: number;
  listPainted: number;
  clipReady: number;
  bulk?: { ms: number; bare: number };
  zip?: { ms: number; inMemoryMs: number };
};
const measured: Measured[] = [];
let versionFigures:
  { versions: number; textBytes: number; before: number; after: number; ms: number } | undefined;

// The baseline for "clip button ready": the bare clipper's popup (a static button and a 2 kB script),
// opened the same way in the same browser, alternating with Newsclip's, at every store size.
const bareDir = writeBareClipper(path.join(tmpdir(), 'newsclip-bench-ui-bare'));
const bareReady: number[] = [];

for (const n of sizes) {
  const harness = await launchWithExtension(buildDir, { also: [bareDir] });
  try {
    const base = `chrome-extension://${harness.extension.id}`;
    const seedPage = await harness.browser.newPage();
    await seedPage.goto(`${base}/bench-seed.html`);
    await seedPage.waitForSelector('body[data-ready=true]');
    const seeded = await seedPage.evaluate((count) => newsclipBench.seed(count), n);

    const tab = await harness.openTab(`${server.origin}/e2e/homepage.html`);
    const popups: number[] = [];
    const clipReady: number[] = [];
    for (let i = 0; i < 5; i++) {
      const popup = await harness.openPopup(tab);
      popups.push(await markTime(popup, 'newsclip:list-painted'));
      clipReady.push(await markTime(popup, 'newsclip:clip-ready'));
      await popup.close();
      const bare = await harness.openPopup(tab, harness.others[0]);
      bareReady.push(await markTime(bare, 'newsclip:clip-ready'));
      await bare.close();
    }
    if (n === 0) {
      rows.push({
        clips: 0,
        'popup open → list painted (ms)': Math.round(median(popups)),
        'popup open → clip button ready (ms)': Math.round(median(clipReady)),
        'bare popup → button ready (ms)': Math.round(median(bareReady)),
      });
      measured.push({ clips: 0, listPainted: median(popups), clipReady: median(clipReady) });
      console.log('measured an empty store');
      continue;
    }

    const library = await harness.browser.newPage();
    await library.setViewport({ width: 1280, height: 800 });
    const opens: number[] = [];
    // Each open waits for the one before to finish: right after its first rows the library reads the
    // full list (all summaries), and the next open's first read would otherwise queue behind that
    // read's tail in the store, at 10,000 clips, which no user reopening the library meets.
    const listed = () =>
      library.waitForFunction(
        (count) => document.querySelector('[data-testid="side-all"] .count')?.textContent === String(count),
        {},
        n,
      );
    const bareOpens: number[] = [];
    for (let i = 0; i < 7; i++) {
      await library.goto(`${base}/library.html`);
      opens.push(await markTime(library, 'newsclip:rows-painted'));
      await listed();
      // Alternating, in the same tab: what the storage engine itself adds as the store grows.
      await library.goto(`${base}/bench-first-rows.html`);
      bareOpens.push(await markTime(library, 'newsclip:bare-rows-painted'));
      if (process.env.VERBOSE)
        console.log(
          `library open at ${n} clips: first rows ${Math.round(opens.at(-1)!)} ms, ` +
            `bare page ${Math.round(bareOpens.at(-1)!)} ms`,
        );
    }
    // Back to the library (unmeasured) for the filters and search.
    await library.goto(`${base}/library.html`);
    await listed();
    const tagKeys = await library.$$eval('.tag-sidebar [data-testid^="side-tag-"]', (els) =>
      els.slice(0, 5).map((e) => e.getAttribute('data-testid')),
    );
    const filters: number[] = [];
    for (const key of tagKeys) filters.push(await timeClick(library, `[data-testid="${key}"]`));
    await timeClick(library, '[data-testid="side-all"]');
    const keys = await timeKeystrokes(library, 'council harb');

    const bulkCount = Math.min(1000, n);
    const bulkMs = await seedPage.evaluate((count) => newsclipBench.bulkTag(count), bulkCount);
    const exported = await seedPage.evaluate(() => newsclipBench.exportAll());
    const storage = await seedPage.evaluate(() => newsclipBench.storage());
    // Last: it leaves rows whose tags the counts don't know.
    const bareMs = await seedPage.evaluate((count) => newsclipBench.bulkPutBaseline(count), bulkCount);
    // Story versions (#14) at 1,000 clips × 5 versions: the room they take next to the clips' own.
    if (seeded.count === 1000)
      versionFigures = await seedPage.evaluate(() => newsclipBench.seedVersions(1000, 5));
    measured.push({
      clips: seeded.count,
      firstRows: median(opens),
      bareRows: median(bareOpens),
      listPainted: median(popups),
      clipReady: median(clipReady),
      bulk: { ms: bulkMs, bare: bareMs },
      zip: exported,
    });
    rows.push({
      clips: seeded.count,
      'seed ms': Math.round(seeded.ms),
      'library open → first rows (ms)': Math.round(median(opens)),
      'bare page → same 40 rows (ms)': Math.round(median(bareOpens)),
      'tag filter (ms, median of 5)': Math.round(median(filters)),
      'search per keystroke (ms, median / max)': `${Math.round(median(keys))} / ${Math.round(Math.max(...keys))}`,
      'popup open → list painted (ms)': Math.round(median(popups)),
      'popup open → clip button ready (ms)': Math.round(median(clipReady)),
      [`bulk tag ${bulkCount} (ms)`]: Math.round(bulkMs),
      'bare bulkPut (ms)': Math.round(bareMs),
      'zip export all (ms)': Math.round(exported.ms),
      'fflate in memory (ms)': Math.round(exported.inMemoryMs),
      'zip MB': (exported.bytes / 1e6).toFixed(1),
      'storage used (MB)': (storage / 1e6).toFixed(0),
    });
    console.log(`measured ${n} clips`);
  } finally {
    await harness.close();
  }
}
await server.close();

console.table(rows);

// Ratios within this run: what should stay flat as the library grows, and how close to the limit.
const at = (clips: number) => measured.find((m) => m.clips === clips);
const largest = measured.filter((m) => m.clips > 0).at(-1);
const smallest = measured.find((m) => m.clips > 0);
const empty = at(0);
const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const ratios: Record<string, string> = {};
if (largest && smallest && largest !== smallest) {
  ratios[`library first rows, ${largest.clips} vs ${smallest.clips} clips (target ≤ 1.2×)`] =
    `${x(largest.firstRows!, smallest.firstRows!)}; a bare IndexedDB page reading the same 40 rows: ` +
    `${x(largest.bareRows!, smallest.bareRows!)} (${Math.round(smallest.bareRows!)} → ${Math.round(largest.bareRows!)} ms)`;
}
if (largest && empty) {
  ratios[`popup list painted, ${largest.clips} clips vs an empty store (target ≤ 1.2×)`] = x(
    largest.listPainted,
    empty.listPainted,
  );
}
if (largest) {
  ratios[`popup open → clip button ready at ${largest.clips} clips (target ≤ 100 ms)`] =
    `${Math.round(largest.clipReady)} ms; the bare clipper's static popup: ${Math.round(median(bareReady))} ms ` +
    `(${(largest.clipReady / median(bareReady)).toFixed(2)}×)`;
  ratios[`zip export throughput vs fflate on the same files in memory (target ≥ 50 %)`] =
    `${Math.round((100 * largest.zip!.inMemoryMs) / largest.zip!.ms)} %`;
  ratios[`bulk tag vs a bare Dexie bulkPut of the same rows`] = x(largest.bulk!.ms, largest.bulk!.bare);
}
if (versionFigures) {
  const { versions, textBytes, before, after, ms } = versionFigures;
  ratios[`story versions: ${versions} kept for 1000 clips (5 each)`] =
    `${(textBytes / 1e6).toFixed(1)} MB of text, ${((after - before) / 1e6).toFixed(1)} MB more storage ` +
    `(${x(after, before)} the clips' own ${(before / 1e6).toFixed(1)} MB), written in ${Math.round(ms)} ms`;
}
for (const [key, value] of Object.entries(ratios)) console.log(`${key}: ${value}`);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/ui-results.json',
  JSON.stringify({ measuredAt: new Date().toISOString(), rows, ratios }, null, 2),
);
