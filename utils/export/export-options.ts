import { z } from 'zod';
import { filenamePatternProblem } from './filename-pattern';
import { defaultUserTemplate, userTemplateSchema } from '../templates/user-template';

/** The blog (or notes app) whose frontmatter a post is written for. */
export const profileIdSchema = z.enum([
  'astro-paper',
  'astro-paper-6',
  'obsidian',
  'hugo',
  'jekyll',
  'template',
]);
export type ProfileId = z.infer<typeof profileIdSchema>;

export const DEFAULT_ATTRIBUTION_TEMPLATE = 'Originally published by {site} on {date}: {url}';

export const exportOptionsSchema = z.object({
  /** The user's own profile (frontmatter keys, body, file name), used when `profile` is `template`. */
  template: userTemplateSchema.default(defaultUserTemplate),
  /** Author written when a clip has none. */
  defaultAuthor: z.string().default(''),
  profile: profileIdSchema.default('astro-paper'),
  /** Append a source line to each post's body; the importer recognizes and strips it. */
  attribution: z.boolean().default(true),
  /** `{site}`, `{date}` (YYYY-MM-DD) and `{url}` are filled in; one line, since it is matched as a line. */
  attributionTemplate: z
    .string()
    .trim()
    .min(1)
    .refine((t) => !/[\r\n]/.test(t), 'must be one line')
    .default(DEFAULT_ATTRIBUTION_TEMPLATE),
  /**
   * Download the images posts reference into the zip, next to each post, with relative links. Off by
   * default: it needs host permissions, which are optional and asked for only when this is turned on.
   */
  saveImages: z.boolean().default(false),
  /** End each post with an "Updates" note: a line per change the story had since it was clipped (#14). */
  updatesNote: z.boolean().default(false),
  /**
   * How post files are named, e.g. "{date}-{slug}" or "{year}/{slug}" (see FILENAME_TOKENS); empty keeps
   * the profile's own naming (`<slug>.md`, Jekyll's `<date>-<slug>.md`).
   */
  filenamePattern: z
    .string()
    .trim()
    .refine((p) => filenamePatternProblem(p) === null, 'not a usable file name pattern')
    .default(''),
});
/** What callers pass: every field has a default, so `{}` (or the old `{ defaultAuthor }`) is valid. */
export type ExportOptions = z.input<typeof exportOptionsSchema>;
export type ResolvedExportOptions = z.output<typeof exportOptionsSchema>;

export function resolveExportOptions(options: ExportOptions = {}): ResolvedExportOptions {
  return exportOptionsSchema.parse(options);
}
