/**
 * The page's canonical address: `<link rel=canonical>`, else og:url / JSON-LD url, else the address it was
 * clipped from; resolved against the page, http(s) only, without tracking parameters or #fragment.
 */

/** Query parameters that identify a campaign or a click, never the content. */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ref_src',
  'ref_url',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'yclid',
  'twclid',
  'ncid',
  'cmpid',
  'ocid',
  'mkt_tok',
  'vero_id',
  'oly_enc_id',
  'oly_anon_id',
  'rb_clickid',
  's_cid',
  'wt_mc',
  'wt.mc_id',
  'at_medium',
  'at_campaign',
  'xtor',
  'spm',
  'smid',
]);

const isTracking = (key: string): boolean => {
  const k = key.toLowerCase();
  return k.startsWith('utm_') || TRACKING.has(k);
};

/** Resolves and cleans one address; null when it is not an http(s) URL. */
export function cleanUrl(raw: string | null | undefined, base: string): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const keys = Array.from(url.searchParams.keys());
  if (keys.some(isTracking)) {
    for (const key of keys) if (isTracking(key)) url.searchParams.delete(key);
  }
  return url.href.replace(/\?$/, '');
}

/** Picks the first usable address among the candidates, in order; falls back to the cleaned page URL itself. */
export function canonicalUrl(
  pageUrl: string,
  base: string,
  candidates: readonly (string | undefined)[],
): string {
  for (const candidate of candidates) {
    const url = cleanUrl(candidate, base);
    if (url) return url;
  }
  return cleanUrl(pageUrl, pageUrl) ?? pageUrl;
}

/**
 * The first `<base href>`'s raw href (`doc.querySelector('base[href]')`, without a selector-matching walk of
 * the whole document: a tag-name scan is several times cheaper in linkedom).
 */
export function firstBaseHref(doc: Document): string | null | undefined {
  for (const base of Array.from(doc.getElementsByTagName('base'))) {
    if (base.hasAttribute('href')) return base.getAttribute('href');
  }
  return undefined;
}
