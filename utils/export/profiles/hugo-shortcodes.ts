// Hugo reads shortcodes (`{{< name >}}`, `{{% name %}}`) in the raw file before Markdown, code included,
// and a name it has no template for fails the whole site's build. Outside code the body is already inert
// (the delimiter's second `{` is an entity); in code no entity works, so each delimiter there gets Hugo's
// own escape (`{{<`, slash-star, the text, star-slash, `>}}`), which Hugo prints as the original text. The
// escape's content runs verbatim to its first closing, so escaping up to the first `>}}` is exact whatever
// lies between. (Line comments: the escape's star-slash would end a block comment.)

const OPEN = /\{\{([<%])/g;
/** Between the braces of a delimiter no closing can follow (none left in the body): Hugo sees no `{{<`. */
const ZERO_WIDTH_SPACE = '\u200B';

/** The body as Hugo must read it to print it unchanged. */
export function escapeShortcodes(markdown: string): string {
  if (!markdown.includes('{{')) return markdown;
  let out = '';
  let at = 0;
  for (;;) {
    OPEN.lastIndex = at;
    const open = OPEN.exec(markdown);
    if (!open) return out + markdown.slice(at);
    const kind = open[1]!;
    const close = markdown.indexOf(`${kind === '<' ? '>' : '%'}}}`, open.index + 3);
    out += markdown.slice(at, open.index);
    if (close === -1) {
      // Hugo has no escape for a delimiter left open: a zero-width space keeps its braces apart.
      out += `{{${ZERO_WIDTH_SPACE}${kind}`;
      at = open.index + 3;
    } else {
      out += `{{${kind}/*${markdown.slice(open.index + 3, close)}*/${kind === '<' ? '>' : '%'}}}`;
      at = close + 3;
    }
  }
}

/** The body a Hugo post means: its escaped delimiters as the text they print (import). */
export function unescapeShortcodes(markdown: string): string {
  if (!markdown.includes('{{')) return markdown;
  return markdown
    .replace(/\{\{(<)\/\*([\s\S]*?)\*\/>\}\}|\{\{(%)\/\*([\s\S]*?)\*\/%\}\}/g, (_, lt, a, pct, b) =>
      lt ? `{{<${a as string}>}}` : `{{%${b as string}%}}`,
    )
    .replace(/\{\{\u200B([<%])/g, '{{$1');
}
