import { z } from 'zod';
import { DEFAULT_ATTRIBUTION_TEMPLATE, profileIdSchema, type ExportOptions } from './export/export-options';

export const settingsSchema = z.object({
  /** New clips start as drafts so nothing is published by accident. */
  draftDefault: z.boolean().default(true),
  /** Used when the page names no author. */
  defaultAuthor: z.string().default(''),
  /** The blog whose frontmatter exports are written for. */
  profile: profileIdSchema.default('astro-paper'),
  /** Clipped news is someone else's writing: exports credit the source unless the user turns it off. */
  attribution: z.boolean().default(true),
  attributionTemplate: z
    .string()
    .trim()
    .min(1)
    .refine((t) => !/[\r\n]/.test(t), 'must be one line')
    .default(DEFAULT_ATTRIBUTION_TEMPLATE),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

/** What exports need from the settings. */
export function exportOptionsFrom(settings: Settings): ExportOptions {
  return {
    defaultAuthor: settings.defaultAuthor,
    profile: settings.profile,
    attribution: settings.attribution,
    attributionTemplate: settings.attributionTemplate,
  };
}
