import { z } from 'zod';
import { exportOptionsSchema, type ExportOptions } from './export/export-options';

/** The user's settings: what exports are written as (the export options), and what a new clip starts as. */
export const settingsSchema = exportOptionsSchema.extend({
  /** New clips start as drafts so nothing is published by accident. */
  draftDefault: z.boolean().default(true),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

/** What exports need from the settings. */
export function exportOptionsFrom(settings: Settings): ExportOptions {
  const { draftDefault: _draftDefault, ...options } = settings;
  return options;
}
