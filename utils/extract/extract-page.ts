import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { extractMetadata, withReadabilityFallbacks } from '../metadata/extract-metadata';
import { htmlToMarkdown } from '../markdown/html-to-markdown';
import { documentBaseUrl } from './document-base-url';
import type { ExtractOutcome, ExtractRequest } from './extract-outcome';
import { fitMetadata } from './fit-extraction';
import { looksLikeArticle } from './looks-like-article';

/** Readability gives up on bigger documents rather than stalling the tab (it is O(n²) in places). */
const MAX_ELEMS = 60_000;

/**
 * The whole extraction, on a document the caller owns (a clone of the live DOM in the page, or a parsed
 * fixture in Node). Never throws: every failure is an outcome with a reason the popup can show.
 */
export function extractPage(doc: Document, request: ExtractRequest): ExtractOutcome {
  try {
    const url = request.url;
    const baseUrl = documentBaseUrl(doc, url);
    if (request.mode === 'selection') {
      const html = request.selectionHtml?.trim() ?? '';
      const metadata = extractMetadata(doc, url);
      const container = doc.createElement('div');
      container.innerHTML = html;
      const markdown = html ? htmlToMarkdown(container, { baseUrl }) : '';
      if (!markdown.trim()) return { ok: false, reason: 'empty-selection' };
      return {
        ok: true,
        extraction: { kind: 'selection', url, markdown, ...fitMetadata(metadata, url, markdown) },
      };
    }
    // Metadata first: Readability mutates the document it parses (scripts, JSON-LD and bylines go).
    const pageMetadata = extractMetadata(doc, url);
    const readerable = isProbablyReaderable(doc);
    const article = new Readability(doc, { maxElemsToParse: MAX_ELEMS, keepClasses: true }).parse();
    const metadata = article ? withReadabilityFallbacks(pageMetadata, article) : pageMetadata;
    if (!article?.content) return { ok: false, reason: 'no-article' };
    const container = doc.createElement('div');
    container.innerHTML = article.content;
    if (!looksLikeArticle(container, readerable)) return { ok: false, reason: 'no-article' };
    const markdown = htmlToMarkdown(container, { baseUrl, title: metadata.title });
    if (!markdown.trim()) return { ok: false, reason: 'no-article' };
    return {
      ok: true,
      extraction: { kind: 'article', url, markdown, ...fitMetadata(metadata, url, markdown) },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Aborting parsing document/i.test(message)) return { ok: false, reason: 'too-large' };
    return { ok: false, reason: 'extraction-error', detail: message.slice(0, 300) };
  }
}
