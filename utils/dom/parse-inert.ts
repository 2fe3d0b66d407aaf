/**
 * Markup parsed into nodes owned by `doc`, inertly and without assigning innerHTML. A DOMParser document
 * has no browsing context: none of its images load, none of its scripts or handlers run. AMO's linter
 * (`web-ext lint`) flags every innerHTML assignment in a bundle; this one has nothing to flag.
 *
 * The leading `<body>` keeps a fragment that starts with `<style>`, `<meta>` or text in the body, where
 * a fragment's nodes belong, instead of the head the parser would otherwise put them in.
 */
export function parseInert(doc: Document, html: string): DocumentFragment {
  // The page's DOMParser when there is one; a cloned document has no window (defaultView is null).
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  const parsed = new Parser().parseFromString(`<body>${html}`, 'text/html');
  const fragment = doc.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) fragment.appendChild(doc.adoptNode(node));
  return fragment;
}
