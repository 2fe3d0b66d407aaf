import { isElement } from '../dom/node-kind';

const SECTIONS = new Set(['THEAD', 'TBODY', 'TFOOT']);
/** Block content a Markdown table cell can't hold: a table with it is page layout, not data. */
const LAYOUT_CONTENT = 'table, pre, h1, h2, h3, h4, h5, h6, blockquote, figure';

/** The nearest enclosing table. */
export function owningTable(node: Node): Element | null {
  for (let n = node.parentNode; n; n = n.parentNode) if (n.nodeName === 'TABLE' && isElement(n)) return n;
  return null;
}

/** The table's own rows in source order (not those of nested tables). */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.nodeName === 'TR') rows.push(child);
    else if (SECTIONS.has(child.nodeName)) {
      for (let row = child.firstElementChild; row; row = row.nextElementSibling)
        if (row.nodeName === 'TR') rows.push(row);
    }
  }
  return rows;
}

export const rowCells = (row: Element): Element[] =>
  Array.from(row.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH');

const layoutCache = new WeakMap<Element, boolean>();

/**
 * Whether a table is layout (one column, nested tables, headings or code in cells, role=presentation):
 * its cells are then written as plain blocks instead of a Markdown table.
 */
export function isLayoutTable(table: Element): boolean {
  const cached = layoutCache.get(table);
  if (cached !== undefined) return cached;
  let layout = table.getAttribute('role') === 'presentation' || table.querySelector(LAYOUT_CONTENT) !== null;
  if (!layout) {
    let columns = 0;
    for (const row of tableRows(table)) {
      let width = 0;
      for (const cell of rowCells(row))
        width += Math.max(1, Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1);
      columns = Math.max(columns, width);
    }
    layout = columns <= 1;
  }
  layoutCache.set(table, layout);
  return layout;
}
