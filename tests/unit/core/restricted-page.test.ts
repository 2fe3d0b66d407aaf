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
    ['file:///home/me/page.html', 'file-page'],
    ['file:///home/me/report.PDF', 'pdf'],
    ['data:text/html,hi', 'not-web'],
    [undefined, 'unknown'],
  ])('%s → %s', (url, code) => {
    expect(restrictedPage(url)?.code).toBe(code);
  });

  it.each(['https://news.example/story', 'http://127.0.0.1:8080/a.html', 'https://chrome.google.com/search'])(
    '%s may be clipped',
    (url) => {
      expect(restrictedPage(url)).toBeNull();
    },
  );

  it('refuses local files up front, whatever the file access setting', () => {
    // With file access granted the button used to be enabled, and the clip then failed with
    // "url: must be an http(s) URL".
    expect(restrictedPage('file:///home/me/page.html')).toMatchObject({
      code: 'file-page',
      message: expect.stringMatching(/^Local files can't be clipped/),
    });
  });
});
