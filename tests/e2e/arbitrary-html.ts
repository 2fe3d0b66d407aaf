import fc from 'fast-check';

const TAGS = [
  ...['img', 'video', 'audio', 'source', 'track', 'iframe', 'frame', 'object', 'embed', 'picture', 'svg'],
  ...['image', 'use', 'link', 'style', 'meta', 'base', 'input', 'form', 'button', 'table', 'td', 'div'],
  ...['p', 'a', 'span', 'body', 'math', 'mtext', 'mglyph', 'script', 'noscript', 'template', 'select'],
  ...['textarea', 'marquee', 'bgsound', 'applet', 'portal', 'foreignObject', 'feImage', 'title', 'xmp'],
];
const ATTRIBUTES = [
  ...['src', 'srcset', 'sizes', 'poster', 'background', 'style', 'href', 'xlink:href', 'data', 'action'],
  ...['formaction', 'ping', 'lowsrc', 'dynsrc', 'content', 'http-equiv', 'rel', 'type', 'autoplay'],
  ...['alt', 'title', 'onerror', 'onload', 'class', 'is', 'id', 'name', 'imagesrcset', 'codebase'],
];

/** Addresses on `origin` written every way a page can: absolute, protocol-relative, escaped, in CSS. */
function urls(origin: string) {
  const path = fc.constantFrom('/px/a.png', '/px/b.css', '/px/c.mp4', '/px/d');
  const host = origin.replace(/^https:/, '');
  return fc.oneof(
    path.map((p) => `${origin}${p}`),
    path.map((p) => `${host}${p}`),
    path.map((p) => `${origin.replace('https', 'HTTPS')}${p}`),
    path.map((p) => ` ${origin}${p}`.replace(/\//g, '&#47;')),
    fc.constantFrom('javascript:fetch(1)', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', '/rel.png', '#x'),
  );
}

/**
 * Arbitrary HTML (and Markdown around it) whose every address points at `origin`: random nesting of
 * elements known to load or to confuse parsers (SVG/MathML namespaces, raw-text elements), random
 * attributes with addresses as values, `srcset` lists, CSS `url()`/`@import`, and Markdown images.
 */
export function arbitraryHostileMarkdown(origin: string): fc.Arbitrary<string> {
  const url = urls(origin);
  const value = fc.oneof(
    url,
    url.map((u) => `background-image:url(${u})`),
    url.map((u) => `${u} 1x, ${u} 2x`),
    url.map((u) => `0;url=${u}`),
    fc.string({ maxLength: 8 }),
  );
  const attribute = fc
    .tuple(fc.constantFrom(...ATTRIBUTES), value)
    .map(([name, v]) => `${name}="${v.replace(/"/g, '&quot;')}"`);
  const text = fc.oneof(
    fc.string({ maxLength: 10 }).map((s) => s.replace(/[<&]/g, ' ')),
    url.map((u) => `![pic](${u.trim()})`),
    url.map((u) => `<style>@import url(${u}); p { background: url(${u}) }</style>`),
    url.map((u) => `<img src=${u.trim()}>`),
  );
  const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
    element: fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(attribute, { maxLength: 4 }),
        fc.array(tie('node'), { maxLength: 3 }),
      )
      .map(([tag, attrs, children]) => `<${tag} ${attrs.join(' ')}>${children.join('')}</${tag}>`),
  }));
  return fc.array(node, { minLength: 1, maxLength: 4 }).map((blocks) => blocks.join('\n\n'));
}
