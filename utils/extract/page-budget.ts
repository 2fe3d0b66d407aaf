/**
 * The size past which a page is oversized, and what its extraction prunes then: constants of their own,
 * as the script injected in every tab (visible-clone.ts, read-page-tree.ts) needs them without the
 * extraction's code.
 */

/** More elements than this is a generated or broken page (the corpora's biggest page has ~10,000). */
export const ELEMENT_BUDGET = 15_000;

/**
 * Marks, in the extraction's copy of an oversized page, what the tab left unjudged for visibility around
 * the one article it judged (judged-container): pruned with the chrome, never read as the article.
 */
export const UNJUDGED_ATTRIBUTE = 'data-newsclip-unjudged';

/** Chrome dropped from an oversized page before Readability sees it; metadata has been read already. */
export const OVERSIZED_CHROME =
  'script, style, noscript, template, svg, iframe, nav, aside, footer, form, select, ' +
  '[role="navigation"], [role="complementary"], [role="contentinfo"], [hidden], [aria-hidden="true"], ' +
  `[${UNJUDGED_ATTRIBUTE}]`;
