import type TurndownService from 'turndown';
import { classOf } from '../../dom/class-hints';
import { isElement } from '../../dom/node-kind';
import { CODE_END, CODE_START } from '../markers';

const CLASS_PATTERNS = [
  /(?:^|\s)(?:language|lang)-([\w+#.-]+)/i,
  /(?:^|\s)highlight-(?:source|text)-([\w+#.-]+)/i,
  /(?:^|\s)brush:\s*([\w+#.-]+)/i,
  /(?:^|\s)highlight-([\w+#.-]+)/i,
  // Hexo: `figure.highlight.cpp`.
  /(?:^|\s)highlight\s+([\w+#-]+)/i,
];
/** Class words that name no language. */
const NOT_LANGUAGES = new Set([
  'none',
  'nohighlight',
  'plain',
  'source',
  'text-only',
  'js-file-line',
  'block',
  'dark',
  'light',
]);
/** Wrappers above the `<pre>` that may carry the language (`div.highlight-source-js > pre`, Hexo's `figure > table > … > pre`, Rouge's
 * `div.language-x > div > code > table > … > pre`). */
const WRAPPER_DEPTH = 7;
/** Page-level containers, whose `lang-*` classes are about prose, not code. */
const PAGE_LEVEL = new Set(['ARTICLE', 'MAIN', 'SECTION', 'BODY', 'HTML']);

function languageOf(el: Element): string {
  const attr = el.getAttribute('data-lang') ?? el.getAttribute('data-language');
  if (attr && /^[\w+#.-]{1,30}$/.test(attr)) return attr;
  const cls = classOf(el);
  for (const pattern of CLASS_PATTERNS) {
    const lang = pattern.exec(cls)?.[1];
    if (lang && lang.length <= 30 && !NOT_LANGUAGES.has(lang.toLowerCase())) return lang;
  }
  return '';
}

/** The language from `language-*`, `lang-*`, `highlight-source-*`, `data-lang`… on the code, pre or a wrapper. */
export function codeLanguage(pre: Element): string {
  const code = pre.querySelector('code');
  if (code) {
    const lang = languageOf(code);
    if (lang) return lang.toLowerCase();
  }
  let el: Node | null = pre;
  for (
    let depth = 0;
    el && isElement(el) && !PAGE_LEVEL.has(el.nodeName) && depth <= WRAPPER_DEPTH;
    depth++, el = el.parentNode
  ) {
    const lang = languageOf(el);
    if (lang) return lang.toLowerCase();
  }
  return '';
}

/** A fence longer than any backtick run in the code, so the code can't close it early. */
export function fenceFor(code: string): string {
  let longest = 0;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * `<pre>` → fenced code block from the element's text (markup inside is highlighting; `<br>` and line
 * gutters were dealt with by the prepare pass), with the language when the page names it. Marked as code for
 * the safety pass.
 */
export const codeBlockRule: TurndownService.Rule = {
  filter: 'pre',
  replacement(_content, node) {
    const code = (node.textContent ?? '').replace(/\r\n?/g, '\n').replace(/^\n+/, '').replace(/\s+$/, '');
    if (!code.trim()) return '';
    const fence = fenceFor(code);
    return `\n\n${CODE_START}${fence}${codeLanguage(node)}\n${code}\n${fence}${CODE_END}\n\n`;
  },
};
