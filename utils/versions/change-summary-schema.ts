import { z } from 'zod';
import { CORRECTION_KINDS } from './correction-kinds';

/** What changed from one version to the next, as the popup and library say it. */
export const changeSummarySchema = z.object({
  headline: z.boolean(),
  description: z.boolean(),
  author: z.boolean(),
  date: z.boolean(),
  /** Paragraphs (Markdown blocks) added, removed, and rewritten in place. */
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  edited: z.number().int().nonnegative(),
  /** The kinds of the notes (corrections, updates, editor's notes) the newer version appended. */
  notes: z.array(z.enum(CORRECTION_KINDS)),
});
export type ChangeSummary = z.infer<typeof changeSummarySchema>;
