import type { MetadataCandidate } from './metadata-candidate';
import { allMeta, firstMeta, type MetaIndex } from './meta-index';

/** Dublin Core (DC.* and dcterms.*), common on public-sector, library and German CMS pages. */
export function readDublinCore(meta: MetaIndex): MetadataCandidate {
  return {
    title: firstMeta(meta, 'dc.title', 'dcterms.title'),
    authors: allMeta(meta, 'dc.creator', 'dcterms.creator', 'dc.creator.personalname', 'dc.contributor'),
    published: firstMeta(
      meta,
      'dcterms.issued',
      'dc.date.issued',
      'dcterms.created',
      'dc.date.created',
      'dcterms.available',
    ),
    pageDate: firstMeta(meta, 'dc.date', 'dcterms.date'),
    modified: firstMeta(meta, 'dcterms.modified', 'dc.date.modified'),
    description: firstMeta(meta, 'dc.description', 'dcterms.description', 'dcterms.abstract'),
    keywords: allMeta(meta, 'dc.subject', 'dcterms.subject'),
    siteName: firstMeta(meta, 'dc.publisher', 'dcterms.publisher'),
    lang: firstMeta(meta, 'dc.language', 'dcterms.language'),
  };
}
