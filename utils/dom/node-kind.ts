/**
 * Node kinds without the `Node` global: linkedom doesn't define it in Node, and these helpers must work the
 * same in the browser, happy-dom and linkedom.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === ELEMENT_NODE;

/** Lower-case tag name (`nodeName` is upper-case for HTML elements, but not for SVG/MathML ones). */
export const tagOf = (node: Node): string => node.nodeName.toLowerCase();
