/**
 * Hostile pages for the stress part of the benchmark (and, smaller, for the unit tests): the "pages
 * that crash a parser — broken CSS, invalid markup, megabytes of inline script, 10,000 nodes of sidebar".
 * Generated deterministically (seeded PRNG), each padded to about `bytes` of HTML, each with a real
 * article somewhere so a good outcome is a clip, not just "no error".
 */

import { seededRandom } from './seeded-random';

export interface StressPage {
  name: string;
  /** What makes the page hostile, for the table. */
  what: string;
  html: string;
}

const WORDS = (
  'harbour council tidal barrage vote energy city river bridge budget report minister winter station ferry ' +
  'museum school doctors hospital market farmers weather storm schedule residents plan project tower'
).split(' ');

function sentence(rand: () => number, words = 14): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)] ?? 'news');
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function paragraph(rand: () => number): string {
  return `<p>${sentence(rand)} ${sentence(rand, 18)} ${sentence(rand, 11)}</p>`;
}

/** A plausible article of `paragraphs` paragraphs. */
export function articleHtml(rand: () => number, paragraphs = 12): string {
  const body = Array.from({ length: paragraphs }, () => paragraph(rand)).join('\n');
  return `<article><h1>Harbour council approves the tidal barrage</h1><p class="byline">By Mara Lindqvist</p>${body}</article>`;
}

const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour council approves the tidal barrage</title>${head}</head><body>${body}</body></html>`;

/** Repeats `unit(i)` until the total reaches `bytes`. */
function fill(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = unit(i);
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

function brokenCss(bytes: number, rand: () => number): StressPage {
  // Unbalanced braces, unterminated strings and comments, a stray </style> inside a string.
  const css = fill(bytes, (i) =>
    i % 7 === 0
      ? `.x${i} { content: "unterminated; } /* open comment\n`
      : `.c${i} > a:not(:has(.d${i}{{ color: red; background: url("x${i}.png" } @media (max-width:{ \n`,
  );
  return {
    name: 'broken-css',
    what: 'megabytes of unbalanced CSS',
    html: page(`<style>${css}</style><style>a{color:"</style>`, articleHtml(rand)),
  };
}

function invalidMarkup(bytes: number, rand: () => number): StressPage {
  // Unclosed and mis-nested tags, stray `<`, attributes without quotes or ends, tables without rows.
  const junk = fill(
    bytes,
    (i) =>
      [
        `<div class=a${i} <span>text ${i} <b><i>bold</b></i>`,
        `<table><td>cell<p>para</table></p><li>item`,
        `< 3 && x > 2 <<<>>> &amp &#xZZ; &unknown;`,
        `<a href="/x${i}>broken attribute</a></span>`,
        `</div></div></section></body><p>${sentence(rand, 6)}`,
      ][i % 5] ?? '',
  );
  return {
    name: 'invalid-markup',
    what: 'unclosed, mis-nested, stray tags',
    html: page('', `${articleHtml(rand)}<div id="junk">${junk}`),
  };
}

function inlineScript(bytes: number, rand: () => number): StressPage {
  const script = fill(
    bytes,
    (i) => `var v${i}="</scr"+"ipt><p>not text</p>";function f${i}(){return ${i}<2&&"<div>";}\n`,
  );
  return {
    name: 'inline-script',
    what: 'megabytes of inline script',
    html: page(
      `<script>${script.slice(0, bytes / 2)}</script>`,
      `${articleHtml(rand)}<script>${script.slice(bytes / 2)}</script>`,
    ),
  };
}

function sidebar(bytes: number, rand: () => number): StressPage {
  const nodes = 10_000;
  const items = Array.from(
    { length: nodes },
    (_, i) => `<li class="teaser"><a href="/story/${i}">${sentence(rand, 5)}</a></li>`,
  );
  const side = `<aside class="sidebar"><ul>${items.join('')}</ul></aside>`;
  const pad = fill(
    Math.max(0, bytes - side.length),
    (i) => `<div class="promo-${i}"><a href="/p/${i}">More stories</a></div>`,
  );
  return {
    name: 'sidebar-10k',
    what: '10,000-node sidebar, padded',
    html: page('', `<nav>${pad}</nav><main>${articleHtml(rand)}</main>${side}`),
  };
}

function deepNesting(bytes: number, rand: () => number): StressPage {
  // Recursion bombs: thousands of nested elements, the article at the bottom.
  const depth = Math.min(20_000, Math.floor(bytes / 40) * 2);
  const open = '<div><span>'.repeat(depth / 2);
  const close = '</span></div>'.repeat(depth / 2);
  const nest = `${open}${articleHtml(rand)}${close}`;
  // Padded with a comment so the page is the full size without turning into an element-count test.
  const pad = `<!-- ${'x'.repeat(Math.max(0, bytes - nest.length - 200))} -->`;
  return {
    name: 'deep-nesting',
    what: `${depth.toLocaleString('en')} nested elements`,
    html: page('', `${nest}${pad}`),
  };
}

function hugeArticle(bytes: number, rand: () => number): StressPage {
  const paragraphs = Math.max(12, Math.floor(bytes / 300));
  return {
    name: 'huge-article',
    what: `one article of ${paragraphs.toLocaleString('en')} paragraphs`,
    html: page('', articleHtml(rand, paragraphs)),
  };
}

/** The stress pages, each about `bytes` of HTML (the benchmark uses 5 MB). */
export function stressPages(bytes = 5_000_000): StressPage[] {
  const rand = seededRandom(20_260_314);
  return [brokenCss, invalidMarkup, inlineScript, sidebar, deepNesting, hugeArticle].map((make) =>
    make(bytes, rand),
  );
}
