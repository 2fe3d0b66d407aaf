/** NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION (no NodeFilter global in Node): what `textContent` joins. */
const TEXT_NODES = 0x4 | 0x8;

/**
 * The data of the text nodes under `root`, in tree order, read lazily: joined, they are its
 * `textContent`, but a caller that needs only the start stops early instead of copying it all.
 */
export function* textNodes(root: Node): Generator<string> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, TEXT_NODES);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield (node as CharacterData).data;
}

/** Whether `root` holds any text but whitespace, read only up to the first that does. */
export function hasVisibleText(root: Node): boolean {
  for (const data of textNodes(root)) if (/\S/.test(data)) return true;
  return false;
}
