import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The baseline of `npm run bench:clip`, written by the bench (never shipped): the smallest MV3 clipper
 * there is. Its popup injects Readability 0.6 and Turndown into the tab with `scripting.executeScript`,
 * converts the article and puts it in IndexedDB with one `put`, then says "Saved". It uses Newsclip's
 * test ids for its button and status so the bench drives both popups the same way. Its status also
 * carries the time its Readability and Turndown took in the tab, and its popup can time the hand-over
 * alone: what the big page costs any clipper, printed beside the ratio.
 */
export function writeBareClipper(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const readability = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  const turndown = readFileSync(
    path.join(path.dirname(require.resolve('turndown/package.json')), 'lib/turndown.browser.umd.js'),
    'utf8',
  );
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Bare clipper (bench baseline)',
      version: '1.0',
      action: { default_popup: 'popup.html' },
      permissions: ['activeTab', 'scripting'],
    }),
  );
  writeFileSync(
    path.join(dir, 'popup.html'),
    '<!doctype html><meta charset="utf-8"><body style="width:300px">' +
      '<button data-testid="clip-page">Clip</button><p data-testid="status-slot"></p>' +
      '<script src="popup.js"></script>',
  );
  writeFileSync(
    path.join(dir, 'popup.js'),
    `const opened = new Promise((resolve, reject) => {
  const request = indexedDB.open('bare', 1);
  request.onupgradeneeded = () => request.result.createObjectStore('clips', { keyPath: 'url' });
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});
const button = document.querySelector('[data-testid=clip-page]');
button.addEventListener('click', async () => {
  button.disabled = true;
  const status = document.createElement('p');
  status.dataset.testid = 'clip-status';
  try {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const [{ result }] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['clipper.js'] });
    const db = await opened;
    await new Promise((resolve, reject) => {
      const tx = db.transaction('clips', 'readwrite');
      tx.objectStore('clips').put({ ...result, savedAt: Date.now() });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    status.className = 'ok';
    status.textContent = 'Saved';
    status.dataset.markdown = result.markdown;
    status.dataset.phases = JSON.stringify(result.phases);
  } catch (error) {
    status.className = 'error';
    status.textContent = String(error);
  }
  document.body.append(status);
});
// Not part of a clip: the bench times handing a string of \`length\` characters back from the tab alone (no
// extraction), a cost any clipper that extracts in the tab pays for a clip that long.
globalThis.handOverOnly = async (length) => {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const [{ result }] = await chrome.scripting.executeScript({
    target: { tabId: tab.id },
    func: (n) => ({ text: 'word '.repeat(Math.ceil(n / 5)).slice(0, n), end: Date.now() }),
    args: [length],
  });
  return Date.now() - result.end;
};
// The button works from here: the mark bench:ui reads for the baseline popup's "clip button ready".
requestAnimationFrame(() => performance.mark('newsclip:clip-ready'));
`,
  );
  writeFileSync(
    path.join(dir, 'clipper.js'),
    `(() => {
${readability}
${turndown}
const start = performance.now();
const article = new Readability(document.cloneNode(true)).parse();
if (!article) return { url: location.href, title: document.title, markdown: '' };
const read = performance.now();
const markdown = new TurndownService().turndown(article.content);
const phases = { readability: read - start, turndown: performance.now() - read };
return { url: location.href, title: article.title, markdown, phases };
})();
`,
  );
  return dir;
}
