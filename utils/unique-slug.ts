import { isReservedStem } from './export/safe-filename';

/** The clip schema's cap on a slug's length. */
export const MAX_SLUG_CHARS = 120;
/**
 * A slug's cap in UTF-8 bytes, so `<slug>.md`, and Jekyll's `<date>-<slug>.md`, fit file names whole
 * (safe-filename's 200 bytes): a cut file name would no longer match its slug.
 */
export const MAX_SLUG_BYTES = 180;

const encoder = new TextEncoder();
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts at a grapheme boundary to fit both caps, without a dangling hyphen. */
function fit(slug: string, maxChars: number, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const { segment } of segmenter.segment(slug)) {
    bytes += encoder.encode(segment).length;
    if (out.length + segment.length > maxChars || bytes > maxBytes) break;
    out += segment;
  }
  return out.replace(/-+$/, '');
}

/** A slug as it can be written and compared: NFC (as file names are), within the caps. */
export function fittedSlug(slug: string): string {
  return fit(slug.normalize('NFC'), MAX_SLUG_CHARS, MAX_SLUG_BYTES) || 'clip';
}

/**
 * `slug` if it is free, else the first free of `slug-2`, `slug-3` … (the base cut so the result stays
 * within the caps). Deterministic: the same taken set gives the same answer. A Windows device name ("con")
 * never counts as free, so the slug is always a usable file name as it stands.
 */
export function freeSlug(slug: string, isTaken: (slug: string) => boolean): string {
  const base = fittedSlug(slug);
  const free = (candidate: string) => !isTaken(candidate) && !isReservedStem(candidate);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${fit(base, MAX_SLUG_CHARS - suffix.length, MAX_SLUG_BYTES - suffix.length)}${suffix}`;
    if (free(candidate)) return candidate;
  }
}

/**
 * Slugs made unique within one list (an export), in order: each clip keeps its own slug where no earlier
 * clip has it, and a repeat gets the first `-n` that no clip of the list has, so a clip already called
 * `x-2` keeps that name and the second `x` becomes `x-3`.
 */
export function uniqueSlugs(slugs: readonly string[]): string[] {
  const fitted = slugs.map(fittedSlug);
  const own = new Set(fitted);
  const used = new Set<string>();
  return fitted.map((slug) => {
    // Its own slug is free unless an earlier clip took it; a suffixed one must be no clip's own.
    const unique = freeSlug(slug, (s) => used.has(s) || (s !== slug && own.has(s)));
    used.add(unique);
    return unique;
  });
}
