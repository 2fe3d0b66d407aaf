// `npm run bench:clip`: click → "Saved" in real headless Chromium through the toolbar popup, Newsclip's
// production build against a bare Readability+Turndown clipper (written by the bench, never shipped),
// alternating the two on fresh URLs of the same pages, several rounds. Prints figures and ratios measured in
// this run (not a pass/fail test) and writes bench/clip-results.json.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Extension, Page } from 'puppeteer-core';
import { launchWithExtension, BUILD_DIR } from '../../tests/e2e/extension-harness';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import { storedBodies } from '../../tests/e2e/stored-bodies';
import { median } from '../bench-ui/measure';
import { writeBareClipper } from './bare-clipper';
import { BIG_PAGE_FIRST, BIG_PAGE_LAST, bigNewsPage } from './big-page';
import { timeClip, type ClipTiming } from './time-clip';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const rounds = Number(arg('rounds') ?? 3);
const BIG = 'big-transcript-5mb';

const work = mkdtempSync(path.join(tmpdir(), 'newsclip-bench-clip-'));
const bareDir = writeBareClipper(path.join(work, 'bare-clipper'));
mkdirSync(path.join(work, 'pages'));
writeFileSync(path.join(work, 'pages', `${BIG}.html`), bigNewsPage());
// The news fixtures (some are metadata snippets that end as "no article" or "thin": the time to say so
// counts too), the regression cases' real page shapes, and the e2e articles (not the hostile one, which
// opens dialogs).
const PAGE_PATHS = [
  ...readdirSync('tests/fixtures/news')
    .filter((f) => f.endsWith('.html'))
    .map((f) => `news/${f}`),
  ...readdirSync('tests/fixtures/pages').map((dir) => `pages/${dir}/source.html`),
  ...['ferry-article', 'image-article', 'photo-caption', 'shadow-article'].map((f) => `e2e/${f}.html`),
];
// `--only=<text>`: the pages whose name holds it (e.g. `--only=5mb`), for a quick look at one case.
const only = arg('only');
const names = PAGE_PATHS.map((p) => p.replace(/\/source\.html$|\.html$/, ''))
  .filter((name) => !only || name.includes(only))
  .sort();
const fixtures = await startFixtureServer();
const generated = await startFixtureServer(path.join(work, 'pages'));
const pageUrl = (name: string) =>
  name === BIG
    ? `${generated.origin}/${BIG}.html`
    : `${fixtures.origin}/${PAGE_PATHS.find((p) => p.startsWith(`${name}/`) || p === `${name}.html`)}`;

type Which = 'newsclip' | 'bare';
type Phases = { readability: number; turndown: number; handOver: number };
type Run = ClipTiming & { kept?: boolean; phases?: Phases };
const runs = new Map<string, Record<Which, Run[]>>();
const measured = !only || BIG.includes(only) ? [...names, BIG] : names;
for (const name of measured) runs.set(name, { newsclip: [], bare: [] });

/** Whether the stored clip of the big page holds its transcript from the first line to the last. */
async function keptWhole(popup: Page, which: Which): Promise<boolean> {
  const whole = (md: string) => md.includes(BIG_PAGE_FIRST) && md.includes(BIG_PAGE_LAST);
  if (which === 'newsclip') return (await storedBodies(popup)).some(whole);
  return whole(
    await popup.$eval('[data-testid=clip-status]', (el) => (el as HTMLElement).dataset.markdown ?? ''),
  );
}

/**
 * What the big page cost the bare clipper in the tab (Readability, Turndown), and the hand-over alone of a
 * string as long as its Markdown, timed after the clip: Turndown and the hand-over are paid by any clipper
 * that converts in the tab, whatever else it does, so they bound how far below the bare clipper one can go.
 */
async function bareCosts(popup: Page): Promise<Phases> {
  const { phases, length } = await popup.$eval('[data-testid=clip-status]', (el) => ({
    phases: (el as HTMLElement).dataset.phases ?? '{}',
    length: ((el as HTMLElement).dataset.markdown ?? '').length,
  }));
  const handOver = await popup.evaluate(
    (n) => (globalThis as unknown as { handOverOnly(n: number): Promise<number> }).handOverOnly(n),
    length,
  );
  return { ...(JSON.parse(phases) as Omit<Phases, 'handOver'>), handOver };
}

