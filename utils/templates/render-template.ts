import type { Expression, ParsedTemplate } from './parse-template';
import { findFilter } from './template-filters';
import { findVariable, type TemplateSource } from './template-variables';
import { valueText, type TemplateValue } from './template-value';

/** An expression's value; unknown names (a template not checked) give no value rather than an error. */
export function evaluate(expr: Expression, source: TemplateSource): TemplateValue {
  let value = findVariable(expr.variable)?.read(source) ?? null;
  for (const call of expr.filters) {
    const filter = findFilter(call.name);
    if (!filter) return null;
    value = filter.apply(value, call.arg);
  }
  return value;
}

/**
 * A template's value for a frontmatter key: a template that is exactly one expression keeps its type (a
 * list variable gives a YAML list); anything else is text. The YAML emitter quotes whatever needs it.
 */
export function renderValue(parsed: ParsedTemplate, source: TemplateSource): TemplateValue {
  const [only] = parsed.segments;
  if (parsed.segments.length === 1 && only?.kind === 'expr') return evaluate(only, source);
  return renderText(parsed, source);
}

/** A template as text; `escapeValue` rewrites each filled-in value (not the template's own text). */
export function renderText(
  parsed: ParsedTemplate,
  source: TemplateSource,
  escapeValue: (text: string) => string = (text) => text,
): string {
  return parsed.segments
    .map((segment) =>
      segment.kind === 'text' ? segment.text : escapeValue(valueText(evaluate(segment, source))),
    )
    .join('');
}
