import type { MetadataCandidate } from './metadata-candidate';
import { allMeta, firstMeta, type MetaIndex } from './meta-index';
import { alternation } from './lexicon/build-pattern';
import { AUTHOR_WORDS, WRITTEN_BY } from './lexicon/author-labels';
import { wordsOf } from './lexicon/languages';

/**
 * The generic `<meta>` names that are not part of a namespaced vocabulary: author, description, keywords,
 * news_keywords, the many spellings of a publication date, Twitter cards and microdata `<meta itemprop>`.
 */
const WRITER_LABEL = new RegExp(alternation([...wordsOf(WRITTEN_BY), ...wordsOf(AUTHOR_WORDS)]), 'i');

/** Yoast's Twitter card: twitter:label1 "Written by" / "Verfasst von" with the name in twitter:data1. */
function twitterLabelAuthor(meta: MetaIndex): string[] {
  for (const n of [1, 2]) {
    const label = firstMeta(meta, `twitter:label${n}`);
    const data = firstMeta(meta, `twitter:data${n}`);
    if (label && data && WRITER_LABEL.test(label)) {
      return [data];
    }
  }
  return [];
}

export function readMetaTags(meta: MetaIndex): MetadataCandidate {
  const named = allMeta(meta, 'author', 'byl', 'article.author', 'creator').slice(0, 10);
  return {
    title: firstMeta(meta, 'twitter:title', 'title', 'headline', 'itemprop:headline'),
    authors: named.length ? named : twitterLabelAuthor(meta),
    description: firstMeta(meta, 'description', 'twitter:description', 'abstract'),
    keywords: allMeta(meta, 'news_keywords', 'keywords'),
    image: firstMeta(meta, 'twitter:image', 'twitter:image:src', 'image', 'thumbnail'),
    published: firstMeta(
      meta,
      'datepublished',
      'pubdate',
      'publish-date',
      'publish_date',
      'publishdate',
      'published_time',
      'published-date',
      'article.published',
      'article:published',
      'datecreated',
      'created',
      'creation_date',
      'og:pubdate',
      'date.created',
      'release_date',
    ),
    modified: firstMeta(
      meta,
      'datemodified',
      'lastmod',
      'last-modified',
      'modified',
      'revised',
      'article.updated',
      // Baidu Baike's own spelling of schema.org's dateModified.
      'dateupdate',
    ),
    pageDate: firstMeta(meta, 'date'),
    siteName: firstMeta(meta, 'application-name', 'apple-mobile-web-app-title'),
    lang: firstMeta(meta, 'content-language', 'language'),
  };
}
