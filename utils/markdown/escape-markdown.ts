/**
 * Text escaping: Turndown's own rules, plus `<` and `&` so text that reads like HTML (`&lt;script&gt;` in the
 * page) can't become a live tag or entity when the Markdown is rendered.
 */

const TURNDOWN_ESCAPES: [RegExp, string][] = [
  [/\\/g, '\\\\'],
  [/\*/g, '\\*'],
  [/^-/g, '\\-'],
  [/^\+ /g, '\\+ '],
  [/^(=+)/g, '\\$1'],
  [/^(#{1,6}) /g, '\\$1 '],
  [/`/g, '\\`'],
  [/^~~~/g, '\\~~~'],
  [/\[/g, '\\['],
  [/\]/g, '\\]'],
  [/^>/g, '\\>'],
  [/_/g, '\\_'],
  [/^(\d+)\. /g, '$1\\. '],
];

/** A character some escape above acts on, or a line start one acts on: most text nodes have neither. */
const NEEDS_ESCAPE = /[\\*`[\]_<&]|^[-+=#~>\d]/;

export function escapeMarkdown(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of TURNDOWN_ESCAPES) out = out.replace(pattern, replacement);
  return out.replace(/<(?=[a-zA-Z/!?])/g, '\\<').replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
}
