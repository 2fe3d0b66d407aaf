import { t } from '../i18n/t';
import { parseTemplate, type ParsedTemplate, type TemplateProblem } from './parse-template';
import { findFilter } from './template-filters';
import { findVariable } from './template-variables';
import type { ValueType } from './template-value';

export type CheckedTemplate = ParsedTemplate & {
  /** The type of a template that is exactly one expression (a YAML list, number …), else 'string'. */
  type: ValueType;
};

/**
 * Parses a template and checks every name against the tables: unknown variables and filters, a filter
 * without the argument it needs or given one it doesn't take, a filter applied to a type it can't handle,
 * and `content` where no body is known (`inFileName`). Each problem has the position of the name.
 */
export function checkTemplate(text: string, options: { inFileName?: boolean } = {}): CheckedTemplate {
  const parsed = parseTemplate(text);
  const problems: TemplateProblem[] = [...parsed.problems];
  let lastType: ValueType = 'string';
  for (const segment of parsed.segments) {
    if (segment.kind !== 'expr') continue;
    const variable = findVariable(segment.variable);
    if (!variable) {
      problems.push({
        key: 'tplUnknownVariable',
        name: segment.variable,
        line: segment.line,
        column: segment.column,
      });
      continue;
    }
    if (variable.bodyOnly && options.inFileName)
      problems.push({ key: 'tplBodyOnly', name: variable.name, line: segment.line, column: segment.column });
    let type = variable.type;
    for (const call of segment.filters) {
      const filter = findFilter(call.name);
      const where = { name: call.name, line: call.line, column: call.column };
      if (!filter) {
        problems.push({ key: 'tplUnknownFilter', ...where });
        break;
      }
      if (call.arg === undefined && filter.arg === 'required')
        problems.push({ key: 'tplArgMissing', ...where });
      if (call.arg !== undefined && filter.arg === 'none')
        problems.push({ key: 'tplArgUnexpected', ...where });
      if (call.arg !== undefined && filter.argValid && !filter.argValid(call.arg))
        problems.push({ key: 'tplArgInvalid', ...where });
      if (!filter.accepts.includes(type)) {
        problems.push({ key: 'tplTypeMismatch', ...where, detail: type });
        break;
      }
      type = filter.returns(type);
    }
    lastType = type;
  }
  const single = parsed.segments.length === 1 && parsed.segments[0]?.kind === 'expr';
  return { segments: parsed.segments, problems, type: single ? lastType : 'string' };
}

/** A problem as the user reads it: "Unknown variable “titel” at line 1, column 4". */
export function problemText(problem: TemplateProblem): string {
  return t(problem.key, problem.name ?? '', problem.line, problem.column, problem.detail ?? '');
}
