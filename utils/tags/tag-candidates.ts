import { normalizeTags } from '../metadata/normalize-tags';
import { LANGS } from '../metadata/lexicon/languages';
import { compactTag, foldTag } from './fold-tag';
import { GENERIC_TAGS } from './generic-tags';

/** What a page says about its keywords and itself: the keywords, and what is not a topic among them. */
export type PageTagContext = {
  /** The page's keywords, in its sources' priority order (news_keywords, article:tag, JSON-LD …). */
  keywords: readonly string[];
  /** Its section names: JSON-LD articleSection, article:section, parsely-section, breadcrumb names. */
  sections: readonly string[];
  /** The names the site goes by: og:site_name, JSON-LD publisher, application-name … */
  siteNames: readonly string[];
  url: string;
};

/** At most this many candidates are kept on a clip: more than a user reads as suggestions. */
export const MAX_CANDIDATES = 12;

let generic: Set<string> | undefined;
const genericWords = () => (generic ??= new Set(LANGS.flatMap((lang) => GENERIC_TAGS[lang]).map(foldTag)));

/** Labels of the page's host long enough to be a name ("theverge" of www.theverge.com, not "www" or "com"). */
function hostLabels(url: string): string[] {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  return host.split('.').filter((label) => label.length >= 3 && !/^(?:www\d*|com|net|org|amp)$/.test(label));
}

/** "The Verge" is also written "Verge": the article dropped so both match. */
const withoutArticle = (compact: string): string =>
  compact.replace(/^(?:the|die|der|das|le|la|el|il)(?=.{3})/, '');

/**
 * A CMS's bookkeeping rather than a word: "category: travel", "page type: article", "sections/sverige",
 * "editors_pick", an id ("26157981-b4f7-…", "A1234567"), a host name ("o.canada.com").
 */
const CODE = /[:/_=|<>{}]|\d{5}|[0-9a-f]{8}-[0-9a-f]{4}|\w\.(?:com|net|org|de|uk|fr|it|es)$/i;

/**
 * The page's keywords that could be the user's tags, in the page's order: the site's own names, its
 * section names, words that only place a story on a site (generic-tags.ts) and CMS codes are left out.
 */
export function tagCandidates(page: PageTagContext): string[] {
  const sections = new Set(normalizeTags(page.sections, 50).map(foldTag));
  const names = new Set(
    [...normalizeTags(page.siteNames, 50), ...hostLabels(page.url)].flatMap((name) => [
      compactTag(name),
      withoutArticle(compactTag(name)),
    ]),
  );
  const words = genericWords();
  return normalizeTags(page.keywords, 50)
    .filter((tag) => {
      const folded = foldTag(tag);
      const compact = compactTag(tag);
      return (
        folded !== '' &&
        !CODE.test(tag) &&
        !words.has(folded) &&
        !sections.has(folded) &&
        !names.has(compact) &&
        !names.has(withoutArticle(compact))
      );
    })
    .slice(0, MAX_CANDIDATES);
}
