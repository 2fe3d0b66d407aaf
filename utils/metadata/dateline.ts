import { type Headline } from './find-headline';
import { collapse } from '../text/collapse';
import { scopeElements, splitListAround } from './scope-elements';

/**
 * The agency credit of a news dateline: "Hamburg (dpa/lno) – …", "BERLIN (AP) — …", "Paris (AFP/Reuters) - …".
 * Agency reports often have no byline; the dateline names who wrote them. Codes are short and all lower- or
 * all upper-case (dpa, epd, KNA, AFP), or a wire's name, so "Frankfurt (Oder) – …" is a place, not a credit.
 */
const CODE = String.raw`(?:\p{Ll}{2,6}|\p{Lu}{2,6}|Reuters|Bloomberg)`;
/** The place: one to three capitalised words, with the particles of names like "Frankfurt am Main". */
const WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const PLACE = String.raw`${WORD}(?:(?:\s(?:am|an|im|bei|ob|de|di|la|le|sur|upon|on))?[\s/]${WORD}){0,2}`;
const DATELINE = new RegExp(String.raw`^${PLACE}\s*\((${CODE}(?:\s*[/,]\s*${CODE}){0,2})\)\s*[-–—:]\s`, 'u');

/** The agency named by the first text that opens with a dateline; '' when none does. */
export function datelineAgency(texts: readonly (string | null | undefined)[]): string {
  for (const text of texts) {
    const m = DATELINE.exec(collapse(text).slice(0, 120));
    if (m?.[1]) return m[1].replace(/\s+/g, '');
  }
  return '';
}

const isParagraph = (el: Element): boolean => el.localName.toLowerCase() === 'p';

/** The first paragraphs after the headline, where a dateline opens the article. */
export function leadParagraphs(headline: Headline): string[] {
  const { h1, container } = headline;
  if (!container) return [];
  return splitListAround(scopeElements(container, headline), isParagraph, h1)
    .after.slice(0, 3)
    .map((p) => p.textContent ?? '');
}
