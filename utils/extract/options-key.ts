/**
 * The global the background sets in the page's isolated world before injecting the script. Its own module:
 * importing it from run-in-page.ts pulled Readability and Turndown into the background bundle.
 */
export const OPTIONS_KEY = '__newsclipOptions';

/**
 * Options older than this are left over from a selection clip whose script never ran (the tab navigated
 * or closed between the two injections): an article clip, which sets none, must not take them.
 */
export const OPTIONS_MAX_AGE_MS = 10_000;
