import { Lexer, type Token, type Tokens } from 'marked';
import { CODE_END, CODE_START } from '../markdown/markers';
import { secureMarkdown } from '../markdown/secure-markdown';

/**
 * The body of an exported post, checked as a whole once more. Clips made now are inert by construction
 * (utils/markdown/secure-markdown.ts), but a body can also come from an older version, an import or the
 * user's editor: what the blog builds must hold no raw HTML, no link or image whose URL could run code and
 * no template delimiter outside code, whatever its origin. A body that passes is exported as it is (so
 * export → import → export stays byte-identical); one that doesn't gets the same pass as a fresh clip, with
 * code found by marked; and if even that leaves a problem, every punctuation mark is escaped: plain text.
 */
export function inertBody(markdown: string): string {
  if (quicklyInert(markdown) || bodyProblems(markdown).length === 0) return markdown;
  const secured = secureMarkdown(markCode(markdown.replace(/[\uE005-\uE007]/g, '')));
  if (bodyProblems(secured).length === 0) return secured;
  return markdown.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

const LINK_SCHEMES = /^(?:https?|mailto|tel):/i;
/** A destination that can't be a scheme: a fragment or a path on the blog itself. */
const NO_SCHEME = /^(?:#|\/(?!\/)|\.{0,2}\/)|^[^:]*$/;

function urlAllowed(href: string): boolean {
  const value = href.trim();
  return LINK_SCHEMES.test(value) || NO_SCHEME.test(value);
}

/**
 * Most bodies need no parse: no `<` (no HTML, no autolink), no `&` (no entity hiding a scheme), no template
 * delimiter or link definition, and every inline link to http(s), mail or phone.
 */
function quicklyInert(markdown: string): boolean {
  if (/[<&]|\{[{%]|\]:/.test(markdown)) return false;
  for (const m of markdown.matchAll(/\]\(\s*([^)\s]*)/g)) if (!LINK_SCHEMES.test(m[1] ?? '')) return false;
  return true;
}

/** What marked (GFM) would render as live: raw HTML other than `<br>`, unsafe URLs, template delimiters. */
export function bodyProblems(markdown: string): string[] {
  const problems: string[] = [];
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  walk(tokens, (token) => {
    if (token.type === 'html' && token.raw.trim() !== '<br>') problems.push(`html ${token.raw}`);
    else if ((token.type === 'link' || token.type === 'image') && !urlAllowed((token as Tokens.Link).href))
      problems.push(`url ${(token as Tokens.Link).href}`);
    else if (token.type === 'text' && !hasChildren(token) && /\{[{%]/.test(token.raw))
      problems.push(`template ${token.raw}`);
  });
  return problems;
}

const hasChildren = (token: Token): boolean => 'tokens' in token && (token.tokens?.length ?? 0) > 0;

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if ('tokens' in token && token.tokens) walk(token.tokens, visit);
    if (token.type === 'list') walk((token as Tokens.List).items, visit);
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit);
    }
  }
}

/**
 * Code spans and blocks as marked reads them, wrapped in the markers the safety pass leaves alone. A block
 * whose source marked rewrote (inside a quote, its `>` prefixes are gone) isn't found: its text is then
 * escaped as text — visible backslashes in that code, never a missed tag.
 */
function markCode(markdown: string): string {
  let out = '';
  let at = 0;
  walk(new Lexer({ gfm: true }).lex(markdown), (token) => {
    if (token.type !== 'code' && token.type !== 'codespan') return;
    const raw = token.raw.replace(/\n+$/, '');
    const found = markdown.indexOf(raw, at);
    if (found === -1 || !raw) return;
    out += markdown.slice(at, found) + CODE_START + raw + CODE_END;
    at = found + raw.length;
  });
  return out + markdown.slice(at);
}
