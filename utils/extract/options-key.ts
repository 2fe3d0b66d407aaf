/**
 * The global the background sets in the page's isolated world before injecting the script. Its own module:
 * importing it from run-in-page.ts pulled Readability and Turndown into the background bundle.
 */
export const OPTIONS_KEY = '__newsclipOptions';
