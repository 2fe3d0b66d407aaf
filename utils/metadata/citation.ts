import type { MetadataCandidate } from './metadata-candidate';
import { allMeta, firstMeta, type MetaIndex } from './meta-index';

/** Highwire Press citation_* tags (Google Scholar), used by journals and preprint servers. */
export function readCitation(meta: MetaIndex): MetadataCandidate {
  return {
    title: firstMeta(meta, 'citation_title'),
    // One tag per author, often "Last, First": turned around so the comma-joined author list stays unambiguous.
    authors: allMeta(meta, 'citation_author').map((a) => a.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1')),
    published: firstMeta(
      meta,
      'citation_publication_date',
      'citation_date',
      'citation_online_date',
      'citation_cover_date',
    ),
    description: firstMeta(meta, 'citation_abstract'),
    keywords: allMeta(meta, 'citation_keywords'),
    siteName: firstMeta(meta, 'citation_journal_title', 'citation_publisher'),
    lang: firstMeta(meta, 'citation_language'),
  };
}
