import { cleanUrl } from '../metadata/canonical-url';

/** Host prefixes of the same site's AMP and mobile editions ("amp.", "m."), and "www." itself. */
const EDITION_HOSTS = /^(?:amp|m|mobile|www)\./i;
/** Path endings of AMP editions: /amp, /amp/ (dropped) and .amp, .amp.html (the extension kept). */
const AMP_DIR = /\/amp\/?$/i;
const AMP_EXTENSION = /\.amp(\.html?)?$/i;
/** Query keys that only ask for the AMP or mobile rendering. */
const EDITION_PARAMS = ['amp', 'outputType', 'output', 'mobile', 'm'];
const EDITION_VALUES = /^(?:|1|true|amp|mobile)$/i;

/**
 * The addresses a stored clip of the page at `url` may be filed under: its cleaned address (tracking
 * parameters and fragment gone), the same without its AMP or mobile edition marks, with and without the
 * trailing slash and "www.". Generic conventions only, no site list: a lookup by these finds the clip of an
 * article opened again from a newsletter link, a search result's AMP page or the mobile site.
 */
export function addressVariants(url: string | undefined): string[] {
  const cleaned = url ? cleanUrl(url, url) : null;
  if (!cleaned) return [];
  const base = new URL(cleaned);
  for (const key of EDITION_PARAMS) {
    const value = base.searchParams.get(key);
    if (value !== null && EDITION_VALUES.test(value)) base.searchParams.delete(key);
  }
  base.pathname = base.pathname.replace(AMP_DIR, '').replace(AMP_EXTENSION, '$1') || '/';
  const bareHost = base.hostname.replace(EDITION_HOSTS, '');
  const out = new Set<string>([cleaned]);
  for (const host of [base.hostname, bareHost, `www.${bareHost}`]) {
    const copy = new URL(base.href);
    copy.hostname = host;
    const href = copy.href.replace(/\?$/, '');
    out.add(href);
    // Both spellings of the path's end: sites and their canonical links disagree about the slash.
    const path = copy.pathname;
    if (path.length > 1) {
      copy.pathname = path.endsWith('/') ? path.slice(0, -1) : `${path}/`;
      out.add(copy.href.replace(/\?$/, ''));
    }
  }
  return [...out];
}
