import { cleanTitle, type TitleContext } from './clean-title';
import { looseText } from '../text/loose-text';
import { LAST_RESORT, type FieldSource } from './source-registry';
import { chosen, resolveField, type Candidate, type Standing } from './resolve-field';
import { collapse } from '../text/collapse';

/**
 * Chooses the clip's title. Metadata titles (JSON-LD headline, og:title, …, `<title>`) are cleaned of site
 * names; the visible headline (h1) wins when it agrees with them — shares most of its words with one, or is
 * contained in one — because metadata titles are often SEO rewrites or carry a kicker ("Klimaschutz: …") the
 * reader never sees as the headline. An h1 that agrees with no title (a logo, a section name) is ignored.
 */
export interface TitleCandidate {
  value: string;
  source: FieldSource<'title'>;
}

const MIN_AGREEMENT = 0.6;

function words(s: string): string[] {
  return looseText(s).split(' ').filter(Boolean);
}

/** Share of the h1's words found in the other title (both ways, the larger). */
export function agreement(h1: string, other: string): number {
  const a = words(h1);
  const b = words(other);
  if (!a.length || !b.length) return 0;
  const setA = new Set(a);
  const setB = new Set(b);
  const inB = a.filter((w) => setB.has(w)).length / a.length;
  const inA = b.filter((w) => setA.has(w)).length / b.length;
  return Math.max(inB, inA);
}

/** "ICON Magazine" as the og:title of an ICON Magazine article: the site's name is nobody's headline. */
function isSiteName(title: string, ctx: TitleContext): boolean {
  const t = looseText(title);
  const host = (ctx.host ?? '').toLowerCase().replace(/^www\d?\./, '');
  return !!t && (t === looseText(ctx.siteName ?? '') || (!!host && t === looseText(host)));
}

/**
 * A metadata title that is the `<title>` word for word is the page's SEO title (or the site's default title,
 * ".:: ACME ::. Templates", on every page), not an editorial headline: a visible h1 of headline size that
 * disagrees with it is what the reader sees as the title.
 */
function isSiteWideTitle(candidates: readonly TitleCandidate[], first: TitleCandidate | undefined): boolean {
  const tag = candidates.find((c) => c.source === 'title-tag')?.value;
  return !!first && first.source !== 'title-tag' && !!tag && looseText(tag) === looseText(first.value);
}

/** The judge of the title's candidates: the h1 stands only where the metadata titles confirm it. */
export function pickTitle(
  all: readonly TitleCandidate[],
  h1: string,
  ctx: TitleContext,
): TitleCandidate | undefined {
  // A title that is only the site's name is used only when nothing else names the page.
  const named = all.filter((c) => c.value.trim() && !isSiteName(c.value, ctx));
  const candidates = named.length ? named : all;
  const first = candidates.find((c) => c.value.trim());
  const judged: Candidate<'title'>[] = all.map((c) => ({
    value: cleanTitle(c.value, ctx),
    source: c.source,
    standing: !candidates.includes(c) ? 'rejected' : LAST_RESORT.has(c.source) ? 'fallback' : 'plain',
    evidence: candidates.includes(c) ? undefined : "the site's name",
  }));
  const headline = collapse(h1);
  const site = looseText(ctx.siteName ?? '');
  const usable = headline.length >= 3 && headline.length <= 300 && looseText(headline) !== site;
  const h1Standing = (): [Standing, string] => {
    if (!usable) return ['rejected', 'no headline-sized h1'];
    if (!first) return ['plain', 'the only title'];
    const h = looseText(headline);
    const live = judged.filter((c) => c.standing !== 'rejected');
    if (live.some((c) => looseText(c.value) === h)) return ['plain', 'a metadata title says the same'];
    // The h1 is a title plus a kicker or subtitle run together ("Open ProgressWhy …"): the title alone.
    const inside = live.find((c) => {
      const t = looseText(c.value);
      if (/(\.\.\.|…)$/.test(c.value)) return false; // a truncated og:title is a prefix of anything
      return (
        t.length >= 10 &&
        t.length < h.length &&
        t.length * 2 >= h.length &&
        (h.startsWith(t) || h.endsWith(t))
      );
    });
    if (inside) {
      inside.standing = 'preferred';
      inside.evidence = 'the h1 without its kicker';
      return ['rejected', 'a title and a kicker run together'];
    }
    if (live.some((c) => agreement(headline, c.value) >= MIN_AGREEMENT))
      return ['plain', 'agrees with a title'];
    return isSiteWideTitle(candidates, first) && words(headline).length >= 3
      ? ['plain', 'the metadata title is the site-wide <title>']
      : ['rejected', 'agrees with no title'];
  };
  const [standing, evidence] = h1Standing();
  return chosen(resolveField('title', [{ value: headline, source: 'h1', standing, evidence }, ...judged]));
}
