import { t, type MessageKey } from '../i18n/t';

/** Why the active tab can't be clipped, decided from its address alone so the popup can say so at once. */
export type Restriction = {
  code: 'browser-page' | 'web-store' | 'view-source' | 'pdf' | 'file-page' | 'not-web' | 'unknown';
  message: string;
};

const STORE_HOSTS = [
  /^chromewebstore\.google\.com$/,
  /^chrome\.google\.com$/, // only /webstore, checked below
  /^microsoftedge\.microsoft\.com$/,
  /^addons\.mozilla\.org$/,
];

const restrictionMessages = {
  'browser-page': 'restrictBrowserPage',
  'web-store': 'restrictWebStore',
  'view-source': 'restrictViewSource',
  pdf: 'restrictPdf',
  'file-page': 'restrictFilePage',
  'not-web': 'restrictNotWeb',
  unknown: 'restrictUnknown',
} as const satisfies Record<Restriction['code'], MessageKey>;

const restriction = (code: Restriction['code']): Restriction => ({
  code,
  message: t(restrictionMessages[code]),
});

/** The restriction that applies to `url`, or null when the page may be clipped. */
export function restrictedPage(url: string | undefined): Restriction | null {
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
    // Even with file access granted: a clip's URL is exported into a blog post, and a local path has no
    // place there (nor a web address a reader could follow).
    return restriction('file-page');
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
  if (/file/i.test(message)) return restriction('file-page');
  return restriction('unknown');
}
