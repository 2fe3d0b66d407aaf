import { collapse } from '../text/collapse';
import type { ThinClip } from './thin-clip-schema';

/**
 * Below this many words an "article" is a teaser, a shell or an error page. The shortest real articles,
 * wire briefs, run about 100 words; a shell or a photo page with its caption stays well under 80.
 */
export const MIN_WORDS = 80;
/** Chinese and Japanese run about 1.8 characters a word: 80 words are about 150 characters. */
const CJK_PER_WORD = 150 / MIN_WORDS;
/** A page with this many words is never thin for its headings and captions: see measureClip. */
const FRAMED_ARTICLE_WORDS = 3 * MIN_WORDS;
/** Placeholder text making up this share of the prose means the page's template was never filled in. */
const TEMPLATE_SHARE = 0.25;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const PLACEHOLDER = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\[\[[\s\S]*?\]\]/g;
/** Where none of these occur, there is no placeholder to measure. */
const TEMPLATE_MARK = /\{\{|\{%|\[\[/;
/** Headings and captions: the text of a photo page, not a body. */
const FRAME = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'CAPTION']);
/** Code shows templates on purpose (a tutorial on Angular): not a sign of an unfilled page. */
const CODE = new Set(['PRE', 'CODE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

// Made on first use: only unspaced scripts need it, and building it loads ICU's word-break data (several
// ms of the injected script's start-up on every clip).
let segmenter: Intl.Segmenter | undefined;
const wordSegmenter = () => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' }));

/**
 * Pieces of about CHUNK characters, cut at whitespace (never inside a word): iterating Intl.Segmenter's
 * segments grows with the square of the text's length in V8 (a 330 kB results table took 11 s to count).
 * A piece with no whitespace to cut at (CJK prose) is cut at CHUNK; a word split there is counted as two,
 * one in every CHUNK characters at most.
 */
const CHUNK = 2000;
function* pieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK) {
    let end = start + CHUNK;
    while (end > start && !/\s/.test(text[end]!)) end--;
    if (end === start) end = start + CHUNK;
    yield text.slice(start, end);
    start = end;
  }
  yield text.slice(start);
}

/** Scripts that don't space their words: only Intl.Segmenter's dictionaries find their words. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/**
 * A word in a spaced script, as Unicode's word boundaries (UAX #29) find it and thirty times faster than
 * the segmenter: letters, marks, digits and connectors, soft hyphens inside, joined across an apostrophe,
 * a point or a colon between letters ("don't", "e.g") and a point or comma between digits ("12,34").
 * On the corpus pages' text the two counts differ by under 1 % on almost every page.
 */
const SPACED_WORD =
  /[\p{L}\p{M}\p{N}\p{Pc}][\p{L}\p{M}\p{N}\p{Pc}\p{Cf}]*(?:(?:[.'’:·](?=[\p{L}\p{M}])|[.,;'’](?=\p{N}))[\p{L}\p{M}\p{N}\p{Pc}\p{Cf}]+)*/gu;

/**
 * How many times SPACED_WORD matches: `test` from each match's end, not `match(...).length`, which builds a
 * string per word (a megabyte transcript's 200,000 words took ten times as long, and the garbage after).
 */
function spacedWords(text: string): number {
  let n = 0;
  SPACED_WORD.lastIndex = 0;
  while (SPACED_WORD.test(text)) n++;
  return n;
}

/** Word counts: `latin` words in scripts that space them, `cjk` characters in those that don't. */
function tally(text: string): { latin: number; cjk: number } {
  if (!UNSPACED.test(text)) return { latin: spacedWords(text), cjk: 0 };
  let latin = 0;
  let cjk = 0;
  for (const piece of pieces(text)) {
    for (const { segment, isWordLike } of wordSegmenter().segment(piece)) {
      if (!isWordLike) continue;
      const chars = segment.match(CJK)?.length ?? 0;
      if (chars) cjk += chars;
      else latin += 1;
    }
  }
  return { latin, cjk };
}

/** The word count shown to the user: words, plus one per CJK character (as word processors count). */
export function countWords(text: string): number {
  const { latin, cjk } = tally(text);
  return latin + cjk;
}

/** In words: CJK characters weighed so one threshold fits every script. */
const weighed = ({ latin, cjk }: { latin: number; cjk: number }) => latin + cjk / CJK_PER_WORD;

/** The text of `root`, split into body prose, headings and captions, and code. */
function texts(root: Element): { body: string; frame: string; code: string } {
  const parts = { body: [] as string[], frame: [] as string[], code: [] as string[] };
  // An explicit stack: the page's nesting can be deep, recursion is not safe. Two arrays, not an object
  // per node: a long transcript has tens of thousands of nodes, each entry was garbage at once.
  const nodes: Node[] = [root];
  const partOf: (keyof typeof parts)[] = ['body'];
  while (nodes.length) {
    const node = nodes.pop()!;
    const part = partOf.pop()!;
    if (node.nodeType === 3) {
      parts[part].push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node !== root) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) continue;
    const next = CODE.has(tag) ? 'code' : part === 'body' && FRAME.has(tag) ? 'frame' : part;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i] as Node);
      partOf.push(next);
    }
  }
  return { body: parts.body.join(' '), frame: parts.frame.join(' '), code: parts.code.join(' ') };
}

/** The extracted article's word count, and why it looks too thin to save as an article, if it does. */
export function measureClip(content: Element): { words: number; thin?: ThinClip } {
  const { body, frame, code } = texts(content);
  // Each part is counted once (a megabyte article's text is scanned once, not twice): the count of the
  // parts joined by spaces is the sum of their counts.
  const [b, f, c] = [tally(body), tally(frame), tally(code)];
  const words = b.latin + b.cjk + f.latin + f.cjk + c.latin + c.cjk;
  if (TEMPLATE_MARK.test(body) || TEMPLATE_MARK.test(frame)) {
    const prose = collapse(`${body} ${frame}`);
    const placeholders = (prose.match(PLACEHOLDER) ?? []).join('').length;
    if (prose && placeholders / prose.length >= TEMPLATE_SHARE)
      return { words, thin: { reason: 'template', words } };
  }
  const bodyWords = weighed(b) + weighed(c);
  if (bodyWords >= MIN_WORDS) return { words };
  const frameWords = weighed(f);
  // Some sites set whole paragraphs in figures or headings: past a few short paragraphs' worth of text,
  // a page is an article wherever its text sits (a real 440-word story was flagged as "caption" before).
  if (bodyWords + frameWords >= FRAMED_ARTICLE_WORDS) return { words };
  // Short on every count, or made to look long only by headings and captions.
  const reason = frameWords > bodyWords || bodyWords + frameWords >= MIN_WORDS ? 'caption' : 'short';
  return { words, thin: { reason, words } };
}
