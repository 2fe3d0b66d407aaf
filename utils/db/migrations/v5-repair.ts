/**
 * The record repair of the v5 upgrade, FROZEN with it (v5.ts): a clip record written by any earlier
 * release, made whole where a safe default exists. Never edit this file; it imports no live code.
 */
export type Repair = { clip: Record<string, unknown> } | { reason: string };

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;
const DAY = /^\d{4}-\d\d-\d\d$/;
const EDITABLE = ['title', 'description', 'tags', 'draft', 'author', 'featured', 'markdown'];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const iso = (value: unknown): string | undefined =>
  typeof value === 'string' && ISO_UTC.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
const bool = (value: unknown, otherwise: boolean): boolean =>
  typeof value === 'boolean' ? value : otherwise;

function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) return undefined;
  try {
    new URL(value);
    return value;
  } catch {
    return undefined;
  }
}

const normalizeTag = (tag: string): string => tag.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 100);

/** A tag list: strings kept (normalized, once each); one string is one tag; anything else, none. */
export function repairTags(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const tags = list.filter((tag): tag is string => typeof tag === 'string').map(normalizeTag);
  return [...new Set(tags.filter(Boolean))].slice(0, 50);
}

function sources(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string'));
}

/**
 * The record repaired, or why it can't be: without an http(s) address or a title a clip has no identity
 * to give it back under, and a body that is not text can't be shown; those are kept aside, not guessed.
 */
export function repairClip(row: unknown, now: string): Repair {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return { reason: 'not a record' };
  const record = row as Record<string, unknown>;
  const canonicalURL = httpUrl(record.canonicalURL) ?? httpUrl(record.url);
  if (!canonicalURL) return { reason: 'no http(s) address' };
  const title = text(record.title).trim();
  if (!title) return { reason: 'no title' };
  if (record.markdown !== undefined) return { reason: 'body is not text' };
  const savedAt = iso(record.savedAt) ?? iso(record.updatedAt) ?? iso(record.pubDatetime) ?? now;
  const pubDatetime = iso(record.pubDatetime);
  const clip: Record<string, unknown> = {
    ...record,
    kind: record.kind === 'selection' ? 'selection' : 'article',
    url: httpUrl(record.url) ?? canonicalURL,
    canonicalURL,
    title,
    author: text(record.author),
    description: text(record.description),
    slug: text(record.slug).trim() || `clip-${String(record.id)}`,
    pubDatetime: pubDatetime ?? savedAt,
    pubDatetimeIsClipTime: pubDatetime ? bool(record.pubDatetimeIsClipTime, false) : true,
    modDatetime: iso(record.modDatetime) ?? null,
    featured: bool(record.featured, false),
    // A clip of unknown state stays unpublished until the user says otherwise.
    draft: bool(record.draft, true),
    tags: repairTags(record.tags),
    ogImage: httpUrl(record.ogImage) ?? null,
    siteName: text(record.siteName),
    lang: text(record.lang),
    sources: sources(record.sources),
    edited: Array.isArray(record.edited)
      ? [...new Set(record.edited.filter((f): f is string => EDITABLE.includes(f as string)))].sort()
      : [],
    savedAt,
    updatedAt: iso(record.updatedAt) ?? savedAt,
  };
  if (record.pubDay !== undefined && !(typeof record.pubDay === 'string' && DAY.test(record.pubDay))) {
    delete clip.pubDay;
  }
  return { clip };
}
