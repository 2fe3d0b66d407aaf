import { z } from 'zod';

export const settingsSchema = z.object({
  /** New clips start as drafts so nothing is published by accident. */
  draftDefault: z.boolean().default(true),
  /** Used when the page names no author. */
  defaultAuthor: z.string().default(''),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});
