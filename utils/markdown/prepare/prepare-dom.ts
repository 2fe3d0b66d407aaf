import { cleanHeadings } from './clean-headings';
import { contentCensus, hasAnyTag } from './content-census';
import { markFootnotes } from './mark-footnotes';
import { MATH_TAGS, markMath } from './mark-math';
import { mergeTextNodes } from './merge-text-nodes';
import { neutralizePageMarkers } from './neutralize-page-markers';
import { normalizeCodeBlocks } from './normalize-code-blocks';
import { removeBylineLines } from './remove-byline-lines';
import { removeCaptionDuplicates } from './remove-caption-duplicates';
import { removeClutter } from './remove-clutter';
import { removeLinkMenus } from './remove-link-menus';
import { removeTeaserRuns } from './remove-teaser-runs';
import { removeTitleHeading } from './remove-title-heading';
import { removeTrailingHeadings } from './remove-trailing-headings';
import { resolveLazyImages } from './resolve-lazy-images';
import { ACTIVE_TAGS, stripActiveContent } from './strip-active-content';

export interface PrepareOptions {
  /** The page's URL: links to the same site in a menu of short links mark it as navigation. */
  baseUrl?: string;
  title?: string;
  /** The clip's author: a byline line repeating it at the top goes, as a heading repeating the title does. */
  author?: string;
  /** Article clips: byline, date and filing lines above the story go, and so do teaser blocks after it. */
  dropMetadataLines?: boolean;
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * The clean-up passes, in order, on a container the caller owns: the page's own markers go first (it must
 * not speak to our rules), then images and math (they read
 * `<noscript>` and `<script>` that the strip pass removes), clutter before headings and footnotes, text
 * nodes merged last (removals leave neighbours). Passes whose elements the article lacks are skipped; the
 * census comes after the image pass, the only one that brings in elements the article didn't have (later
 * passes add only spans, sups, divs and text).
 */
export function prepareDom(root: Element, options: PrepareOptions): void {
  neutralizePageMarkers(root);
  resolveLazyImages(root);
  const census = contentCensus(root);
  if (census.mathClass || hasAnyTag(census, MATH_TAGS)) markMath(root);
  if (hasAnyTag(census, ACTIVE_TAGS)) stripActiveContent(root);
  if (census.tags.has('pre')) normalizeCodeBlocks(root);
  removeClutter(root);
  if (options.baseUrl && census.tags.has('a')) removeLinkMenus(root, options.baseUrl);
  // Article clips only: what a selection holds after its prose, or ends with, the reader chose.
  if (options.dropMetadataLines && options.baseUrl && census.tags.has('a'))
    removeTeaserRuns(root, options.baseUrl);
  // Article clips only: a selection that ends on a heading ends where the reader chose.
  if (options.dropMetadataLines && hasAnyTag(census, HEADINGS)) removeTrailingHeadings(root);
  if (census.tags.has('figcaption')) removeCaptionDuplicates(root);
  if (census.tags.has('a') && hasAnyTag(census, HEADINGS)) cleanHeadings(root);
  removeTitleHeading(root, options.title);
  if (options.dropMetadataLines) removeBylineLines(root, options.author);
  if (census.footnoteIds) markFootnotes(root);
  mergeTextNodes(root);
}
