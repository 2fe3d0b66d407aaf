import type TurndownService from 'turndown';
import { createTurndown } from './create-turndown';
import type { RuleContext } from './rule-context';
import { PRIVATE_USE } from './markers';
import { normalizeMarkdown } from './normalize-markdown';
import { secureMarkdown } from './secure-markdown';
import { prepareDom } from './prepare/prepare-dom';
import { parseInert } from '../dom/parse-inert';

export interface MarkdownOptions {
  /** Base URL of the document, for making links and images absolute. */
  baseUrl: string;
  /** The article title, so a leading heading that repeats it can be dropped. */
  title?: string;
  /** The article's author, so a leading byline line that repeats it can be dropped. */
  author?: string;
  /**
   * Drop the byline, date and filing lines above the story (an article clip, whose frontmatter holds them);
   * a selection is converted as the user selected it.
   */
  dropMetadataLines?: boolean;
  /**
   * The caller hands the element over (a detached container it made and won't read again): it is cleaned
   * up in place instead of copied first, which on a long article saves a deep clone.
   */
  owned?: boolean;
}

/**
 * A private copy of the input to clean up: the element cloned, or a string parsed by the DOM at hand
 * (the page's document, or happy-dom's). Null when there is no DOM to parse with.
 */
function workingCopy(input: Element | string, owned: boolean): Element | null {
  if (typeof input !== 'string') return owned ? input : (input.cloneNode(true) as Element);
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return null;
  // Parsed inertly: no image loads, no handler runs while we read the markup.
  const container = doc.createElement('div');
  container.appendChild(parseInert(doc, input));
  return container;
}

/**
 * One Turndown service for every conversion: building it and its rules cost about as much as converting a
 * short article. Its rules keep no state between conversions and read the base URL from `context`, set per
 * call (conversions never nest: no rule converts HTML itself).
 */
const context: RuleContext = { baseUrl: '' };
let shared: TurndownService | undefined;

/**
 * Converts an article's HTML (a detached element, or an HTML string) to clean GFM Markdown: clean-up
 * passes on a copy of the DOM (./prepare), Turndown with the house rules (./rules), normalisation, then the
 * safety pass over the whole text.
 */
export function htmlToMarkdown(input: Element | string, options: MarkdownOptions): string {
  context.baseUrl = options.baseUrl;
  const turndown = (shared ??= createTurndown(context));
  const root = workingCopy(input, options.owned === true);
  if (!root) {
    // No DOM (plain Node): Turndown's own parser, without the clean-up passes.
    return secureMarkdown(normalizeMarkdown(turndown.turndown((input as string).replace(PRIVATE_USE, ''))));
  }
  prepareDom(root, {
    baseUrl: options.baseUrl,
    title: options.title,
    author: options.author,
    dropMetadataLines: options.dropMetadataLines,
  });
  // The safety pass reads the whole result: see secure-markdown.ts for what it guarantees.
  return secureMarkdown(normalizeMarkdown(turndownInPlace(turndown, root)));
}

/**
 * Turndown deep-clones an element before collapsing its whitespace. The root here is already a private copy
 * (or an element the caller handed over), so that second copy of the whole article would only be garbage:
 * for the conversion, the root answers Turndown's one `cloneNode` call with itself.
 */
function turndownInPlace(turndown: TurndownService, root: Element): string {
  Object.defineProperty(root, 'cloneNode', { value: () => root, configurable: true });
  try {
    return turndown.turndown(root as HTMLElement);
  } finally {
    delete (root as { cloneNode?: unknown }).cloneNode;
  }
}