const harness = await launchWithExtension(BUILD_DIR, { also: [bareDir] });
const extensions: Record<Which, Extension> = { newsclip: harness.extension, bare: harness.others[0]! };
try {
  for (let round = 0; round < rounds; round++) {
    for (const [i, name] of measured.entries()) {
      // Alternated per page and round, so neither clipper always runs on a warmer machine.
      const order: Which[] = (round + i) % 2 ? ['bare', 'newsclip'] : ['newsclip', 'bare'];
      for (const which of order) {
        const tab = await harness.openTab(`${pageUrl(name)}?v=${round}-${which}`);
        const popup = await harness.openPopup(tab, extensions[which]);
        const timing: Run = await timeClip(popup, which === 'newsclip' ? '[data-testid=clip-detail]' : null);
        if (name === BIG) timing.kept = timing.ok && (await keptWhole(popup, which));
        if (name === BIG && which === 'bare' && timing.ok) timing.phases = await bareCosts(popup);
        if (process.env.VERBOSE) console.log(name, which, Math.round(timing.saved));
        runs.get(name)![which].push(timing);
        await popup.close();
        await tab.close();
      }
    }
    console.log(`round ${round + 1} of ${rounds} done`);
  }
} finally {
  await harness.close();
  await fixtures.close();
  await generated.close();
  rmSync(work, { recursive: true, force: true });
}

const ms = (x: number) => Math.round(x);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const rows: Record<string, string | number>[] = [];
const savedRatios: number[] = [];
// The pages Newsclip saved as articles: a refusal is quick, and would flatter the median over all pages.
const articleRatios: number[] = [];
const readyAfterSaved: number[] = [];
let sumNewsclip = 0;
let sumBare = 0;
// A refusal ("no article", "thin") is a result too: its time counts the same way.
const outcome = (r: Run[]) =>
  r.every((x) => x.ok) ? 'saved' : r.some((x) => x.ok) ? 'mixed' : (r[0]?.status.slice(0, 40) ?? '');
for (const [name, { newsclip, bare }] of runs) {
  const n = median(newsclip.map((r) => r.saved));
  const b = median(bare.map((r) => r.saved));
  const saved = newsclip.filter((r) => r.ok);
  if (name !== BIG) {
    savedRatios.push(n / b);
    if (newsclip.every((r) => r.ok)) articleRatios.push(n / b);
    sumNewsclip += n;
    sumBare += b;
    readyAfterSaved.push(...saved.map((r) => r.ready - r.saved));
  }
  rows.push({
    page: name,
    Newsclip: outcome(newsclip),
    'click → result (ms)': ms(n),
    'click → review form (ms)': saved.length ? ms(median(saved.map((r) => r.ready))) : '',
    'bare (ms)': ms(b),
    ratio: ratio(n, b),
    ...(name === BIG && {
      'whole article kept': `Newsclip ${newsclip.every((r) => r.kept) ? 'yes' : 'NO'}, bare ${bare.every((r) => r.kept) ? 'yes' : 'NO'}`,
    }),
  });
}
console.table(rows);
const big = runs.get(BIG) ?? { newsclip: [], bare: [] };
const bigN = median(big.newsclip.filter((r) => r.ok).map((r) => r.saved));
const bigB = median(big.bare.filter((r) => r.ok).map((r) => r.saved));
const bigPhase = (key: keyof Phases) => median(big.bare.flatMap((r) => (r.phases ? [r.phases[key]] : [])));
const [handOver, turndown] = [bigPhase('handOver'), bigPhase('turndown')];
const size = (file: string) => `${(statSync(path.join(BUILD_DIR, file)).size / 1024).toFixed(0)} kB`;
// An `--only` run leaves out the other pages or the big one: no line for what it did not measure.
const summary = {
  rounds,
  ...(savedRatios.length > 0 && {
    'click → result, median ratio over the pages (target ≤ 1.5×)': ratio(median(savedRatios), 1),
    [`  … over the ${articleRatios.length} pages saved as articles`]: ratio(median(articleRatios), 1),
    'click → result, sum of medians': `Newsclip ${ms(sumNewsclip)} ms, bare ${ms(sumBare)} ms (${ratio(sumNewsclip, sumBare)})`,
    'Saved → review form, median (target ≤ 100 ms)': `${ms(median(readyAfterSaved))} ms`,
  }),
  ...(runs.has(BIG) && {
    '5 MB page → Saved (target < 2 s and ≤ 0.5× bare)': `Newsclip ${ms(bigN)} ms, bare ${ms(bigB)} ms (${ratio(bigN, bigB)})`,
    '5 MB page, paid by any clipper that converts in the tab (bare clipper, medians)': `hand-over of the Markdown ${ms(handOver)} ms + Turndown ${ms(turndown)} ms = ${ratio(handOver + turndown, bigB)} of the bare clipper's click → Saved (its Readability: ${ms(bigPhase('readability'))} ms)`,
  }),
  // Injected in every tab clipped: read-page.js in Chrome (the extraction runs in the offscreen document),
  // extract.js in Firefox and where a page's tree can't be handed over.
  'read-page.js': size('read-page.js'),
  'extract.js': size('extract.js'),
  'background.js': size('background.js'),
};
for (const [key, value] of Object.entries(summary)) console.log(`${key}: ${value}`);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/clip-results.json',
  JSON.stringify({ measuredAt: new Date().toISOString(), summary, rows }, null, 2),
);
