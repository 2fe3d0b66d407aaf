import type { DateValue } from './template-value';

/** The pattern tokens `date:"…"` understands; anything else, and text inside [brackets], is kept as is. */
const TOKENS = /\[([^\]]*)\]|YYYY|YY|MM|DD|HH|mm|ss|M|D/g;

/**
 * A date in a pattern such as "YYYY-MM-DD" or "DD.MM.YYYY HH:mm". The day is the page's (the day the
 * file name, the list and the source line show), the clock is UTC's, as the fixed profiles do
 * (utils/export/profiles/zoneless-time.ts), so the output never depends on the exporting machine.
 */
export function formatDate(value: DateValue, pattern: string): string {
  const instant = new Date(value.iso);
  if (Number.isNaN(instant.getTime())) return '';
  const day = value.day ?? instant.toISOString().slice(0, 10);
  const [year = '', month = '', date = ''] = day.split('-');
  const pad = (n: number) => String(n).padStart(2, '0');
  const parts: Record<string, string> = {
    YYYY: year,
    YY: year.slice(-2),
    MM: month,
    M: String(Number(month)),
    DD: date,
    D: String(Number(date)),
    HH: pad(instant.getUTCHours()),
    mm: pad(instant.getUTCMinutes()),
    ss: pad(instant.getUTCSeconds()),
  };
  return pattern.replace(TOKENS, (token, literal: string | undefined) => literal ?? parts[token] ?? token);
}
