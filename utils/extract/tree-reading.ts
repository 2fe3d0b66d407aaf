import { z } from 'zod';
import { extractRequestSchema } from './extract-outcome';

/**
 * What read-page.js hands back when the tab could be read: the tree to finish the clip on (see
 * tree-transfer.ts), or null when it can't be handed over and the tab must extract itself. A failure the
 * tab already knows (a PDF, say) comes back as the outcome it is. From the page: checked, not trusted.
 */
export const treeReadingSchema = z.union([
  z.object({ tree: z.string(), request: extractRequestSchema }),
  z.object({ tree: z.null() }),
]);
export type TreeReading = z.infer<typeof treeReadingSchema>;
