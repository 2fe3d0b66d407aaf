import type { ExtractFailureReason } from '../extract/extract-outcome';
import type { ThinClip, ThinReason } from '../extract/thin-clip-schema';
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

const thinMessages: Record<ThinReason, MessageKey> = {
  short: 'thinShort',
  template: 'thinTemplate',
  caption: 'thinCaption',
};

/** Why a thin article is not an article, with its word count (for the popup and the badge's tooltip). */
export const thinMessage = (thin: ThinClip): string => t(thinMessages[thin.reason], String(thin.words));

/** An article too thin to save without asking: the selection, or "Save anyway". */
export const thinFailure = (thin: ThinClip): ClipFailure => ({
  status: 'failed',
  code: 'thin',
  message: thinMessage(thin),
  canClipSelection: true,
  thin,
});

/**
 * Chrome's words for a clip cut off midway: the background's worker stopped or restarted (the popup's
 * message channel closes), the extension reloaded, or the tab navigated away during the extraction.
 */
const INTERRUPTED =
  /message channel closed|message port closed|receiving end does not exist|extension context invalidated|frame with id \d+ (?:was removed|is showing error page)|frame was removed/i;

/** True when an error from the browser means the clip was cut off, and trying again may work. */
export const isInterruption = (message: string): boolean => INTERRUPTED.test(message);

export const interruptedFailure = (): ClipFailure => ({
  status: 'failed',
  code: 'interrupted',
  message: t('failInterrupted'),
  canClipSelection: false,
});

/** What the popup shows when its clip request itself failed (not the clip: the message carrying it). */
export function requestFailure(error: unknown): ClipFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (isInterruption(message)) return interruptedFailure();
  return { status: 'failed', code: 'internal', message: t('failInternal', message), canClipSelection: false };
}
