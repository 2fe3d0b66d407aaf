/** An element of a rendered view as seen from the test: its tag and attributes. */
export type ElementSnapshot = { tag: string; attributes: [string, string][] };

/** Attributes that make a browser fetch, on some element or other. */
const LOADING_ATTRIBUTES = new Set([
  ...['src', 'srcset', 'imagesrcset', 'poster', 'background', 'data', 'action', 'formaction', 'ping'],
  ...['style', 'xlink:href', 'lowsrc', 'dynsrc', 'longdesc', 'manifest', 'codebase', 'archive', 'content'],
]);
const LOADING_TAGS = new Set([
  ...['video', 'audio', 'source', 'track', 'iframe', 'frame', 'object', 'embed', 'link', 'style', 'meta'],
  ...['base', 'script', 'svg', 'image', 'use', 'input', 'form', 'picture', 'math', 'applet', 'portal'],
]);

/**
 * What in a rendered view could reach the network, as "tag attribute value" lines: a loading element, a
 * loading attribute, an `href` off a link. With `imagesAllowed`, each `<img src>` over https
 * is listed as such (the caller says which are expected); without, only `data:` images pass.
 */
export function remoteLoads(elements: readonly ElementSnapshot[], imagesAllowed: boolean): string[] {
  const found: string[] = [];
  for (const { tag, attributes } of elements) {
    if (LOADING_TAGS.has(tag)) found.push(`${tag} element`);
    for (const [name, value] of attributes) {
      if (name === 'href' && tag === 'a') continue;
      if (name === 'src' && tag === 'img' && /^data:image\//.test(value)) continue;
      if (name === 'src' && tag === 'img' && imagesAllowed && value.startsWith('https://')) {
        found.push(`img src ${value}`);
        continue;
      }
      // CSS (where `url(` loads) can only come in through `style` and `<style>`, both listed.
      if (LOADING_ATTRIBUTES.has(name) || name === 'href') found.push(`${tag} ${name} ${value}`);
    }
  }
  return found;
}
