/** Why the active tab can't be clipped, decided from its address alone so the popup can say so at once. */
export type Restriction = {
  code: 'browser-page' | 'web-store' | 'view-source' | 'pdf' | 'file-access' | 'not-web' | 'unknown';
  message: string;
};

const STORE_HOSTS = [
  /^chromewebstore\.google\.com$/,
  /^chrome\.google\.com$/, // only /webstore, checked below
  /^microsoftedge\.microsoft\.com$/,
  /^addons\.mozilla\.org$/,
];

export const restrictionMessages = {
  'browser-page': "Browser pages can't be clipped: the browser doesn't let extensions read its own pages.",
  'web-store': "The extension store can't be clipped: browsers block every extension there.",
  'view-source': "A source view can't be clipped. Open the page itself and clip it there.",
  pdf: "PDFs open in the browser's PDF viewer, which extensions can't read. Only web pages can be clipped.",
  'file-access':
    'Local files can be clipped only after you allow it: open the extensions page, find Newsclip, and turn on "Allow access to file URLs".',
  'not-web': 'Only web pages (http and https) can be clipped.',
  unknown: "This page can't be clipped: the browser doesn't give extensions access to it.",
} as const satisfies Record<Restriction['code'], string>;

const restriction = (code: Restriction['code']): Restriction => ({
  code,
  message: restrictionMessages[code],
});

/** The restriction that applies to `url`, or null when the page may be clipped. */
export function restrictedPage(
  url: string | undefined,
  options: { fileAccess: boolean },
): Restriction | null {
  if (!url) return restriction('unknown');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return restriction('unknown');
  }
  const scheme = parsed.protocol;
  if (scheme === 'view-source:') return restriction('view-source');
  if (scheme === 'file:') {
    if (/\.pdf$/i.test(parsed.pathname)) return restriction('pdf');
    return options.fileAccess ? null : restriction('file-access');
  }
  if (scheme !== 'http:' && scheme !== 'https:') {
    if (
      /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|devtools|chrome-search|chrome-untrusted):$/.test(
        scheme,
      )
    ) {
      // Chrome's PDF viewer is an extension page whose address carries the PDF's.
      if (/\.pdf(\?|#|$)/i.test(url)) return restriction('pdf');
      return restriction('browser-page');
    }
    return restriction('not-web');
  }
  const host = parsed.hostname;
  if (STORE_HOSTS.some((re) => re.test(host))) {
    if (host !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))
      return restriction('web-store');
  }
  if (/\.pdf$/i.test(parsed.pathname)) return restriction('pdf');
  return null;
}

/** Maps the browser's injection errors to the same messages. */
export function restrictionFromInjectionError(message: string): Restriction {
  if (/gallery|web ?store/i.test(message)) return restriction('web-store');
  if (/chrome:\/\/|edge:\/\/|about:|extension/i.test(message)) return restriction('browser-page');
  if (/file/i.test(message)) return restriction('file-access');
  return restriction('unknown');
}
