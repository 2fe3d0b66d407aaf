import { t } from '../i18n/t';
import { checkTemplate, problemText } from './check-template';
import { fileNameShapeOk, type UserTemplate } from './user-template';

/** Which part of a template a problem is in: the editor shows it under that field. */
export type ProblemField = 'name' | 'body' | 'fileName' | `key-${number}`;
export type FieldProblem = { field: ProblemField; text: string };

/**
 * Every problem of a template being edited, by field, in the user's language: the same rules as
 * `userTemplateSchema` (which accepts nothing this reports), told with positions instead of refused.
 */
export function templateProblems(template: UserTemplate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!template.name.trim()) problems.push({ field: 'name', text: t('tplNameEmpty') });
  const seen = new Set<string>();
  template.keys.forEach(({ key, template: text }, i) => {
    const field = `key-${i}` as const;
    if (!key.trim()) problems.push({ field, text: t('tplKeyEmpty', String(i + 1)) });
    else if (seen.has(key.trim())) problems.push({ field, text: t('tplKeyDuplicate', key.trim()) });
    seen.add(key.trim());
    for (const p of checkTemplate(text).problems) problems.push({ field, text: `${key}: ${problemText(p)}` });
  });
  for (const p of checkTemplate(template.body).problems)
    problems.push({ field: 'body', text: problemText(p) });
  const fileName = checkTemplate(template.fileName, { inFileName: true }).problems;
  for (const p of fileName) problems.push({ field: 'fileName', text: problemText(p) });
  if (fileName.length === 0 && !fileNameShapeOk(template.fileName))
    problems.push({ field: 'fileName', text: t('tplFileNameShape') });
  return problems;
}
