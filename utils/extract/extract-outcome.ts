import { z } from 'zod';

export const extractRequestSchema = z.object({
  url: z.string(),
  mode: z.enum(['article', 'selection']),
  /** HTML of the user's selection (selection clips only). */
  selectionHtml: z.string().optional(),
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
 * What the injected script hands back. The extraction is left loose here (`unknown`) on purpose: the
 * background validates it with `extractionSchema` because it comes from an untrusted page.
 */
export type ExtractOutcome =
  | { ok: true; extraction: Record<string, unknown> }
  | { ok: false; reason: ExtractFailureReason; detail?: string };
