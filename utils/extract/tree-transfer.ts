/**
 * Hands the tab's reading (a document with what the reader can't see already marked) to the extension's
 * own document, where the rest of the clip runs warm instead of compiling anew in every tab.
 *
 * XML, not HTML: an HTML round trip re-runs the parser's fix-ups, and a tree the page built with script
 * comes back a different tree. A `</script>` inside a script's text, a `<div>` in the head or a table's
 * stray child would land elsewhere, outside what the visibility pass judged, and text the reader never
 * saw could reach the clip. The XML form of a tree parses back to that very tree, or fails to parse; a
 * failure takes the in-tab extraction instead, so nothing depends on the page being tidy.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Namespace declarations: the serializer writes the ones XML needs, and parsing makes them attributes. */
const XMLNS = 'http://www.w3.org/2000/xmlns/';
/** Attribute names XML takes without a namespace: `@click`, `:class` or `xmlns:og` would not parse. */
const XML_NAME = /^[A-Za-z_][\w.-]*$/;
/** Past this the message (twice over: tab → worker → document) costs more than clipping in the tab. */
export const MAX_TREE_CHARS = 24_000_000;

/**
 * The reading's tree as XML, or null when it has no HTML root to send (the tab then extracts itself).
 * Takes out of the copy only what neither shows nor counts: comments (`--` in one breaks XML),
 * attributes XML can't name (a page's framework bindings), namespace declarations and templates' content.
 * The copy is the extraction's own.
 */
export function serializeTree(doc: Document): string | null {
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== XHTML || doc.contentType !== 'text/html') return null;
  // SHOW_ELEMENT | SHOW_PROCESSING_INSTRUCTION | SHOW_COMMENT, numbers: the page's NodeFilter is not
  // needed (a clone has no window).
  const walker = doc.createTreeWalker(root, 0x1 | 0x40 | 0x80);
  const dropped: Node[] = [];
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType !== 1) {
      dropped.push(node);
      continue;
    }
    // Never shown and never read (the extraction's searches skip it): a template's content, which the walk
    // would not clean, is left behind.
    if ((node as Element).localName === 'template' && (node as Element).namespaceURI === XHTML)
      (node as HTMLTemplateElement).content.replaceChildren();
    const attributes = (node as Element).attributes;
    for (let i = attributes.length - 1; i >= 0; i--) {
      const attribute = attributes[i]!;
      const ns = attribute.namespaceURI;
      if (ns === XMLNS || (ns === null && (attribute.name === 'xmlns' || !XML_NAME.test(attribute.name))))
        (node as Element).removeAttributeNode(attribute);
    }
  }
  for (const node of dropped) node.parentNode?.removeChild(node);
  const xml = new XMLSerializer().serializeToString(root);
  return xml.length > MAX_TREE_CHARS ? null : xml;
}

/**
 * The tree `serializeTree` sent, as an HTML document of `host`'s (so tag names read as the extraction
 * expects, `DIV` not `div`), or null when it does not parse. Inert: neither document has a browsing
 * context, so no script runs and no image loads.
 */
export function rebuildTree(xml: string, host: Document): Document | null {
  const View = host.defaultView;
  if (!View) return null;
  const parsed = new View.DOMParser().parseFromString(xml, 'application/xhtml+xml');
  const root = parsed.documentElement;
  // A parse error yields a document holding a <parsererror> (its place varies by browser).
  if (!root || root.namespaceURI !== XHTML || root.localName !== 'html') return null;
  if (parsed.getElementsByTagName('parsererror').length) return null;
  const elements = root.getElementsByTagName('*');
  for (let i = -1; i < elements.length; i++) {
    const el = i < 0 ? root : elements[i]!;
    const attributes = el.attributes;
    for (let k = attributes.length - 1; k >= 0; k--)
      if (attributes[k]!.namespaceURI === XMLNS) el.removeAttributeNode(attributes[k]!);
  }
  const doc = host.implementation.createHTMLDocument('');
  doc.replaceChild(doc.importNode(root, true), doc.documentElement);
  return doc;
}
