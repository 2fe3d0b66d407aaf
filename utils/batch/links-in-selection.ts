/**
 * Runs in the page (injected as a function: it must not use anything from outside itself). The addresses of
 * the links the selection touches, in document order, including the link the selection sits inside.
 */
export function linksInSelection(): string[] {
  const hrefs: string[] = [];
  const selection = document.getSelection();
  for (let i = 0; selection && i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    const root = range.commonAncestorContainer;
    const start = root instanceof Element ? root : root.parentElement;
    const around = start?.closest('a[href]');
    if (around instanceof HTMLAnchorElement) hrefs.push(around.href);
    for (const a of (start ?? document).querySelectorAll('a[href]')) {
      if (a instanceof HTMLAnchorElement && a !== around && range.intersectsNode(a)) hrefs.push(a.href);
    }
  }
  return hrefs;
}
