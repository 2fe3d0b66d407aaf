import type { Clip } from '../clip-schema';
import { publishedDay } from '../published-day';

/**
 * What a file-name pattern can contain, each filled from the clip. Dates are the published day as the page
 * states it (the UTC day for clips that don't know it).
 */
export const FILENAME_TOKENS = ['slug', 'title', 'date', 'year', 'month', 'day', 'site'] as const;
type Token = (typeof FILENAME_TOKENS)[number];

export type FilenameClip = Pick<Clip, 'slug' | 'title' | 'pubDatetime' | 'pubDay' | 'siteName'>;

/** Why a pattern can't be used, as the message key the settings page shows; null when it is fine. */
export type PatternProblem =
  | { key: 'filenamePatternNoToken' }
  | { key: 'filenamePatternUnknown'; token: string }
  | { key: 'filenamePatternFolder' };

const PLACEHOLDER = /\{([^{}]*)\}/g;

export function filenamePatternProblem(pattern: string): PatternProblem | null {
  const trimmed = pattern.trim();
  if (!trimmed) return null; // empty: the profile's own naming
  let tokens = 0;
  for (const [, name = ''] of trimmed.matchAll(PLACEHOLDER)) {
    if (!(FILENAME_TOKENS as readonly string[]).includes(name))
      return { key: 'filenamePatternUnknown', token: name };
    tokens++;
  }
  // Without a placeholder every post would get the same name (then "-2", "-3" …): surely a typo.
  if (tokens === 0) return { key: 'filenamePatternNoToken' };
  // Folders inside the export are fine ("{year}/{slug}"); climbing out of it or an absolute path is not.
  if (/^[/\\]|(^|[/\\])\.\.([/\\]|$)|\\/.test(trimmed)) return { key: 'filenamePatternFolder' };
  return null;
}

function fill(token: Token, clip: FilenameClip): string {
  const date = publishedDay(clip);
  switch (token) {
    case 'slug':
      return clip.slug;
    case 'title':
      return clip.title;
    case 'date':
      return date;
    case 'year':
      return date.slice(0, 4);
    case 'month':
      return date.slice(5, 7);
    case 'day':
      return date.slice(8, 10);
    case 'site':
      return clip.siteName;
  }
}

/**
 * The folders and file stem a pattern gives for a clip, e.g. "{year}/{slug}" → ["2024", "a-title"].
 * A value's own slashes ("AC/DC") never make folders: only the pattern's do. Empty folders are dropped;
 * the caller makes each part safe for file systems.
 */
export function applyFilenamePattern(pattern: string, clip: FilenameClip): string[] {
  const parts = pattern
    .trim()
    .split('/')
    .map((segment) =>
      segment.replace(PLACEHOLDER, (whole, name: string) =>
        (FILENAME_TOKENS as readonly string[]).includes(name)
          ? fill(name as Token, clip).replace(/[/\\]/g, '-')
          : whole,
      ),
    );
  const folders = parts.slice(0, -1).filter((part) => part.trim() && part.trim() !== '.');
  return [...folders, parts[parts.length - 1] ?? ''];
}
