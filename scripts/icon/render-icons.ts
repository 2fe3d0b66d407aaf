import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../tests/e2e/find-chrome';

// Renders assets/icon/newsclip.svg to public/icon/<size>.png with a transparent background, in headless
// Chromium (already needed by the tests; no rasterizer dependency). Run when the design changes:
// npx tsx scripts/icon/render-icons.ts
//
// Each size shows a window of the 128-unit artwork: large sizes keep Chrome's 16/128 transparent padding
// around the tile, small ones crop most of it, since at 16 px every pixel of the tile counts.
const VIEWBOX: Record<number, string> = {
  16: '13 13 102 102',
  32: '12 12 104 104',
  48: '8 8 112 112',
  96: '0 0 128 128',
  128: '0 0 128 128',
};
const svg = readFileSync('assets/icon/newsclip.svg', 'utf8');
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  for (const [size, viewBox] of Object.entries(VIEWBOX)) {
    const sized = svg
      .replace(/viewBox="[^"]*"/, `viewBox="${viewBox}"`)
      .replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setViewport({ width: Number(size), height: Number(size) });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: Number(size), height: Number(size) },
    });
    writeFileSync(`public/icon/${size}.png`, png);
  }
} finally {
  await browser.close();
}
