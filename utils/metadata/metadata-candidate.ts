import { z } from 'zod';

/**
 * What one metadata source found on the page, raw (dates unparsed, keywords unsplit, URLs unresolved):
 * extract-metadata.ts parses, cleans and picks among these in its priority order.
 */
export const metadataCandidateSchema = z.object({
  title: z.string().optional(),
  authors: z.array(z.string()).optional(),
  published: z.string().optional(),
  /**
   * A date whose tag does not say what it dates (`<meta name="date">`, `DC.date`): CMSs often fill it with the
   * page's build or last-edit date, so a date printed at the headline outranks it (see pick-published.ts).
   */
  pageDate: z.string().optional(),
  modified: z.string().optional(),
  description: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  section: z.string().optional(),
  image: z.string().optional(),
  siteName: z.string().optional(),
  url: z.string().optional(),
  lang: z.string().optional(),
});
export type MetadataCandidate = z.infer<typeof metadataCandidateSchema>;
