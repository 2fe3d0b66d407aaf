import { parse } from 'tldts';
import { cleanUrl } from '../metadata/canonical-url';

/**
 * The site an address belongs to: its registrable domain by the Public Suffix List, private suffixes
 * included (two blogs on github.io are two sites); an IP address or a host with no registrable domain
 * (localhost) is its own site.
 */
export function siteOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const info = parse(url, { allowPrivateDomains: true });
  if (!info.hostname) return null;
  return (info.isIp ? null : info.domain) ?? info.hostname.toLowerCase();
}

/**
 * The extraction (not yet validated: the store does that) with the identity it may claim. A canonical URL
 * on the page's own site (www., m., AMP pages) names the clip, so re-clips merge; one on another site is
 * only the page's claim, which would let any page overwrite another site's clip: the page's own cleaned
 * URL names the clip and the claim is kept apart in `claimedCanonicalURL`.
 */
export function withSiteIdentity(extraction: Record<string, unknown>): Record<string, unknown> {
  const { url, canonicalURL, sources } = extraction;
  if (typeof url !== 'string' || typeof canonicalURL !== 'string') return extraction;
  const own = siteOf(url);
  if (own !== null && own === siteOf(canonicalURL)) return extraction;
  return {
    ...extraction,
    canonicalURL: cleanUrl(url, url) ?? url,
    claimedCanonicalURL: canonicalURL,
    sources: { ...(typeof sources === 'object' ? sources : {}), canonicalURL: 'url' },
  };
}
