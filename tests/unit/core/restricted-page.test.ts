import { describe, expect, it } from 'vitest';
import { restrictedPage } from '../../../utils/capture/restricted-page';

describe('restrictedPage', () => {
  it.each([
    ['chrome://extensions', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/detail/x', 'web-store'],
    ['https://addons.mozilla.org/firefox/addon/x', 'web-store'],
    ['view-source:https://news.example/', 'view-source'],
    ['https://news.example/report.pdf', 'pdf'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html?src=https://x/a.pdf', 'pdf'],
    ['file:///home/me/page.html', 'file-access'],
    ['data:text/html,hi', 'not-web'],
    [undefined, 'unknown'],
  ])('%s → %s', (url, code) => {
    expect(restrictedPage(url, { fileAccess: false })?.code).toBe(code);
  });

  it.each(['https://news.example/story', 'http://127.0.0.1:8080/a.html', 'https://chrome.google.com/search'])(
    '%s may be clipped',
    (url) => {
      expect(restrictedPage(url, { fileAccess: false })).toBeNull();
    },
  );

  it('allows local files once the user granted file access', () => {
    expect(restrictedPage('file:///home/me/page.html', { fileAccess: true })).toBeNull();
  });
});
