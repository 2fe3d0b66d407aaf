import { all } from '../../dom/find-elements';
import { classOf } from '../../dom/class-hints';
import { isElement, TEXT_NODE } from '../../dom/node-kind';
import { removeNode } from '../../dom/tree-edit';

/** Line-number gutters of common highlighters (Pygments, Chroma, Rouge, highlight.js, Prism, react-syntax-highlighter…). */
const GUTTER =
  '.lineno, .linenos, .lnt, .ln, .line-number, .line-numbers, .line-numbers-rows, .linenumber, .hljs-ln-numbers, ' +
  '.react-syntax-highlighter-line-number, .rouge-gutter, td.gutter, .gutter, [data-line-number]:empty';
/** Per-line wrappers that some highlighters emit without a newline between them. */
const LINE = new Set(['DIV', 'P', 'LI']);

const onlyNumbers = (el: Element): boolean =>
  /^[\d\s]*$/.test(el.textContent ?? '') && /\d/.test(el.textContent ?? '');

/**
 * A code table (`td` gutter + `td` code, as Chroma, Rouge and Hexo write them): the cell holding only line
 * numbers goes, so the table becomes a single cell that the table rule unwraps.
 */
function removeGutterCells(root: Element): void {
  for (const pre of all(root, 'td pre')) {
    const cell = pre.closest('td');
    const row = cell?.parentElement;
    if (!cell || !row || row.children.length < 2 || !onlyNumbers(cell)) continue;
    const other = Array.from(row.children).find((c) => c !== cell && c.querySelector('pre, code'));
    if (other) removeNode(cell);
  }
}

/** Newlines for `<br>` and for line wrappers (`div.line`) that have none between them. */
function restoreNewlines(pre: Element): void {
  const doc = pre.ownerDocument;
  for (const br of all(pre, 'br')) br.parentNode?.replaceChild(doc.createTextNode('\n'), br);
  for (const line of all(pre, 'div, p, li')) {
    if (!LINE.has(line.nodeName)) continue;
    const next = line.nextSibling;
    const text = line.textContent ?? '';
    const nextStartsLine = !next || (next.nodeType === TEXT_NODE && /^\n/.test(next.nodeValue ?? ''));
    if (!text.endsWith('\n') && !nextStartsLine && isElement(line.parentNode)) {
      line.parentNode.insertBefore(doc.createTextNode('\n'), next);
    }
  }
}

/** Marks code blocks whose `<pre>` holds a whole editor UI (headers, buttons) so only the code is used. */
function innermostCode(pre: Element): void {
  const inner = pre.querySelector('pre');
  if (inner) pre.parentNode?.replaceChild(inner, pre);
}

/**
 * Gets code blocks ready for the code-block rule, which reads `textContent`: gutters and copy buttons out,
 * `<br>` and line wrappers turned into newlines.
 */
export function normalizeCodeBlocks(root: Element): void {
  removeGutterCells(root);
  for (const pre of all(root, 'pre')) {
    if (!pre.parentNode) continue;
    innermostCode(pre);
  }
  for (const pre of all(root, 'pre')) {
    for (const gutter of all(pre, GUTTER)) removeNode(gutter);
    // Inline-styled gutters (Chroma without classes) are unselectable numbers.
    for (const el of all(pre, '[style*="user-select"]')) {
      if (/user-select:\s*none/.test(el.getAttribute('style') ?? '') && onlyNumbers(el)) removeNode(el);
    }
    for (const chrome of all(pre, '[class*="copy"], [aria-hidden="true"]:empty')) {
      if (!/code/.test(classOf(chrome))) removeNode(chrome);
    }
    restoreNewlines(pre);
  }
}
