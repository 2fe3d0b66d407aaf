import type { ExtractFailureReason } from '../extract/extract-outcome';
import { t, type MessageKey } from '../i18n/t';
import type { ClipFailure } from './clip-outcome';

const messages: Record<ExtractFailureReason, MessageKey> = {
  'no-article': 'failNoArticle',
  'empty-selection': 'failEmptySelection',
  'too-large': 'failTooLarge',
  pdf: 'restrictPdf',
  'not-html': 'failNotHtml',
  'extraction-error': 'failExtractionError',
};

/** The user-facing failure for an extraction that found nothing to clip. */
export function extractionFailure(reason: ExtractFailureReason, detail?: string): ClipFailure {
  const base = t(messages[reason]);
  return {
    status: 'failed',
    code: reason,
    message: detail && reason === 'extraction-error' ? `${base} (${detail})` : base,
    canClipSelection: reason === 'no-article' || reason === 'too-large' || reason === 'extraction-error',
  };
}
