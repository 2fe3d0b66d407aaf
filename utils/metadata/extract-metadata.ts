/**
 * Page metadata, each field from the first of its sources that yields a usable value, in the order the
 * registry gives (source-registry.ts, also the README's table); `sources[field]` names the one used. Three
 * refinements, all measured on hand-labelled news pages, are the resolvers the registry names: the visible
 * h1 wins over metadata titles it agrees with (pick-title); the day printed at the headline settles dates
 * that disagree (pick-published); a publisher, login or unprinted CMS name loses to the printed byline
 * (read-author). withReadabilityFallbacks lets Readability replace values from last-resort sources. Only
 * standard DOM reads, so the same code runs in the page, in happy-dom and in linkedom; the document is never
 * modified.
 */
import type { MetadataSources, PageMetadata, ReadabilityFields } from './page-metadata-schema';
import { LAST_RESORT, META_SOURCES, type MetaSource, type MetadataField } from './source-registry';
import type { MetadataCandidate } from './metadata-candidate';
import { indexMetaTags } from './meta-index';
import { readJsonLd } from './json-ld';
import { readOpenGraph } from './open-graph';
import { readDublinCore } from './dublin-core';
import { readCitation } from './citation';
import { readParsely } from './parsely';
import { readSailthru } from './sailthru';
import { readMetaTags } from './meta-tags';
import { findHeadline, type Headline } from './find-headline';
import { headlineText } from './headline-text';
import { collapse } from '../text/collapse';
import { trimSeparators } from './trim-separators';
import { decodeEntities } from './decode-entities';
import { splitByline } from './byline';
import { isUrl, joinAuthors } from './author-list';
import { parseStatedDate, toUtc } from './parse-date';
import { pickPublished } from './pick-published';
import { titleFromUrl } from './url-title';
import { cleanTitle } from './clean-title';
import { pickTitle, type TitleCandidate } from './pick-title';
import { readAuthor } from './read-author';
import { canonicalUrl, cleanUrl } from './canonical-url';
import { pageElements, type PageElements } from './page-elements';
import { sharePageOrder } from './scope-elements';
import { normalizeTags } from './normalize-tags';
import { pageTagContext } from '../tags/page-tag-context';
import { describe, truncateText } from './describe';
import { pickDescription } from './pick-description';
import { datelineAgency, leadParagraphs } from './dateline';

type Source = readonly [name: MetaSource, candidate: MetadataCandidate];

