/**
 * TeX made inert for every Markdown reader, with or without a math plugin: a page's "TeX" is untrusted text.
 * Without a math plugin `$…$` is plain Markdown, so `<img onerror>` inside it would be live HTML, `[x](…)` a
 * link and a backtick a code span; with one, a bare `$` would close the formula early. Each is replaced by
 * the TeX that typesets the same (`\lt`, `\lbrack`, `\$`…), so formulas still render where math is supported.
 */
const REPLACEMENTS: Record<string, string> = {
  '<': '\\lt ',
  '>': '\\gt ',
  '[': '\\lbrack ',
  ']': '\\rbrack ',
  '`': '\\backprime ',
  $: '\\$',
  // Hugo and Liquid open templates with `{{` / `{%`: a space between the braces means the same to TeX.
  '{{': '{ {',
  '{%': '{ %',
};

/** A control sequence (`\alpha`, `\\`, `\$`) as one token, else one of the characters above. */
const TOKEN = /\\(?:[a-zA-Z]+|[\s\S])|\{[{%]|[<>[\]`$]/g;

export function escapeTex(tex: string, mode: 'inline' | 'display'): string {
  const out = tex.replace(TOKEN, (token) => {
    if (token.startsWith('\\')) {
      // `\[`, `\<`… aren't math-mode TeX; their bare character's replacement is what they mean.
      const ch = token.slice(1);
      return ch.length === 1 && ch in REPLACEMENTS && ch !== '$' ? REPLACEMENTS[ch]! : token;
    }
    return REPLACEMENTS[token] ?? token;
  });
  // Inline math stays on its line; display math keeps its lines but never a blank one (it ends the block).
  return (mode === 'inline' ? out.replace(/\s*\n\s*/g, ' ') : out.replace(/\n\s*\n/g, '\n')).trim();
}
