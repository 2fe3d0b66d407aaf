/**
 * A value inside a template, typed so a key whose template is a single list variable becomes a YAML list,
 * a number stays a number and a date can be formatted. `null` is "no value" (a clip without a modified
 * time): the key is left out, and text shows nothing.
 */
export type DateValue = {
  /** The instant, ISO-8601 UTC as stored. */
  iso: string;
  /** The calendar day as the page stated it, when known: a date's day is shown as the page's day. */
  day?: string;
};
export type TemplateValue = string | readonly string[] | number | boolean | DateValue | null;

/** The kinds of value the validator follows through filters. */
export type ValueType = 'string' | 'list' | 'date' | 'number' | 'boolean';

export function isDateValue(value: TemplateValue): value is DateValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isList(value: TemplateValue): value is readonly string[] {
  return Array.isArray(value);
}

/** A value written inside text: lists comma-separated, dates as their stored instant, nothing as "". */
export function valueText(value: TemplateValue): string {
  if (value === null) return '';
  if (isList(value)) return value.join(', ');
  if (isDateValue(value)) return value.iso;
  return String(value);
}
