import type TurndownService from 'turndown';
import { CAPTION_END, CAPTION_START } from '../markers';

/** `<caption>`: marked for the table rule, which writes it as a line above the table. */
export const tableCaptionRule: TurndownService.Rule = {
  filter: 'caption',
  replacement(content) {
    return `${CAPTION_START}${content}${CAPTION_END}`;
  },
};
