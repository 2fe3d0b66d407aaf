import { slugify } from '../slugify';
import type { MessageKey } from '../i18n/t';
import { formatDate } from './format-date';
import { isDateValue, isList, valueText, type TemplateValue, type ValueType } from './template-value';

export type TemplateFilter = {
  name: string;
  /** What it can be applied to. */
  accepts: readonly ValueType[];
  /** Whether its argument is required, optional or not taken. */
  arg: 'required' | 'optional' | 'none';
  /** Its result's type for an input type. */
  returns(input: ValueType): ValueType;
  doc: MessageKey;
  /** Shown in the docs table, e.g. `date:"YYYY-MM-DD"`. */
  example: string;
  /** Whether an argument is usable (a number for `truncate`). */
  argValid?(arg: string): boolean;
  apply(value: TemplateValue, arg: string | undefined): TemplateValue;
};

const ALL: readonly ValueType[] = ['string', 'list', 'date', 'number', 'boolean'];

/** A text filter also works on each item of a list (`tags | lower`). */
function eachText(value: TemplateValue, fn: (text: string) => string): TemplateValue {
  if (value === null) return null;
  if (isList(value)) return value.map(fn);
  return fn(valueText(value));
}

function isEmpty(value: TemplateValue): boolean {
  return value === null || value === '' || (isList(value) && value.length === 0);
}

/** Every filter, in the order the options page documents them (see TEMPLATE_VARIABLES). */
export const TEMPLATE_FILTERS: readonly TemplateFilter[] = [
  {
    name: 'date',
    accepts: ['date'],
    arg: 'required',
    returns: () => 'string',
    doc: 'tplFilterDate',
    example: 'date:"YYYY-MM-DD HH:mm"',
    apply: (value, arg = '') => (isDateValue(value) ? formatDate(value, arg) : value),
  },
  {
    name: 'lower',
    accepts: ['string', 'list'],
    arg: 'none',
    returns: (input) => input,
    doc: 'tplFilterLower',
    example: 'lower',
    apply: (value) => eachText(value, (s) => s.toLowerCase()),
  },
  {
    name: 'upper',
    accepts: ['string', 'list'],
    arg: 'none',
    returns: (input) => input,
    doc: 'tplFilterUpper',
    example: 'upper',
    apply: (value) => eachText(value, (s) => s.toUpperCase()),
  },
  {
    name: 'slug',
    accepts: ['string', 'list'],
    arg: 'none',
    returns: (input) => input,
    doc: 'tplFilterSlug',
    example: 'slug',
    apply: (value) => eachText(value, (s) => slugify(s)),
  },
  {
    name: 'join',
    accepts: ['list'],
    arg: 'optional',
    returns: () => 'string',
    doc: 'tplFilterJoin',
    example: 'join:", "',
    apply: (value, arg = ', ') => (isList(value) ? value.join(arg) : value),
  },
  {
    name: 'first',
    accepts: ['list'],
    arg: 'none',
    returns: () => 'string',
    doc: 'tplFilterFirst',
    example: 'first',
    apply: (value) => (isList(value) ? (value[0] ?? null) : value),
  },
  {
    name: 'truncate',
    accepts: ['string'],
    arg: 'required',
    returns: () => 'string',
    doc: 'tplFilterTruncate',
    example: 'truncate:60',
    argValid: (arg) => /^\d{1,5}$/.test(arg) && Number(arg) > 0,
    apply: (value, arg) => {
      const max = Number(arg);
      const chars = [...valueText(value)];
      // Cut by characters (not UTF-16 units), so an emoji or a CJK character is never split.
      return chars.length > max ? `${chars.slice(0, Math.max(0, max - 1)).join('')}…` : valueText(value);
    },
  },
  {
    name: 'default',
    accepts: ALL,
    arg: 'required',
    // A missing value becomes the argument's text, so what follows may be a string either way.
    returns: (input) => input,
    doc: 'tplFilterDefault',
    example: 'default:"Unknown"',
    apply: (value, arg = '') => (isEmpty(value) ? (isList(value) ? [arg] : arg) : value),
  },
];

export function findFilter(name: string): TemplateFilter | undefined {
  return TEMPLATE_FILTERS.find((f) => f.name === name);
}
