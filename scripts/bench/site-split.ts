import CRC32 from 'crc-32';

export type Half = 'tuning' | 'checking';

/** Second-level labels under which a country code registers names (news.bbc.co.uk → bbc.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or']);

/**
 * The site a page belongs to: the registrable-ish part of its host (last two labels, three under a
 * `co.uk`-style suffix), so every page of one publisher lands in the same half. Non-URLs (a case name, a
 * publisher) are used as given, lower-cased.
 */
export function siteOf(urlOrName: string): string {
  let host: string;
  try {
    host = new URL(urlOrName).hostname.toLowerCase();
  } catch {
    return urlOrName.trim().toLowerCase();
  }
  const labels = host.replace(/^www\d*\./, '').split('.');
  const keep = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2] ?? '') ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * Deterministic split by site: a site's CRC-32 parity picks its half, so rules are written looking only at
 * the tuning half's failures and the checking half shows whether they carry over to unseen sites.
 */
export function halfOf(site: string): Half {
  return (CRC32.str(site) & 1) === 0 ? 'tuning' : 'checking';
}
