import type TurndownService from 'turndown';
import { CAPTION_END, CAPTION_START, CELL_END, CELL_START, TABLE_BREAK, toOneLine } from '../markers';
import { isLayoutTable, rowCells, tableRows } from '../table-layout';

const CELLS = new RegExp(`${CELL_START}([\\s\\S]*?)${CELL_END}`, 'g');
const CAPTION = new RegExp(`${CAPTION_START}([\\s\\S]*?)${CAPTION_END}`);
/** Caps on spans, so a hostile `colspan=100000` can't blow the output up. */
const MAX_COLSPAN = 50;
const MAX_ROWSPAN = 500;

const span = (cell: Element, name: string, max: number): number =>
  Math.min(max, Math.max(1, Number.parseInt(cell.getAttribute(name) ?? '1', 10) || 1));

/** A cell's Markdown on one table line: breaks as `<br>` (the safety pass writes it), pipes escaped. */
function cellText(markdown: string): string {
  const lines = markdown
    .split('\n')
    .map((line) => toOneLine(line))
    .filter(Boolean);
  return lines.join(TABLE_BREAK).replace(/\|/g, '\\|');
}

/** Places cells on a grid: a rowspan/colspan leaves empty cells where the span reaches. */
function layoutGrid(table: Element, texts: string[]): string[][] {
  const grid: string[][] = [];
  let index = 0;
  tableRows(table).forEach((row, r) => {
    grid[r] ??= [];
    const line = grid[r];
    let c = 0;
    for (const cell of rowCells(row)) {
      while (line[c] !== undefined) c++;
      const text = texts[index++] ?? '';
      const cols = span(cell, 'colspan', MAX_COLSPAN);
      const rows = span(cell, 'rowspan', MAX_ROWSPAN);
      for (let dr = 0; dr < rows; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cols; dc++) target[c + dc] = dr === 0 && dc === 0 ? text : '';
      }
      c += cols;
    }
  });
  // Rowspans reaching past the last row would add rows of nothing.
  return grid.slice(0, tableRows(table).length);
}

/**
 * `<table>` → a GFM table. The first row is the header (tables without one get their first row promoted),
 * spans are expanded with empty cells, a caption becomes a line above. Layout tables are unwrapped.
 */
export const tableRule: TurndownService.Rule = {
  filter: 'table',
  replacement(content, node) {
    const captionMatch = CAPTION.exec(content);
    const caption = captionMatch ? toOneLine(captionMatch[1] ?? '') : '';
    if (isLayoutTable(node)) {
      return `\n\n${content.replace(CAPTION, caption ? `\n\n${caption}\n\n` : '')}\n\n`;
    }
    const texts = Array.from(content.matchAll(CELLS), (m) => cellText(m[1] ?? ''));
    const grid = layoutGrid(node, texts);
    if (!texts.some(Boolean)) return caption ? `\n\n${caption}\n\n` : '';
    const width = Math.max(...grid.map((row) => row.length));
    const lines = grid.map((row) => {
      const cells = Array.from({ length: width }, (_, i) => row[i] ?? '');
      return `| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |');
    });
    lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
    return `\n\n${caption ? `${caption}\n\n` : ''}${lines.join('\n')}\n\n`;
  },
};
