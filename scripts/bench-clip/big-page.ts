import { seededRandom } from '../bench/seeded-random';

/** The opening and closing lines of the big page's transcript: a clip that keeps the whole article has both. */
export const BIG_PAGE_FIRST = 'Good evening and welcome to the council hearing on the harbour barrage.';
export const BIG_PAGE_LAST = 'That concludes the hearing; the record will stay open for fourteen days.';

const WORDS = (
  'harbour council tidal barrage vote energy city river bridge budget report minister winter station ferry ' +
  'museum school doctors hospital market farmers weather storm schedule residents plan project tower lock ' +
  'turbine engineers tender contract cost overrun survey fishermen shipping channel sediment salmon'
).split(' ');
const SPEAKERS = ['CHAIR MORENO', 'DR. OKAFOR', 'MS. LINDQVIST', 'MR. HARTMANN', 'COUNCILLOR BRANDT'];

/**
 * A 5 MB news page of the kind that makes clippers slow: a long hearing transcript (the article, about
 * 1.3 MB of text in ~4,000 paragraphs) inside a page heavy with what can't be the article — megabytes of
 * inline script and style, a mega-menu, related-story rails, a 2,000-comment thread, a footer of links.
 * Generated deterministically; the article's first and last lines are exported so the bench can check
 * that the whole transcript was kept.
 */
export function bigNewsPage(bytes = 5_000_000): string {
  const rand = seededRandom(20_261_205);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => pick(WORDS)).join(' ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  };
  const turns = Array.from({ length: 4000 }, (_, i) => {
    const text = `${sentence(12)} ${sentence(16)} ${sentence(9)} ${sentence(14)}`;
    return `<p><strong>${SPEAKERS[i % SPEAKERS.length]}:</strong> ${text}</p>`;
  });
  const article =
    '<article class="story"><header><h1>Full transcript: the harbour barrage hearing</h1>' +
    '<p class="byline">By Mara Lindqvist and Jonas Brandt</p>' +
    '<time datetime="2026-11-30T18:00:00Z">30 November 2026</time></header>' +
    `<div class="story-body"><p>${BIG_PAGE_FIRST}</p>${turns.join('')}<p>${BIG_PAGE_LAST}</p></div></article>`;
  const menu = `<nav class="mega-menu"><ul>${Array.from(
    { length: 600 },
    (_, i) => `<li><a href="/section/${i}">${sentence(2)}</a></li>`,
  ).join('')}</ul></nav>`;
  const rail = (name: string, n: number) =>
    `<div class="${name}">${Array.from(
      { length: n },
      (_, i) =>
        `<div class="teaser"><a href="/story/${name}-${i}"><img src="/img/${i}.jpg" alt=""><span>${sentence(7)}</span></a></div>`,
    ).join('')}</div>`;
  const comments = `<section class="comments">${Array.from(
    { length: 2000 },
    (_, i) =>
      `<div class="comment"><div class="author">reader${i}</div><div class="text"><p>${sentence(10)}</p></div><button>Reply</button></div>`,
  ).join('')}</section>`;
  const footer = `<footer>${Array.from({ length: 400 }, (_, i) => `<a href="/f/${i}">${sentence(2)}</a>`).join(' ')}</footer>`;
  const body = `${menu}<main>${article}${rail('related', 800)}</main><aside>${rail('most-read', 800)}</aside>${comments}${footer}`;
  const style = `.s{color:red}`.repeat(20_000);
  const scriptBytes = Math.max(0, bytes - body.length - style.length - 600);
  const script = `var state=${JSON.stringify({ items: 'x'.repeat(scriptBytes) })};`;
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    '<title>Full transcript: the harbour barrage hearing | The Lakeside Ledger</title>' +
    `<style>${style}</style><script>${script}</script></head><body>${body}</body></html>`
  );
}
