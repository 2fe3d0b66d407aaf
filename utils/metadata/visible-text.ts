/** Elements whose text no reader sees: textContent includes them (a JSON-LD script names the author too). */
const UNSEEN = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/** An element's text without scripts, styles and templates, whitespace collapsed. */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !UNSEEN.test((child as Element).tagName)) walk(child);
    }
    parts.push(' ');
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ');
}

/**
 * Whether any of the names (joinAuthors' "A, B") is printed in the page: in the headline's container, else
 * anywhere in the body, ignoring case. A metadata author the page never prints is often the CMS account that
 * posted the story, not its writer.
 */
export function printsName(doc: Document, container: Element | null, author: string): boolean {
  const names = author
    .split(', ')
    .map((name) => name.replace(/\s+/g, ' ').trim().toLowerCase())
    .filter(Boolean);
  if (!names.length) return false;
  for (const scope of [container, doc.body]) {
    if (!scope) continue;
    const text = visibleText(scope).toLowerCase();
    if (names.some((name) => text.includes(name))) return true;
  }
  return false;
}
