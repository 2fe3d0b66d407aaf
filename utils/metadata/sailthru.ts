import type { MetadataCandidate } from './metadata-candidate';
import { allMeta, firstMeta, type MetaIndex } from './meta-index';

/** Sailthru's newsletter tags (sailthru.author, sailthru.date, sailthru.tags), common on US news sites. */
export function readSailthru(meta: MetaIndex): MetadataCandidate {
  return {
    title: firstMeta(meta, 'sailthru.title'),
    authors: allMeta(meta, 'sailthru.author'),
    published: firstMeta(meta, 'sailthru.date'),
    description: firstMeta(meta, 'sailthru.description'),
    keywords: allMeta(meta, 'sailthru.tags'),
    image: firstMeta(meta, 'sailthru.image.full'),
  };
}
