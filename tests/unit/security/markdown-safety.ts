// Checks of a whole Markdown text, as a reader of the blog would get it.
import { Lexer, marked, type Token } from 'marked';
import { TEMPLATE_DELIMITER, unsafeParts } from './inert-html';

/** Raw HTML, unsafe links and template delimiters outside code in Markdown, rendered by marked (GFM). */
export function markdownProblems(markdown: string): string[] {
  const problems = unsafeParts(marked.parse(markdown, { gfm: true, async: false }));
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  marked.walkTokens(tokens, (token: Token) => {
    // The table rule's `<br>` is the one tag the converter writes.
    if (token.type === 'html' && token.raw !== '<br>') problems.push(`raw html: ${token.raw}`);
    const own =
      token.type === 'text' && !('tokens' in token && token.tokens?.length)
        ? token.raw
        : token.type === 'link' || token.type === 'image'
          ? token.raw.slice(token.raw.lastIndexOf(']('))
          : '';
    if (TEMPLATE_DELIMITER.test(own)) problems.push(`template: ${own}`);
  });
  return problems;
}
