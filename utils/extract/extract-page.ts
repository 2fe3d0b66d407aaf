import { Readability } from '@mozilla/readability';
import { extractMetadata } from '../metadata/extract-metadata';
import { withReadabilityFallbacks } from '../metadata/readability-fields';
import { withArticleTop } from '../metadata/article-top';
import { withArticleHeading } from '../metadata/article-heading';
import { withArticleSignature } from '../metadata/article-signature';
import { collapse } from '../text/collapse';
import { htmlToMarkdown } from '../markdown/html-to-markdown';
import { declaredContainer, preferContainer } from './article-container';
import { leadCandidates, restoreLead, type LeadCandidate } from './article-lead';
import { ELEMENT_BUDGET, flattenDeepNesting, pruneOversized } from './bound-document';
import { documentBaseUrl } from './document-base-url';
import { emptyLandmarks } from './page-landmarks';
import type { ExtractOutcome, ExtractRequest } from './extract-outcome';
import { fitMetadata } from './fit-extraction';
import { looksLikeArticle } from './looks-like-article';
import { probablyReaderable } from './readerable-page';
import { dropReadHeadTags } from './drop-read-head-tags';
import { installReadabilitySpeedups } from './readability-speedups';
import { EMBED_SOURCES } from './embed-sources';
import { revealHeadlineBlock } from './reveal-headline-block';
import { countWords, measureClip } from './thin-clip';
import { parseInert } from '../dom/parse-inert';

/** A Readability pick shorter than this (characters) is retried with its clean-ups relaxed. */
const MIN_ARTICLE_TEXT = 700;

/**
 * The whole extraction, on a document the caller owns (a clone of the live DOM in the page, or a parsed
 * fixture in Node). Never throws: every failure is an outcome with a reason the popup can show.
 */
export function extractPage(doc: Document, request: ExtractRequest): ExtractOutcome {
  try {
    const url = request.url;
    if (request.mode === 'selection') {
      const baseUrl = documentBaseUrl(doc, url);
      const html = request.selectionHtml?.trim() ?? '';
      const metadata = extractMetadata(doc, url);
      const container = doc.createElement('div');
      container.appendChild(parseInert(doc, html));
      const markdown = html ? htmlToMarkdown(container, { baseUrl }) : '';
      if (!markdown.trim()) return { ok: false, reason: 'empty-selection' };
      const wordCount = countWords(container.textContent ?? '');
      return {
        ok: true,
        extraction: { kind: 'selection', url, markdown, wordCount, ...fitMetadata(metadata, url, markdown) },
      };
    }
    // The walk that measures the page also notes its articles and <base>, sparing a query for each.
    const landmarks = emptyLandmarks();
    const flattened = flattenDeepNesting(doc, landmarks);
    const baseUrl = documentBaseUrl(doc, url, landmarks.baseHref);
    // Metadata first: Readability mutates the document it parses (scripts, JSON-LD and bylines go).
    let leads: LeadCandidate[] = [];
    const pageMetadata = extractMetadata(doc, url, landmarks.elements, ({ h1 }) => {
      leads = leadCandidates(h1);
      revealHeadlineBlock(h1);
    });
    dropReadHeadTags(landmarks.elements);
    // Template content is never shown; where the DOM keeps it in the tree, it must not become the article.
    for (const template of landmarks.templates) template.remove();
    const size = pruneOversized(doc, flattened, landmarks, request.chromeUnjudged);
    // Too big for Readability even without its chrome: only the page's own article container can help.
    // (With `containerOnly` the rest was pruned as unjudged, so whatever it counts now, that is the case.)
    const containerOnly = size.elements > ELEMENT_BUDGET || request.containerOnly === true;
    const declared = declaredContainer(doc, landmarks, containerOnly);
    // Whether the page reads as an article: asked only where Readability picks (the declared container is
    // one by the page's own word), and before Readability takes the document apart.
    let readerable = false;
    let container: Element;
    let metadata = pageMetadata;
    if (containerOnly) {
      // Counted natively (the copy and its elements, as measureDocument counts): no walk in script.
      if (!declared || declared.copy.getElementsByTagName('*').length + 1 > ELEMENT_BUDGET)
        return { ok: false, reason: 'too-large', detail: `${size.elements} elements` };
      container = declared.copy;
    } else {
      readerable = probablyReaderable(doc, landmarks.readerable);
      // The article element itself, not its HTML: serializing it only to parse it again costs a lot.
      const reader = new Readability<Element>(doc, {
        // No limit of its own: pages over ELEMENT_BUDGET never get here. Its check counts the elements with
        // getElementsByTagName('*'), which linkedom answers by walking the whole page to match none.
        maxElemsToParse: 0,
        // Readability retries with fewer clean-ups when its pick is shorter than this, and keeps its longest
        // try. Its default (500) accepts fragments such as an equation page stripped of its MathML.
        charThreshold: MIN_ARTICLE_TEXT,
        keepClasses: true,
        // Our metadata has read the JSON-LD: Readability's own read is another pass over the page's scripts,
        // and its JSON-LD title only decides which heading it drops (removeTitleHeading does that, by our title).
        disableJSONLD: true,
        // Its players plus embedded posts (X, Instagram…): the Markdown links to each instead of losing it.
        allowedVideoRegex: EMBED_SOURCES,
        serializer: (node) => node as Element,
      });
      installReadabilitySpeedups(reader);
      const article = reader.parse();
      if (article) metadata = withReadabilityFallbacks(pageMetadata, article, url);
      // Readability already read the article's text: collapsed once, when something asks.
      let collapsed: string | undefined;
      const readabilityText = () => (collapsed ??= collapse(article?.textContent ?? ''));
      if (declared && preferContainer(readabilityText(), declared)) {
        container = declared.copy;
        restoreLead(container, leads, () => declared.text);
      } else if (article?.content) {
        container = article.content;
        restoreLead(container, leads, readabilityText);
      } else return { ok: false, reason: 'no-article' };
    }
    if (!looksLikeArticle(container, readerable || container === declared?.copy))
      return { ok: false, reason: 'no-article' };
    // The byline and date at the top of the story, where the page's headline and metadata gave none; its
    // opening heading, where only the <title> named the page; its sign-off, where nothing named the author.
    metadata = withArticleSignature(
      withArticleHeading(withArticleTop(metadata, container, url), container, url),
      container,
      url,
    );
    // Measured before the conversion, which takes the container apart; headings and captions still tell.
    const { words, thin } = measureClip(container);
    const markdown = htmlToMarkdown(container, {
      baseUrl,
      title: metadata.title,
      author: metadata.author,
      dropMetadataLines: true,
      owned: true,
    });
    if (!markdown.trim()) return { ok: false, reason: 'no-article' };
    return {
      ok: true,
      extraction: {
        kind: 'article',
        url,
        markdown,
        wordCount: words,
        ...fitMetadata(metadata, url, markdown),
      },
      ...(thin && { thin }),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Nesting that survived flattening (non-wrapper tags) still overflows recursive code: too large, not a bug.
    if (error instanceof RangeError) return { ok: false, reason: 'too-large', detail: message.slice(0, 300) };
    return { ok: false, reason: 'extraction-error', detail: message.slice(0, 300) };
  }
}
