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

/** A top-level or second-level label of a host (`com`, `de`, `gov`), as opposed to a word of a file name. */
const DOMAIN_SUFFIX = /^(?:[a-z]{2}|com|org|net|gov|edu|info)$/;

/**
 * The site of a trafilatura-eval page: its URL's, or for the few pages keyed by file name
 * (`hard::dw.com.colonial.html`, `hard::jamaica.gleaner.com-victims.html`) the host the name starts with.
 * Never the file's path on disk: the halves must not depend on where the corpus lies (CI's copy is elsewhere,
 * and an absolute path moved five pages between halves there).
 */
export function siteOfEvalPage(page: { key: string; url: string }): string {
  if (/^https?:/i.test(page.key)) return siteOf(page.url);
  const name = page.key
    .replace(/^[a-z]+::/i, '')
    .replace(/\.html?$/i, '')
    .toLowerCase();
  const labels = (name.split('-')[0] ?? name).split('.');
  let end = labels.length;
  while (end > 1 && !DOMAIN_SUFFIX.test(labels[end - 1] ?? '')) end--;
  return end > 1 ? siteOf(`http://${labels.slice(0, end).join('.')}/`) : name;
}

/**
 * Deterministic split by site: a site's CRC-32 parity picks its half, so rules are written looking only at
 * the tuning half's failures and the checking half shows whether they carry over to unseen sites.
 */
export function halfOf(site: string): Half {
  return (CRC32.str(site) & 1) === 0 ? 'tuning' : 'checking';
}
