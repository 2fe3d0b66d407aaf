import { isoUtc } from '../../clip-schema';
import { toIsoUtc } from '../../format-datetime';

/*
 * Lenient readers of hand-written frontmatter values. A value that can't be read as the wanted type is
 * passed on as text where a text makes sense, so clip validation names the field and why, instead of the
 * value silently disappearing.
 */

export function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return toIsoUtc(value);
  return undefined;
}

export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return /^true$/i.test(value.trim());
  return undefined;
}

/**
 * An instant as the stored ISO-UTC string. Our own files hold exactly that (kept as is, fractions too);
 * hand-written ones may say `2024-01-26`, `2024-01-26 10:00` or `2024-01-26 10:00:00 +0100` (Jekyll):
 * without a zone they are read as UTC, so the result never depends on the importing machine.
 */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : toIsoUtc(value);
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const text = value.trim();
  if (isoUtc.safeParse(text).success) return text;
  const m =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (!m) return text;
  const [, day, time = '00:00:00', zone = 'Z'] = m;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const parsed = new Date(`${day}T${time.replace(/^(\d):/, '0$1:')}${offset}`);
  return Number.isNaN(parsed.getTime()) ? text : toIsoUtc(parsed);
}

/** A list of texts, or a comma-separated text (a common hand-written form of `tags:`). */
export function readList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(readText).filter((t): t is string => t !== undefined);
  const text = readText(value);
  return text === undefined ? [] : text.split(',');
}

/** The first text of a list (Hugo's `images`) or the text itself. */
export function readFirst(value: unknown): string | undefined {
  return Array.isArray(value) ? readText(value[0]) : readText(value);
}

/** Removes keys whose value is undefined, so spreading the result never overwrites with undefined. */
export function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}
