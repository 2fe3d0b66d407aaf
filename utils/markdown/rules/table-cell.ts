import type TurndownService from 'turndown';
import { CELL_END, CELL_START } from '../markers';
import { isLayoutTable, owningTable } from '../table-layout';

/**
 * `<td>`/`<th>`: in a data table, the cell's Markdown between markers for the table rule to lay out; in a
 * layout table, just a block of content.
 */
export const tableCellRule: TurndownService.Rule = {
  filter: ['td', 'th'],
  replacement(content, node) {
    const table = owningTable(node);
    if (!table || isLayoutTable(table)) return `\n\n${content}\n\n`;
    return CELL_START + content + CELL_END;
  },
};
