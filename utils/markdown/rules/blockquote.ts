import type TurndownService from 'turndown';

/** Quotes (nested ones nest naturally), with a bare `>` on blank lines so no line ends in a space. */
export const blockquoteRule: TurndownService.Rule = {
  filter: 'blockquote',
  replacement(content) {
    const body = content.replace(/^\n+|\n+$/g, '');
    if (!body.trim()) return '';
    const quoted = body
      .split('\n')
      .map((line) => (line.trim() ? `> ${line}` : '>'))
      .join('\n');
    return `\n\n${quoted}\n\n`;
  },
};
