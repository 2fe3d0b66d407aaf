import { cleanHeadings } from './clean-headings';
import { markFootnotes } from './mark-footnotes';
import { markMath } from './mark-math';
import { mergeTextNodes } from './merge-text-nodes';
import { normalizeCodeBlocks } from './normalize-code-blocks';
import { removeClutter } from './remove-clutter';
import { removeTitleHeading } from './remove-title-heading';
import { resolveLazyImages } from './resolve-lazy-images';
import { stripActiveContent } from './strip-active-content';

export interface PrepareOptions {
  title?: string;
}

/**
 * The clean-up passes, in order, on a container the caller owns: images and math first (they read
 * `<noscript>` and `<script>` that the strip pass removes), clutter before headings and footnotes, text
 * nodes merged last (removals leave neighbours).
 */
export function prepareDom(root: Element, options: PrepareOptions): void {
  resolveLazyImages(root);
  markMath(root);
  stripActiveContent(root);
  normalizeCodeBlocks(root);
  removeClutter(root);
  cleanHeadings(root);
  removeTitleHeading(root, options.title);
  markFootnotes(root);
  mergeTextNodes(root);
}
