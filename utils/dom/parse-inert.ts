/**
 * Markup parsed into nodes owned by `doc`, inertly and without assigning innerHTML. A DOMParser document
 * has no browsing context: none of its images load, none of its scripts or handlers run. AMO's linter
 * (`web-ext lint`) flags every innerHTML assignment in a bundle; this one has nothing to flag.
 *
 * The explicit `<body>` keeps a fragment that starts with `<style>`, `<meta>` or text in the body, where
 * a fragment's nodes belong, instead of the head the parser would otherwise put them in. The whole skeleton
 * (not `<body>` alone) is for linkedom, the DOM of the Node tests, bench and `test:blogs`: its parser does
 * not infer `<html>` around a fragment, so `body` would be an empty element of its own; browsers and
 * happy-dom parse both forms alike.
 */
export function parseInert(doc: Document, html: string): DocumentFragment {
  // The page's DOMParser when there is one; a cloned document has no window (defaultView is null).
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  const parsed = new Parser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}`, 'text/html');
  const fragment = doc.createDocumentFragment();
  // Copies owned by `doc` (the parsed document is dropped): importNode, as linkedom has no adoptNode.
  for (const node of Array.from(parsed.body.childNodes)) fragment.appendChild(doc.importNode(node, true));
  return fragment;
}
