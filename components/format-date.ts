let listDate: Intl.DateTimeFormat | undefined;

/** A date for lists, in the user's locale and time zone ("Jan 26, 2024"). */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  // One formatter for every row: toLocaleDateString builds a new one per call, slow in long lists.
  listDate ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  return Number.isNaN(d.getTime()) ? '' : listDate.format(d);
}

let dayFormat: Intl.DateTimeFormat | undefined;

/**
 * A calendar day ("2018-12-21") in the user's locale, as that day: not moved by the user's time zone,
 * so the list shows the day the page states and the exported file is named with.
 */
export function formatDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  dayFormat ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return Number.isNaN(d.getTime()) ? '' : dayFormat.format(d);
}

/** The site for a list row: its name, else the host of its address. */
export function siteLabel(clip: { siteName: string; canonicalURL: string }): string {
  if (clip.siteName) return clip.siteName;
  try {
    return new URL(clip.canonicalURL).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** A moment with its time ("Jan 26, 2024, 2:05 PM"), in the user's locale and zone: versions of a day apart. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  dateTimeFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return Number.isNaN(d.getTime()) ? '' : dateTimeFormat.format(d);
}
