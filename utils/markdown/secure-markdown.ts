import { CODE_END, CODE_START, TABLE_BREAK } from './markers';

/**
 * The last pass over a conversion's whole Markdown, so its guarantees hold whatever route page text took
 * (text split over elements, a rule that writes an attribute, math, captions, cells…), not node by node:
 *
 * - no raw HTML: every `<` outside code is escaped, so no tag, comment or autolink (`<javascript:…>`) can
 *   start, however the text around it was put together; the one tag written is the table rule's `<br>`;
 * - no stray code span: every backtick outside code is escaped, so the only code spans are the rules' own
 *   (marked with CODE_START/CODE_END) and every reader agrees where code is — a page's backtick can't open a
 *   span that swallows a real one and leaves its `<img …>` outside;
 * - no template syntax: `{{` and `{%` (Hugo shortcodes, Liquid) lose their second character to an entity,
 *   which Markdown renders back while Hugo and Jekyll, reading the raw file, see no delimiter.
 *
 * Links need no pass here: `[`, `]` and `<` from text are escaped, so the only links are the link and image
 * rules', whose URLs `safeUrl` allows. Code is left as it is: there `<` is text to every reader.
 */
export function secureMarkdown(markdown: string): string {
  let out = '';
  let at = 0;
  while (at < markdown.length) {
    const start = markdown.indexOf(CODE_START, at);
    const textEnd = start === -1 ? markdown.length : start;
    const text = secureText(markdown.slice(at, textEnd));
    if (start === -1) {
      out += text;
      break;
    }
    const end = markdown.indexOf(CODE_END, start + 1);
    if (end === -1) {
      // An unclosed region is no code we wrote: treat the rest as text (the safe reading).
      out += text + secureText(markdown.slice(start + 1));
      break;
    }
    // A backslash ending the text would escape the code's opening backtick; two code spans with nothing
    // between would join their backtick runs into one and pair differently: a space keeps them apart.
    const joined = start === at && at > 0 && markdown[at - 1] === CODE_END;
    out +=
      (endsWithOddBackslashes(text) ? `${text}\\` : joined ? ' ' : text) + markdown.slice(start + 1, end);
    at = end + 1;
  }
  return out.replace(/[\uE005\uE006]/g, '').replaceAll(TABLE_BREAK, '<br>');
}

function endsWithOddBackslashes(text: string): boolean {
  let n = 0;
  for (let i = text.length - 1; i >= 0 && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

/** Characters the pass acts on: most text has none of them and is returned as it is. */
const NEEDS_PASS = /[<`{]|\\\]\(/;

/** What may follow `<` in a tag, comment, declaration or autolink (all start so in CommonMark and kramdown). */
const TAG_START = /[a-zA-Z/!?]/;

/**
 * Escapes `<` that could open markup, backticks, and `(` after an escaped `]`, unless already escaped, and
 * breaks `{{` / `{%`.
 */
export function secureText(raw: string): string {
  if (!NEEDS_PASS.test(raw)) return raw;
  // A stray code marker in text would vanish later and join its neighbours: it goes first.
  const text = raw.replace(/[\uE005\uE006]/g, '');
  let out = '';
  let backslashes = 0;
  let afterEscapedBracket = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      backslashes++;
      out += ch;
      continue;
    }
    const escaped = backslashes % 2 === 1;
    backslashes = 0;
    // marked reads `\[x\](url)` inside link text as a link (or `!\[x\](url)` as an image) with its escapes
    // undone: an escaped `]` is never followed by a bare `(`.
    if (ch === '(' && !escaped && afterEscapedBracket) {
      out += '\\(';
      afterEscapedBracket = false;
      continue;
    }
    afterEscapedBracket = ch === ']' && escaped;
    const next = text[i + 1];
    const opens = ch === '`' || (ch === '<' && (next === undefined || TAG_START.test(next)));
    if (opens && !escaped) out += `\\${ch}`;
    else if (text[i - 1] === '{' && (ch === '{' || ch === '%')) out += ch === '{' ? '&#123;' : '&#37;';
    else out += ch;
  }
  return out;
}
