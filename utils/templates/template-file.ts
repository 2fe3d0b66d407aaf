import { z } from 'zod';
import { userTemplateSchema, type UserTemplate } from './user-template';

/** What a shared template file holds: a marker (so any other JSON is told apart), a version, the template. */
const templateFileSchema = z.object({
  newsclipTemplate: z.literal(1),
  template: userTemplateSchema,
});

/** The template as a file to share (pretty-printed: people read and edit these). */
export function templateToJson(template: UserTemplate): string {
  return `${JSON.stringify({ newsclipTemplate: 1, template } satisfies z.input<typeof templateFileSchema>, null, 2)}\n`;
}

/** A file name for the template, from its name. */
export function templateFilename(template: UserTemplate): string {
  const stem = template.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'template';
  return `newsclip-template-${stem.slice(0, 60)}.json`;
}

export type TemplateFileResult =
  { ok: true; template: UserTemplate } | { ok: false; reason: 'notJson' | 'invalid'; detail: string };

/**
 * A shared template file, checked whole: not JSON, not a template, or a template with a problem (an
 * unknown variable …) is refused with where it went wrong, and the caller changes nothing.
 */
export function readTemplateFile(text: string): TemplateFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'notJson', detail: error instanceof Error ? error.message : String(error) };
  }
  const parsed = templateFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, template: parsed.data.template };
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') || 'newsclipTemplate';
  return { ok: false, reason: 'invalid', detail: `${path}: ${issue?.message ?? ''}` };
}