function pick<T, S extends string>(
  sources: readonly (readonly [S, MetadataCandidate])[],
  read: (c: MetadataCandidate) => T | null | undefined,
): [T, S] | undefined {
  for (const [name, candidate] of sources) {
    const value = read(candidate);
    if (value !== null && value !== undefined && value !== '') return [value, name];
  }
  return undefined;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Base for relative URLs: `<base href>` resolved against the page address, else the page address. */
function baseUrl(href: string | null, pageUrl: string): string {
  return (href && cleanUrl(href, pageUrl)) || pageUrl;
}

/** The `rel` test of `link[rel~="canonical" i]`. */
const CANONICAL = /(?:^|\s)canonical(?:$|\s)/i;

/**
 * Reads the page's metadata without modifying the document. The elements the readers look up page-wide are
 * collected in one walk first (`elements`, when the caller has already done that walk).
 */
export function extractMetadata(
  doc: Document,
  pageUrl: string,
  elements: PageElements = pageElements(doc),
  /** Receives the headline the readers used, for callers that look near it too (the article's lead). */
  onHeadline?: (headline: Headline) => void,
): PageMetadata {
  const meta = indexMetaTags(doc, elements.meta);
  const jsonLd = readJsonLd(doc, elements.script);
  const og = readOpenGraph(meta);
  const read: Record<MetaSource, MetadataCandidate> = {
    'json-ld': jsonLd,
    og,
    dc: readDublinCore(meta),
    citation: readCitation(meta),
    parsely: readParsely(meta),
    sailthru: readSailthru(meta),
    meta: readMetaTags(meta),
  };
  // The registry's order is the priority order of every field below.
  const sources: Source[] = META_SOURCES.map((name) => [name, read[name]] as const);
  const found: MetadataSources = {};
  const base = baseUrl(elements.baseHref, pageUrl);
  const titleTag = decodeEntities(collapse(elements.title?.textContent));
  const headline = findHeadline(doc, [jsonLd.title ?? '', og.title ?? '', titleTag], elements);
  sharePageOrder(headline, elements.ordered);
  onHeadline?.(headline);
  const h1Text = headlineText(headline.h1);

  const siteName = pick(sources, (c) => c.siteName && collapse(c.siteName));
  if (siteName) found.siteName = siteName[1];

  const titleRefs = [h1Text, jsonLd.title ?? '', og.title ?? ''];
  const titleCandidates: TitleCandidate[] = [
    ...sources.flatMap(([source, c]) => (c.title ? [{ value: c.title, source }] : [])),
    ...(titleTag ? [{ value: titleTag, source: 'title-tag' as const }] : []),
  ];
  const picked = pickTitle(titleCandidates, h1Text, {
    siteName: siteName?.[0],
    host: hostOf(pageUrl),
    references: titleRefs,
  });
  const fallbackTitle = picked ? undefined : titleFromUrl(pageUrl);
  const title = trimSeparators(picked?.value ?? fallbackTitle ?? '');
  found.title = picked?.source ?? 'url';

  const author = readAuthor(sources, {
    doc,
    headline,
    siteName: siteName?.[0] ?? '',
    host: hostOf(pageUrl),
    bylineAnchors: elements.bylineAnchors,
  });
  // Agency reports without a byline: the dateline's credit ("Hamburg (dpa/lno) – …"), which Readability may replace.
  const agency = author
    ? ''
    : datelineAgency([...sources.map(([, c]) => c.description), ...leadParagraphs(headline)]);
  if (author) found.author = author.source;
  else if (agency) found.author = 'dateline';

  const { published, publishedDay, modified } = pickPublished(
    doc,
    pageUrl,
    headline,
    sources,
    elements.dates,
  );
  if (published) found.pubDatetime = published[1];
  if (modified) found.modDatetime = modified[1];

  const description = pickDescription(
    sources.flatMap(([name, c]) =>
      c.description?.trim() ? [[collapse(c.description), name] as [string, MetaSource]] : [],
    ),
  );
  if (description) found.description = description[1];

  const tags = normalizeTags([
    ...sources.flatMap(([, c]) => c.keywords ?? []),
    ...(jsonLd.section ? [jsonLd.section] : []),
  ]);
  const tagSource = sources.find(([, c]) => normalizeTags(c.keywords ?? []).length)?.[0] ?? 'json-ld';
  if (tags.length) found.tags = tagSource;

  const canonicalLink = elements.link.find((l) => CANONICAL.test(l.getAttribute('rel') ?? ''));
  const canonicalHref = canonicalLink?.getAttribute('href') ?? undefined;
  const pagePath = hostOf(pageUrl) ? new URL(pageUrl).pathname : '/';
  // A canonical pointing at the home page from an article is a CMS misconfiguration, not the article's address.
  const usable = (u: string | undefined) => {
    const clean = cleanUrl(u, base);
    return clean && (pagePath === '/' || new URL(clean).pathname !== '/') ? clean : undefined;
  };
  const canonicalURL = canonicalUrl(pageUrl, base, [usable(canonicalHref), usable(og.url)]);
  found.canonicalURL =
    canonicalURL === usable(canonicalHref) ? 'canonical' : canonicalURL === usable(og.url) ? 'og' : 'url';

  const image = pick(sources, (c) => cleanUrl(c.image, base));
  if (image) found.ogImage = image[1];

  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim();
  const lang = htmlLang
    ? ([htmlLang, 'html-lang'] as const)
    : pick([['og', og], ['json-ld', jsonLd], ...sources.slice(2)], (c) => c.lang);
  if (lang) found.lang = lang[1];

  return {
    title,
    author: author?.value ?? agency,
    pubDatetime: published?.[0] ?? null,
    pubDay: publishedDay ?? null,
    modDatetime: modified?.[0] ?? null,
    description: description?.[0] ?? '',
    tags,
    ...pageTagContext(
      sources.map(([, c]) => c),
      elements.script,
    ),
    canonicalURL,
    ogImage: image?.[0] ?? null,
    lang: lang?.[0] ?? '',
    siteName: siteName?.[0] ?? '',
    sources: found,
  };
}

/** Fills what the page's own metadata left empty (or only had from the title tag / URL) from Readability. */
export function withReadabilityFallbacks(meta: PageMetadata, fields: ReadabilityFields): PageMetadata {
  const sources = { ...meta.sources };
  const replaceable = (field: MetadataField, value: string | null) => {
    const source = sources[field];
    return !value || !source || LAST_RESORT.has(source);
  };
  const next: PageMetadata = { ...meta, sources };

  const title = collapse(fields.title);
  if (title && replaceable('title', meta.title)) {
    next.title = trimSeparators(
      cleanTitle(title, {
        siteName: meta.siteName || fields.siteName || undefined,
        host: hostOf(meta.canonicalURL),
      }),
    );
    sources.title = 'readability';
  }
  const byline = joinAuthors(fields.byline && !isUrl(fields.byline) ? splitByline(fields.byline) : []);
  if (byline && replaceable('author', meta.author)) {
    next.author = byline;
    sources.author = 'readability';
  }
  const published = parseStatedDate(fields.publishedTime);
  if (published && replaceable('pubDatetime', meta.pubDatetime)) {
    next.pubDatetime = toUtc(published);
    next.pubDay = published.slice(0, 10);
    sources.pubDatetime = 'readability';
  }
  if (!meta.description) {
    // Readability's excerpt is the first paragraph when the page has no description: shorten it like text.
    const excerpt = fields.excerpt ? truncateText(fields.excerpt) : undefined;
    const description = describe(excerpt, fields.textContent);
    if (description) {
      next.description = description;
      sources.description = fields.excerpt?.trim() ? 'readability' : 'text';
    }
  }
  for (const field of ['siteName', 'lang'] as const) {
    const value = collapse(fields[field]);
    if (value && !meta[field]) {
      next[field] = value;
      sources[field] = 'readability';
    }
  }
  return next;
}
