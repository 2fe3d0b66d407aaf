let listDate: Intl.DateTimeFormat | undefined;

/** A date for lists, in the user's locale and time zone ("Jan 26, 2024"). */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  // One formatter for every row: toLocaleDateString builds a new one per call, slow in long lists.
  listDate ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  return Number.isNaN(d.getTime()) ? '' : listDate.format(d);
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
