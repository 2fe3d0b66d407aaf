// The text of a post as a reader sees it, to compare what an engine built with what was exported.
import { parseHTML } from 'linkedom';
import { marked } from 'marked';

/** Text content with whitespace runs as one space: engines differ in newlines between blocks. */
export function textOf(html: string, selector = 'body'): string | null {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const root = document.querySelector(selector);
  return root ? (root.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/** The text a post's Markdown means, as marked (GFM) renders it. */
export function expectedText(markdown: string): string {
  return textOf(marked.parse(markdown, { gfm: true, async: false })) ?? '';
}

/** Where two texts part, with some context, for a failure message. */
export function firstDifference(expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 60));
  return `at ${i}: expected ${around(expected)}, built ${around(actual)}`;
}
