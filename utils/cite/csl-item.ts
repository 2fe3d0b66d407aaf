import type { Clip } from '../clip-schema';
import { nameParticles } from '../metadata/lexicon/name-particles';

/** A CSL-JSON item (the fields a clipped news story has), as citation managers import it. */
export type CslItem = {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  URL: string;
  issued?: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  language?: string;
  abstract?: string;
};
export type CslName = { given?: string; family?: string; 'non-dropping-particle'?: string; literal?: string };

const dateParts = (iso: string): [[number, number, number]] => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return [[y!, m!, d!]];
};

let particles: Set<string> | undefined;

/**
 * A byline name as CSL wants it: "Mara Lindqvist" → family Lindqvist, given Mara; "Ludwig van Beethoven" →
 * with its particle; one word (an agency, "Reuters") or an organisation-like name stays whole (literal).
 */
export function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || /[\d&@]/.test(name)) return { literal: name.trim() };
  particles ??= new Set(nameParticles());
  const first = words.findIndex((w, i) => i > 0 && particles!.has(w.toLowerCase()));
  const family = words.at(-1)!;
  if (first > 0)
    return {
      given: words.slice(0, first).join(' '),
      'non-dropping-particle': words.slice(first, -1).join(' '),
      family,
    };
  return { given: words.slice(0, -1).join(' '), family };
}

/**
 * A clip (or an earlier version of it) as a citation: a newspaper article when it has a site name, else a
 * web page; `accessed` is when that version was clipped. A date the page did not state is left out.
 */
export function cslItem(
  clip: Pick<
    Clip,
    | 'slug'
    | 'title'
    | 'author'
    | 'siteName'
    | 'canonicalURL'
    | 'pubDatetime'
    | 'pubDatetimeIsClipTime'
    | 'lang'
    | 'description'
  > & { pubDay?: string },
  accessed: string,
): CslItem {
  const authors = clip.author ? clip.author.split(', ').filter(Boolean).map(cslName) : [];
  return {
    id: clip.slug,
    type: clip.siteName ? 'article-newspaper' : 'webpage',
    title: clip.title,
    ...(authors.length && { author: authors }),
    ...(clip.siteName && { 'container-title': clip.siteName }),
    URL: clip.canonicalURL,
    ...(!clip.pubDatetimeIsClipTime && {
      issued: { 'date-parts': dateParts(clip.pubDay ?? clip.pubDatetime) },
    }),
    accessed: { 'date-parts': dateParts(accessed) },
    ...(clip.lang && { language: clip.lang }),
    ...(clip.description && { abstract: clip.description }),
  };
}
