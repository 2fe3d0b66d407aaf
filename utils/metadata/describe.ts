import { collapse } from '../text/collapse';

/**
 * The clip's description: the page's own (og/meta/JSON-LD, chosen by the caller), else the opening sentences
 * of the article text, cut on a word boundary at about 160 characters with "…" when cut.
 */
export const DESCRIPTION_LENGTH = 160;

/** Shortens text to whole sentences, or else whole words, within `max` characters. */
export function truncateText(text: string, max = DESCRIPTION_LENGTH): string {
  const s = collapse(text);
  if (s.length <= max) return s;
  // Whole sentences when at least half the budget fits, so the description does not end mid-thought.
  const sentences = s.slice(0, max + 1).match(/^.*[.!?](?=\s)/);
  if (sentences && sentences[0].length >= max / 2) return sentences[0];
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const words = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '');
  return `${words}…`;
}

/** The page's description when it has one, else the start of the article text; '' when neither exists. */
export function describe(
  pageDescription: string | undefined,
  articleText: string | null | undefined,
): string {
  const own = pageDescription === undefined ? undefined : collapse(pageDescription);
  if (own) return own;
  return articleText ? truncateText(articleText) : '';
}
