import { z } from 'zod';

export const exportOptionsSchema = z.object({
  defaultAuthor: z.string().default(''),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;
