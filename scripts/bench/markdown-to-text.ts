import { BLOCK_TAGS, KNOWN_TAGS } from './html-tags';

/**
 * A plain-text rendering of Markdown for scoring: link targets and images go, markup is stripped, the
 * visible words stay (scoring raw Markdown would count URL tokens and `**` against a pipeline). Handles
 * CommonMark/GFM as Turndown and Defuddle write it: ATX and setext headings, fenced and indented code (kept
 * verbatim), lists, quotes, tables, inline/reference links, footnotes, backslash escapes and raw HTML (tags
 * dropped — a block tag leaves a space — and basic entities decoded). Only known element names count as
 * tags, so `<noun>` in prose stays; "the <img> element" outside code loses its `<img>` (pipelines do emit
 * raw HTML, and telling the two apart is guesswork).
 */

/** Escaped or code characters are parked in a supplementary private-use range while markup is stripped. */
const PARK_BASE = 0xf0000;
const park = (ch: string): string => String.fromCodePoint(PARK_BASE + ch.charCodeAt(0));
const unpark = (text: string): string =>
  text.replace(/[\u{f0000}-\u{f00ff}]/gu, (c) =>
    String.fromCharCode((c.codePointAt(0) ?? PARK_BASE) - PARK_BASE),
  );

const MARKUP_CHARS = /[\\`*_[\]()<>|~#!=+\-.:^"'&;]/g;
const URL_IN_PARENS = String.raw`(?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?`;
const IMAGE = new RegExp(String.raw`!\[[^\]\n]*\]\(\s*${URL_IN_PARENS}\s*\)`, 'g');
const IMAGE_REF = /!\[[^\]\n]*\]\[[^\]\n]*\]/g;
const LINK = new RegExp(String.raw`\[([^\]\n]*)\]\(\s*${URL_IN_PARENS}\s*\)`, 'g');
const LINK_REF = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
const FOOTNOTE_REF = /\[\^[^\]\s]+\]/g;
const AUTOLINK = /<((?:https?|ftp|mailto):[^\s<>]*)>/gi;
const HTML_TAG = /<\/?([a-z][a-z0-9-]*)(?:\s[^<>]*)?\/?>|<!--[\s\S]*?(?:-->|$)/gi;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntity(_m: string, dec?: string, hex?: string, name?: string): string {
  if (name) return NAMED[name.toLowerCase()] ?? '';
  const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

function stripInline(line: string, footnotes: Map<string, number>): string {
  let s = line.replace(/\\$/, ''); // hard line break
  s = s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) =>
    code.replace(MARKUP_CHARS, park),
  );
  s = s.replace(/\\([!-/:-@[-`{-~])/g, (_m, ch: string) => park(ch));
  s = s.replace(IMAGE, '').replace(IMAGE_REF, '');
  // A footnote reference shows as a superscript number: GFM numbers labels in order of first reference.
  s = s.replace(FOOTNOTE_REF, (m) => {
    const n = footnotes.get(m) ?? footnotes.size + 1;
    footnotes.set(m, n);
    return ` ${n} `;
  });
  s = s.replace(LINK, '$1').replace(LINK_REF, '$1');
  s = s.replace(AUTOLINK, (_m, url: string) => url.replace(MARKUP_CHARS, park));
  s = s.replace(HTML_TAG, (m, tag?: string) => {
    const name = tag?.toLowerCase();
    if (name === undefined) return ''; // comment
    if (!KNOWN_TAGS.has(name)) return m;
    return BLOCK_TAGS.has(name) ? ' ' : '';
  });
  s = s.replace(ENTITY, decodeEntity);
  s = s.replace(/\*+/g, '').replace(/~~/g, '');
  // `_` is emphasis only at a word edge; inside a word it is a literal the producer didn't escape.
  s = s.replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '');
  return s;
}

const RULE_OR_UNDERLINE = /^ {0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]^]+\]:\s*\S+.*$/;
/** Indented text with links or backslash escapes is prose a producer indented, not code (code isn't escaped). */
const LOOKS_LIKE_PROSE = /\]\(|\\[\\`*_[\]#.!-]/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s+|$)/;

/** The line without its block markup; null for a line that is only markup (rule, underline, delimiter row). */
function stripBlock(line: string): string | null {
  let s = line;
  while (/^ {0,3}>/.test(s)) s = s.replace(/^ {0,3}> ?/, '');
  if (RULE_OR_UNDERLINE.test(s) || LINK_DEFINITION.test(s)) return null;
  if (s.includes('|') && s.includes('-') && TABLE_DELIMITER.test(s)) return null;
  const heading = /^\s*#{1,6}(?:\s+|$)/.test(s);
  s = s.replace(/^\s*#{1,6}(?:\s+|$)/, '').replace(/\s+#+\s*$/, '');
  s = s.replace(/^\s*\[\^[^\]\s]+\]:\s*/, ''); // footnote definition: keep its text
  // A heading's text is never a list item: "### 21) Title" shows its "21)".
  for (; !heading;) {
    const next = s.replace(/^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+|$)/, '').replace(/^\[[ xX]\]\s+/, '');
    if (next === s) break;
    s = next;
  }
  if (/^\s*\|/.test(s)) s = s.replace(/(?<!\\)\|/g, ' ');
  return s;
}

export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let fence: { char: string; length: number } | null = null;
  const footnotes = new Map<string, number>();
  // Indented code (Turndown's default): 4+ columns after a blank line or more code, outside a list.
  // Turndown also keeps leading spaces of prose (e.g. `white-space: pre` text), hence LOOKS_LIKE_PROSE.
  let inList = false;
  let prevBlank = true;
  let prevCode = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    // Fences open and close inside block quotes too (Turndown quotes a <pre> in a <blockquote>).
    const unquoted = line.replace(/^(?: {0,3}> ?)+/, '');
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(unquoted);
    if (fence) {
      const closes = fenceMatch?.[1]?.[0] === fence.char && (fenceMatch[1]?.length ?? 0) >= fence.length;
      if (closes) fence = null;
      else out.push(unquoted);
      continue;
    }
    if (fenceMatch?.[1]) {
      fence = { char: fenceMatch[1][0] ?? '`', length: fenceMatch[1].length };
      continue;
    }
    const blank = line.trim() === '';
    const indented = /^(?: {4}|\t)/.test(line);
    if (!blank && !indented) inList = LIST_ITEM.test(line) || (inList && !prevBlank);
    const code: boolean =
      !blank && indented && !inList && (prevBlank || prevCode) && !LOOKS_LIKE_PROSE.test(line);
    prevCode = code || (prevCode && blank);
    prevBlank = blank;
    if (code) {
      out.push(line);
      continue;
    }
    const block = stripBlock(line);
    if (block !== null) out.push(unpark(stripInline(block, footnotes)));
  }
  return out
    .map((l) => l.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
