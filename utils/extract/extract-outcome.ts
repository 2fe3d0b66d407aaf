import { z } from 'zod';
import type { Extraction } from '../clip-schema';
import type { ThinClip } from './thin-clip-schema';

export const extractRequestSchema = z.object({
  url: z.string(),
  mode: z.enum(['article', 'selection']),
  /** HTML of the user's selection (selection clips only). */
  selectionHtml: z.string().optional(),
  /** The page's chrome was left unjudged for visibility (a page over the element budget): prune it. */
  chromeUnjudged: z.boolean().optional(),
  /**
   * Only the page's declared article was judged, the rest of its body is marked unjudged (an oversized
   * page, see judged-container): take that article, never Readability's pick.
   */
  containerOnly: z.boolean().optional(),
});
export type ExtractRequest = z.infer<typeof extractRequestSchema>;

export const extractFailureReasonSchema = z.enum([
  'no-article',
  'empty-selection',
  'too-large',
  'pdf',
  'not-html',
  'extraction-error',
]);
export type ExtractFailureReason = z.infer<typeof extractFailureReasonSchema>;

/**
 * What the injected script hands back. The background still validates it (`extractionSchema`) as it
 * comes from an untrusted page: this type is what the script means to send, not a guarantee.
 */
export type ExtractOutcome =
  | {
      ok: true;
      extraction: Extraction;
      /** Set when the article looks too thin to be one: the popup asks before saving it. */
      thin?: ThinClip;
    }
  | { ok: false; reason: ExtractFailureReason; detail?: string };
