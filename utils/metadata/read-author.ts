import type { MetaSource } from './source-registry';
import type { MetadataCandidate } from './metadata-candidate';
import type { Headline } from './find-headline';
import { readByline, splitByline } from './byline';
import { isUrl, joinAuthors } from './author-list';
import { isWeakAuthor, pickAuthor, type AuthorCandidate } from './pick-author';
import { fullNameInPage, fullNameOfLogin, printsName } from './visible-text';

/** Names from a source's author list: strings that are profile URLs or e-mail addresses are not names. */
function authorNames(candidate: MetadataCandidate): string | undefined {
  const names = (candidate.authors ?? []).filter((a) => !isUrl(a)).flatMap((a) => splitByline(a));
  return joinAuthors(names) || undefined;
}

export interface AuthorContext {
  doc: Document;
  headline: Headline;
  siteName: string;
  host: string;
  /** The page walk's byline anchors (page-elements), for the byline reader's page-wide fallback. */
  bylineAnchors?: readonly Element[];
}

/**
 * The author among the metadata sources (in priority order) and the byline printed in the page (pick-author
 * decides between them). The byline is read only when the metadata has no convincing author (it costs a few
 * DOM queries): none, only the publisher, only a first name the byline may complete, or a name the page
 * never prints (the CMS account that posted the story). A first name no byline completes is completed by
 * the page's own name element, a login ("christian.stadtfeld") by the name the page prints ("page-text").
 */
export function readAuthor(
  sources: readonly (readonly [MetaSource, MetadataCandidate])[],
  { doc, headline, siteName, host, bylineAnchors }: AuthorContext,
): AuthorCandidate | undefined {
  const metadataAuthors = sources.flatMap(([source, c]): AuthorCandidate[] => {
    const value = authorNames(c);
    return value ? [{ value, source }] : [];
  });
  const isPublisher = (name: string) => isWeakAuthor(name, siteName, host);
  const strong = metadataAuthors.find((c) => !isPublisher(c.value));
  const unprinted = !!strong && !printsName(doc, headline.container, strong.value);
  const needByline = !strong || !strong.value.trim().includes(' ') || unprinted;
  const byline = needByline ? readByline(doc, headline, isPublisher, bylineAnchors) : [];
  const chosen = pickAuthor(metadataAuthors, joinAuthors(byline), siteName, host, {
    metadataUnprinted: unprinted,
  });
  const fullName =
    chosen && chosen.source !== 'byline' && !chosen.value.includes(' ')
      ? (fullNameInPage(doc, headline.container, chosen.value) ?? fullNameOfLogin(doc, chosen.value))
      : null;
  return fullName ? { value: fullName, source: 'page-text' } : chosen;
}
