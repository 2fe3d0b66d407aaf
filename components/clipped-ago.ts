import { messagesLocale, t } from '@/utils/i18n/t';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "Clipped 3 days ago · 5 tags", in the browser's language. */
export function clippedAgo(savedAt: string, tagCount: number, now = Date.now()): string {
  const elapsed = Math.max(0, now - Date.parse(savedAt));
  const format = new Intl.RelativeTimeFormat(messagesLocale(), { numeric: 'auto' });
  const found = UNITS.find(([, ms]) => elapsed >= ms);
  // Under a minute: "now" (counting seconds would only change while the popup is open).
  const when = found ? format.format(-Math.floor(elapsed / found[1]), found[0]) : format.format(0, 'second');
  return t('alreadyClipped', when, t('tagCount', tagCount));
}
