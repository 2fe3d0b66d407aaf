import { toIsoUtc } from '@/utils/format-datetime';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` input's value, in the user's zone ("2026-03-14T09:30"). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A `datetime-local` value (the user's zone) as what a clip stores: the instant in UTC and the day the
 * user stated, which file names and lists show. Null for an empty or unreadable value.
 */
export function fromLocalInput(value: string): { pubDatetime: string; pubDay: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : { pubDatetime: toIsoUtc(d), pubDay: value.slice(0, 10) };
}
