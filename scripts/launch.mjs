// `npm start`: after the build, opens Chromium with Newsclip installed (a fresh temporary profile) when
// a display is available; otherwise prints the folder to load with "Load unpacked".
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const dir = path.resolve('.output/chrome-mv3');
const candidates = [
  process.env.CHROME_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);
const chrome = candidates.find((p) => existsSync(p));
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const manual = `To install it by hand: open chrome://extensions, turn on Developer mode, click "Load unpacked" and choose:\n  ${dir}`;
if (!chrome || !hasDisplay) {
  console.log(`Newsclip is built.\n${manual}`);
  if (!chrome)
    console.log(
      '(No Chromium found to launch: set CHROME_PATH, or install it, e.g. `apt-get install chromium`.)',
    );
  else console.log('(No display found, so no browser window was opened.)');
  process.exit(0);
}

const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: false,
  pipe: true,
  enableExtensions: [dir],
  defaultViewport: null,
  userDataDir: mkdtempSync(path.join(tmpdir(), 'newsclip-')),
  args: ['--no-first-run', '--no-default-browser-check'],
});
console.log(`Chromium is open with Newsclip installed from ${dir}. Close the window to stop.\n${manual}`);
browser.on('disconnected', () => process.exit(0));
