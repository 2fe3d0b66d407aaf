import { looseText } from '../text/loose-text';
import type { FieldSource } from './source-registry';
import { chosen, resolveField, type Candidate, type Standing } from './resolve-field';

/**
 * Chooses the author among the metadata sources' values (in priority order) and the page's byline. A value
 * that is really the publisher — the site's own name, a host name, a company ("… GmbH", "www.…") — or a login
 * handle ("jane.doe") is weak: the byline printed on the page beats it, and it is used only when nothing else is.
 * A metadata value that is only a first name ("Todd") gives way to the byline that completes it ("Todd Bates"),
 * and one the page prints nowhere gives way to the byline it does print.
 */
export interface AuthorCandidate {
  value: string;
  source: FieldSource<'author'>;
}

const ORGANISATION =
  /\b(?:gmbh|e\.\s?v\.|inc|ltd|llc|verlag|media|online|webdesign)\b|\bwww\.|\.(?:de|com|at|ch|org|net|fr|es|it)\b/i;
/** Institutions that publish (and fill the author field with their own name): a person's byline beats them. */
const INSTITUTION =
  /(?:anstalt|verband|institut|ministerium|stiftung|universit|akademie|agentur|gesellschaft)|\b(?:bund der|association|foundation|institute|department|ministry|agency)\b/iu;
/** Login handles ("jane.doe", "@jane", "wpadmin") and short initials ("LN", "dpa") that stand for the desk. */
const HANDLE = /^@\S+$|^[\p{Ll}\d]+[._][\p{Ll}\d._]+$|^\S*admin\S*$/iu;
/** A desk, not a person ("Redaktion", "Staff"): no better than a metadata name the page doesn't print. */
const DESK = /^(?:redaktion|red\.|staff|newsroom|editorial(?: team| staff)?|the editors|editors|team)$/i;
/** Latin initials only: two or three Chinese characters are a whole name. */
const INITIALS = /^[A-Z]{1,3}$/;

/** "Todd" beside a byline "Todd Bates": a metadata value that is only the first name of the printed one. */
export function isFirstNameOf(short: string, full: string): boolean {
  const s = looseText(short);
  const f = looseText(full);
  return !!s && !s.includes(' ') && f.startsWith(`${s} `) && f.split(' ').length <= 4;
}

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
  return (
    ORGANISATION.test(author) ||
    INSTITUTION.test(author) ||
    HANDLE.test(author.trim()) ||
    INITIALS.test(author.trim())
  );
}

/** The judge of the author's candidates: the metadata's names, in order, and the byline printed on the page. */
export function pickAuthor(
  fromMetadata: readonly AuthorCandidate[],
  fromByline: string,
  siteName: string,
  host: string,
  /** The first non-weak metadata author is printed nowhere in the page: a personal byline beats it. */
  { metadataUnprinted = false }: { metadataUnprinted?: boolean } = {},
): AuthorCandidate | undefined {
  const weak = (value: string) => isWeakAuthor(value, siteName, host);
  const strong = fromMetadata.find((c) => !weak(c.value));
  const bylineStanding = (): [Standing, string] => {
    if (strong && isFirstNameOf(strong.value, fromByline))
      return ['preferred', "completes the metadata's first name"];
    if (weak(fromByline)) return ['fallback', 'the publisher, a handle or initials'];
    if (strong && metadataUnprinted && !DESK.test(fromByline.trim()))
      return ['preferred', "printed, where the metadata's name is not"];
    return ['plain', 'printed at the headline'];
  };
  const [standing, evidence] = bylineStanding();
  const judged: Candidate<'author'>[] = fromMetadata.map((c) =>
    weak(c.value)
      ? { ...c, standing: 'fallback', evidence: 'the publisher, a handle or initials' }
      : { ...c, standing: 'plain' },
  );
  return chosen(
    resolveField('author', [...judged, { value: fromByline, source: 'byline', standing, evidence }]),
  );
}
