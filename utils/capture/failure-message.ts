import type { ExtractFailureReason } from '../extract/extract-outcome';
import type { ClipFailure } from './clip-outcome';

const messages: Record<ExtractFailureReason, string> = {
  'no-article': 'No article found on this page. Select the part you want and clip the selection instead.',
  'empty-selection': 'Nothing is selected. Select some text on the page first, then clip the selection.',
  'too-large':
    'This page is too large to find an article in. Select the part you want and clip the selection.',
  pdf: "PDFs open in the browser's PDF viewer, which extensions can't read. Only web pages can be clipped.",
  'not-html': 'This is not a web page (it has no HTML to read), so there is no article to clip.',
  'extraction-error': 'Something on this page stopped the extraction. Try clipping a selection instead.',
};

/** The user-facing failure for an extraction that found nothing to clip. */
export function extractionFailure(reason: ExtractFailureReason, detail?: string): ClipFailure {
  const base = messages[reason];
  return {
    status: 'failed',
    code: reason,
    message: detail && reason === 'extraction-error' ? `${base} (${detail})` : base,
    canClipSelection: reason === 'no-article' || reason === 'too-large' || reason === 'extraction-error',
  };
}
