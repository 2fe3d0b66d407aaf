import { z } from 'zod';
import { checkTemplate } from './check-template';

export const DEFAULT_BODY_TEMPLATE = '{{content}}';
export const DEFAULT_FILE_NAME_TEMPLATE = '{{date|date:"YYYY-MM-DD"}}-{{slug}}.md';

/** Every template text is checked the same way; the first problem is zod's message (the editor shows all). */
const templateText = (inFileName = false) =>
  z
    .string()
    .max(20_000)
    .superRefine((text, ctx) => {
      for (const problem of checkTemplate(text, { inFileName }).problems)
        ctx.addIssue({ code: 'custom', message: `${problem.key} ${problem.line}:${problem.column}` });
    });

/**
 * A user-defined export profile: frontmatter keys in order, each a value template, a body template and a
 * file-name pattern. Stored in the settings and shared as JSON (template-file.ts), so it is validated
 * whole wherever it comes in.
 */
export const userTemplateSchema = z.object({
  name: z.string().trim().min(1).max(100),
  keys: z
    .array(z.object({ key: z.string().trim().min(1).max(100), template: templateText() }))
    .max(100)
    .refine((keys) => new Set(keys.map((k) => k.key)).size === keys.length, 'keys must be unique'),
  body: templateText().default(DEFAULT_BODY_TEMPLATE),
  fileName: templateText(true)
    .refine((p) => fileNameShapeOk(p), 'not a usable file name pattern')
    .default(DEFAULT_FILE_NAME_TEMPLATE),
});
export type UserTemplate = z.infer<typeof userTemplateSchema>;

/**
 * A file-name pattern must name each post differently (at least one variable) and stay inside the export:
 * folders ("{{date|date:"YYYY"}}/…") are fine, an absolute path or a ".." is not.
 */
export function fileNameShapeOk(pattern: string): boolean {
  const parsed = checkTemplate(pattern, { inFileName: true });
  if (!parsed.segments.some((s) => s.kind === 'expr')) return false;
  const literal = parsed.segments.map((s) => (s.kind === 'text' ? s.text : 'x')).join('');
  return !/^\s*[/\\]|(^|[/\\])\.\.([/\\]|$)|\\/.test(literal);
}

/** What a new user template starts as: the AstroPaper shape, to be edited. */
export const defaultUserTemplate: UserTemplate = {
  name: 'My template',
  keys: [
    { key: 'title', template: '{{title}}' },
    { key: 'author', template: '{{author}}' },
    { key: 'pubDatetime', template: '{{date}}' },
    { key: 'description', template: '{{description}}' },
    { key: 'tags', template: '{{tags}}' },
    { key: 'source', template: '{{url}}' },
  ],
  body: DEFAULT_BODY_TEMPLATE,
  fileName: DEFAULT_FILE_NAME_TEMPLATE,
};
