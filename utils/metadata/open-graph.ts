import type { MetadataCandidate } from './metadata-candidate';
import { allMeta, firstMeta, type MetaIndex } from './meta-index';

/**
 * OpenGraph (og:*) and its article:* extension. Dates come from article:published_time / article:modified_time
 * (og:updated_time as a last resort for the modification date).
 */
export function readOpenGraph(meta: MetaIndex): MetadataCandidate {
  return {
    title: firstMeta(meta, 'og:title'),
    description: firstMeta(meta, 'og:description'),
    image: firstMeta(meta, 'og:image:secure_url', 'og:image', 'og:image:url'),
    siteName: firstMeta(meta, 'og:site_name'),
    url: firstMeta(meta, 'og:url'),
    published: firstMeta(meta, 'article:published_time', 'article:published', 'og:published_time'),
    modified: firstMeta(meta, 'article:modified_time', 'og:updated_time', 'article:modified'),
    authors: allMeta(meta, 'article:author', 'og:article:author'),
    keywords: allMeta(meta, 'article:tag', 'og:article:tag'),
    section: firstMeta(meta, 'article:section'),
    // og:locale is "de_DE": a language tag wants "de-DE".
    lang: firstMeta(meta, 'og:locale')?.replace('_', '-'),
  };
}
