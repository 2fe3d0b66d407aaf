import { ZodError } from 'zod';
import type { StoredClip } from '@/utils/clip-schema';
import { clipEditSchema } from '@/utils/clip-schema';
import { resolveExportOptions } from '@/utils/export/export-options';
import { getProfile } from '@/utils/export/profiles/profiles';
import type { Settings } from '@/utils/settings-schema';
import { exportOptionsFrom } from '@/utils/settings-schema';

/** The fields of a clip the library's form edits. */
export type ClipForm = Pick<
  StoredClip,
  | 'title'
  | 'description'
  | 'author'
  | 'tags'
  | 'draft'
  | 'featured'
  | 'markdown'
  | 'pubDatetime'
  | 'pubDay'
  | 'modDatetime'
  | 'slug'
  | 'canonicalURL'
  | 'ogImage'
>;

export const formOf = (clip: StoredClip): ClipForm => ({
  title: clip.title,
  description: clip.description,
  author: clip.author,
  tags: clip.tags,
  draft: clip.draft,
  featured: clip.featured,
  markdown: clip.markdown,
  pubDatetime: clip.pubDatetime,
  pubDay: clip.pubDay,
  modDatetime: clip.modDatetime,
  slug: clip.slug,
  canonicalURL: clip.canonicalURL,
  ogImage: clip.ogImage,
});

/** Errors of the form by clip field: the clip's own schema, then the export profile's frontmatter schema. */
export function validateForm(
  clip: StoredClip,
  form: ClipForm,
  settings: Settings,
  /** Errors only the store can tell (a slug or address another clip has), by field. */
  clashes: Record<string, string> = {},
): Record<string, string> {
  const errors: Record<string, string> = { ...clashes };
  const edit = clipEditSchema.safeParse(form);
  if (!edit.success) for (const issue of edit.error.issues) errors[String(issue.path[0])] ??= issue.message;
  if (!edit.success) return errors;
  const profile = getProfile(settings.profile, settings.template);
  try {
    profile.toFrontmatter({ ...clip, ...form }, resolveExportOptions(exportOptionsFrom(settings)));
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    // Frontmatter keys back to the form's fields (AstroPaper `title` → title, Hugo `summary` → description).
    const fieldOf = new Map(Object.entries(profile.fieldKeys).map(([field, key]) => [key, field]));
    for (const issue of error.issues) {
      const key = String(issue.path[0]);
      errors[fieldOf.get(key) ?? key] ??= `${profile.label}: ${issue.message}`;
    }
  }
  return errors;
}
