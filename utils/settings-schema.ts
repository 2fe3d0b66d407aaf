import { z } from 'zod';
import { exportOptionsSchema, type ExportOptions } from './export/export-options';

/**
 * What a new clip does with the page's keywords: `suggest` shows them for the user to accept with a click,
 * `apply` also makes the best `applyTagCount` of them its tags, `off` keeps none.
 */
export const tagModeSchema = z.enum(['suggest', 'apply', 'off']);
export type TagMode = z.infer<typeof tagModeSchema>;

/**
 * The user's settings: what exports are written as (the export options), and what a new clip starts as.
 * Every field has a default, so settings stored by an older release (without a newer field) read whole.
 */
export const settingsSchema = exportOptionsSchema.extend({
  /** New clips start as drafts so nothing is published by accident. */
  draftDefault: z.boolean().default(true),
  /** Page keywords are suggestions by default: sites' keywords are rarely the tags a user keeps. */
  tagMode: tagModeSchema.default('suggest'),
  applyTagCount: z.number().int().min(1).max(10).default(3),
  /** Earlier versions kept per clip when a re-clip finds the story changed; the oldest go first. */
  versionLimit: z.number().int().min(1).max(200).default(20),
  /** Pages a batch (all tabs, a list of links, a check for changes) clips at once. */
  batchConcurrency: z.number().int().min(1).max(4).default(2),
  /** Seconds a batch waits for a page to finish loading before clipping it as it stands. */
  batchLoadTimeout: z.number().int().min(5).max(120).default(20),
  /** A tab the browser discarded (unloaded to save memory) is reloaded first, or skipped with a reason. */
  discardedTabs: z.enum(['reload', 'skip']).default('reload'),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

/** What exports need from the settings. */
export function exportOptionsFrom(settings: Settings): ExportOptions {
  const {
    draftDefault: _draftDefault,
    tagMode: _tagMode,
    applyTagCount: _applyTagCount,
    versionLimit: _versionLimit,
    batchConcurrency: _batchConcurrency,
    batchLoadTimeout: _batchLoadTimeout,
    discardedTabs: _discardedTabs,
    ...options
  } = settings;
  return options;
}
