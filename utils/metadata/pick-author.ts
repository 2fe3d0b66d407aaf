import { looseText } from './find-headline';

/**
 * Chooses the author among the metadata sources' values (in priority order) and the page's byline. A value
 * that is really the publisher — the site's own name, a host name, a company ("… GmbH", "www.…") — or a login
 * handle ("jane.doe") is weak: the byline printed on the page beats it, and it is used only when nothing else is.
 */
export interface AuthorCandidate {
  value: string;
  source: string;
}

const ORGANISATION =
  /\b(?:gmbh|e\.\s?v\.|inc|ltd|llc|verlag|media|online|webdesign)\b|\bwww\.|\.(?:de|com|at|ch|org|net|fr|es|it)\b/i;
const HANDLE = /^@\S+$|^[\p{Ll}\d]+[._][\p{Ll}\d._]+$/u;

export function isWeakAuthor(author: string, siteName: string, host: string): boolean {
  const a = looseText(author);
  if (!a) return true;
  const site = looseText(siteName);
  if (site && (a === site || (a.length >= 4 && site.includes(a)) || (site.length >= 4 && a.includes(site))))
    return true;
  const hostName = host
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .replace(/\.[a-z]+$/, '')
    .replace(/[^a-z0-9]/g, '');
  const compact = a.replace(/\s+/g, '');
  if (
    hostName.length >= 3 &&
    (compact === hostName ||
      (compact.length >= 4 && hostName.includes(compact)) ||
      (hostName.length >= 5 && compact.includes(hostName)))
  ) {
    return true;
  }
  return ORGANISATION.test(author) || HANDLE.test(author.trim());
}

export function pickAuthor(
  fromMetadata: readonly AuthorCandidate[],
  fromByline: string,
  siteName: string,
  host: string,
): AuthorCandidate | undefined {
  const weak = (value: string) => isWeakAuthor(value, siteName, host);
  const byline = fromByline ? { value: fromByline, source: 'byline' } : undefined;
  return (
    fromMetadata.find((c) => !weak(c.value)) ??
    (byline && !weak(byline.value) ? byline : undefined) ??
    fromMetadata[0] ??
    byline
  );
}
