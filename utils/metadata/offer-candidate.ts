import type { PageMetadata } from './page-metadata-schema';
import { LAST_RESORT, type FieldSource } from './source-registry';
import { couldWin, resolveField, type Candidate, type Standing } from './resolve-field';
import { isWeakAuthor } from './pick-author';
import { hostOf } from './host-of';

/**
 * The sources read after Readability (its own fields, the article's top lines, opening heading and sign-off)
 * are entries in the same registry lists as the page's metadata: each offers a candidate for a field already
 * resolved, and the one resolver (resolve-field.ts) decides between it and the value chosen so far.
 */
type OfferedField = 'title' | 'author' | 'pubDatetime' | 'description' | 'siteName' | 'lang';

/**
 * The standing of a field's chosen value, from its source and value alone (the earlier judges' evidence is
 * not kept with the clip): a last-resort source (the `<title>`, the address) or the publisher as the author
 * is a fallback; anything else stands.
 */
export function standingOf(meta: PageMetadata, field: OfferedField, pageUrl: string): Standing {
  const source = meta.sources[field] as FieldSource<OfferedField> | undefined;
  if (source && LAST_RESORT.has(source)) return 'fallback';
  if (field === 'author' && isWeakAuthor(meta.author, meta.siteName, hostOf(pageUrl))) return 'fallback';
  return 'plain';
}

function current<F extends OfferedField>(
  meta: PageMetadata,
  field: F,
  pageUrl: string,
): Candidate<F, unknown> | undefined {
  const source = meta.sources[field] as FieldSource<F> | undefined;
  // A value set without a source (by a caller, not a reader) stands before every source.
  if (!source) return { value: meta[field], source: undefined as never, standing: 'plain' };
  return { value: meta[field], source, standing: standingOf(meta, field, pageUrl) };
}

/** Whether a candidate from `source` could still replace the field's value: read it only then. */
export function worthReading<F extends OfferedField>(
  meta: PageMetadata,
  field: F,
  source: FieldSource<F>,
  pageUrl: string,
): boolean {
  return couldWin(field, current(meta, field, pageUrl), source);
}

/** Whether the offered candidate wins over the field's chosen value. */
export function wins<F extends OfferedField>(
  meta: PageMetadata,
  field: F,
  offered: Candidate<F> | undefined,
  pageUrl: string,
): offered is Candidate<F> {
  return !!offered && resolveField<F, unknown>(field, [current(meta, field, pageUrl), offered]) === offered;
}

/** The metadata with the offered value in a field, when it wins; `set` writes the value (and what goes with it). */
export function offer<F extends OfferedField>(
  meta: PageMetadata,
  field: F,
  offered: Candidate<F> | undefined,
  pageUrl: string,
  set: (next: PageMetadata, value: string) => void = (next, value) => Object.assign(next, { [field]: value }),
): PageMetadata {
  if (!wins(meta, field, offered, pageUrl)) return meta;
  const next: PageMetadata = { ...meta, sources: { ...meta.sources, [field]: offered.source } };
  set(next, offered.value);
  return next;
}
