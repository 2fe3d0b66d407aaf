import TurndownService from 'turndown';
import { strikethrough, taskListItems } from '@joplin/turndown-plugin-gfm';
import { escapeMarkdown } from './escape-markdown';
import { indexRules } from './rule-index';
import type { RuleContext } from './rule-context';
import { blockquoteRule } from './rules/blockquote';
import { codeBlockRule } from './rules/code-block';
import { codeWrapperRule } from './rules/code-wrapper';
import { embedFrameRule } from './rules/embed-frame';
import { figureCaptionRule } from './rules/figure-caption';
import { footnoteDefinitionRule } from './rules/footnote-definition';
import { footnoteRefRule } from './rules/footnote-ref';
import { headingRule } from './rules/heading';
import { imageRule } from './rules/image';
import { inlineCodeRule } from './rules/inline-code';
import { lineBreakRule } from './rules/line-break';
import { linkRule } from './rules/link';
import { listItemRule } from './rules/list-item';
import { mathRule } from './rules/math';
import { socialEmbedRule } from './rules/social-embed';
import { tableRule } from './rules/table';
import { tableCaptionRule } from './rules/table-caption';
import { tableCellRule } from './rules/table-cell';

/** Whatever isn't converted is written as its text: raw HTML never reaches the Markdown. */
const asText: TurndownService.ReplacementFunction = (content, node) =>
  (node as { isBlock?: boolean }).isBlock ? `\n\n${content}\n\n` : content;

/**
 * A Turndown service with GFM strikethrough and task lists and the house rules. Tables are ours, not the
 * GFM plugin's: it keeps complex tables as raw HTML and doesn't expand spans.
 */
export function createTurndown(ctx: RuleContext): TurndownService {
  const social = socialEmbedRule(ctx);
  const frame = embedFrameRule(ctx);
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '---',
    keepReplacement: asText,
    defaultReplacement: asText,
    blankReplacement: (content, node, options) => {
      // Turndown skips rules for text-less elements, but an embedded post or an `<object>` is still a link.
      for (const rule of [social, frame]) {
        if (typeof rule.filter === 'function' && rule.filter(node, options))
          return rule.replacement?.(content, node, options) ?? '';
      }
      return (node as { isBlock?: boolean }).isBlock && node.nodeName !== 'LI' ? '\n\n' : '';
    },
  });
  service.escape = escapeMarkdown;
  service.use([strikethrough, taskListItems]);
  // Later rules win in Turndown, so the specific ones (footnotes, math, embeds) come last.
  const rules: [string, TurndownService.Rule][] = [
    ['lineBreak', lineBreakRule],
    ['heading', headingRule],
    ['blockquote', blockquoteRule],
    ['listItem', listItemRule],
    ['codeBlock', codeBlockRule],
    ['inlineCode', inlineCodeRule],
    ['codeWrapper', codeWrapperRule],
    ['image', imageRule(ctx)],
    ['link', linkRule(ctx)],
    ['figureCaption', figureCaptionRule],
    ['tableCell', tableCellRule],
    ['tableCaption', tableCaptionRule],
    ['table', tableRule],
    ['embedFrame', frame],
    ['socialEmbed', social],
    ['footnoteDefinition', footnoteDefinitionRule],
    ['footnoteRef', footnoteRefRule],
    ['math', mathRule],
  ];
  for (const [key, rule] of rules) service.addRule(key, rule);
  service.remove(['script', 'style', 'noscript', 'template', 'head', 'title']);
  indexRules(service);
  return service;
}
