/**
 * Page metadata, each field from the first of its sources that yields a usable value, in the order the
 * registry gives (source-registry.ts, also the README's table); `sources[field]` names the one used. Three
 * refinements, all measured on hand-labelled news pages, are the resolvers the registry names: the visible
 * h1 wins over metadata titles it agrees with (pick-title); the day printed at the headline settles dates
 * that disagree (pick-published); a publisher, login or unprinted CMS name loses to the printed byline
 * (read-author). Readability's own fields are offered later (readability-fields.ts). Only
 * standard DOM reads, so the same code runs in the page, in happy-dom and in linkedom; the document is never
 * modified.
 */
import type { MetadataSources, PageMetadata } from './page-metadata-schema';
import { META_SOURCES, type FieldSource, type MetaSource, type MetadataField } from './source-registry';
import { resolveField, type Candidate } from './resolve-field';
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
import { hostOf } from './host-of';
import { trimSeparators } from './trim-separators';
import { decodeEntities } from './decode-entities';
import { pickPublished } from './pick-published';
import { titleFromUrl } from './url-title';
import { pickTitle, type TitleCandidate } from './pick-title';
import { readAuthor } from './read-author';
import { canonicalUrl, cleanUrl } from './canonical-url';
import { pageElements, type PageElements } from './page-elements';
import { sharePageOrder } from './scope-elements';
import { normalizeTags } from './normalize-tags';
import { pageTagContext } from '../tags/page-tag-context';
import { pickDescription } from './pick-description';
import { datelineAgency, leadParagraphs } from './dateline';

type Source = readonly [name: MetaSource, candidate: MetadataCandidate];

/** Each metadata family's value for a field, as plain candidates: the registry's order decides. */
function fromFamilies<F extends MetadataField>(
  sources: readonly Source[],
  read: (c: MetadataCandidate) => string | null | undefined,
): Candidate<F>[] {
  return sources.flatMap(([source, c]) => {
    const value = read(c);
    return value ? [{ value, source: source as FieldSource<F>, standing: 'plain' as const }] : [];
  });
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

  const siteName = resolveField(
    'siteName',
    fromFamilies(sources, (c) => collapse(c.siteName)),
  );
  if (siteName) found.siteName = siteName.source;

  const titleRefs = [h1Text, jsonLd.title ?? '', og.title ?? ''];
  const titleCandidates: TitleCandidate[] = [
    ...sources.flatMap(([source, c]) => (c.title ? [{ value: c.title, source }] : [])),
    ...(titleTag ? [{ value: titleTag, source: 'title-tag' as const }] : []),
  ];
  const picked = pickTitle(titleCandidates, h1Text, {
    siteName: siteName?.value,
    host: hostOf(pageUrl),
    references: titleRefs,
  });
  const fallbackTitle = picked ? undefined : titleFromUrl(pageUrl);
  const title = trimSeparators(picked?.value ?? fallbackTitle ?? '');
  found.title = picked?.source ?? 'url';

  const author = readAuthor(sources, {
    doc,
    headline,
    siteName: siteName?.value ?? '',
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

  const image = resolveField(
    'ogImage',
    fromFamilies(sources, (c) => cleanUrl(c.image, base)),
  );
  if (image) found.ogImage = image.source;

  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim();
  const lang = resolveField('lang', [
    { value: htmlLang ?? '', source: 'html-lang', standing: 'plain' },
    ...fromFamilies<'lang'>(sources, (c) => c.lang),
  ]);
  if (lang) found.lang = lang.source;

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
    ogImage: image?.value ?? null,
    lang: lang?.value ?? '',
    siteName: siteName?.value ?? '',
    sources: found,
  };
}
