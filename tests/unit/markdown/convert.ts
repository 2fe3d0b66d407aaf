import { htmlToMarkdown, type MarkdownOptions } from '../../../utils/markdown/html-to-markdown';

export const BASE_URL = 'https://example.com/news/story.html';

/** Converts an HTML fragment the way extraction does: parsed into a detached div, then converted. */
export function md(html: string, options: Partial<MarkdownOptions> = {}): string {
  const container = document.createElement('div');
  container.innerHTML = html;
  return htmlToMarkdown(container, { baseUrl: BASE_URL, ...options });
}
