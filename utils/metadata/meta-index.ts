import { decodeEntities } from './decode-entities';
import { collapse } from '../text/collapse';

/**
 * All `<meta>` values of a document by lower-cased key (property, name, itemprop or http-equiv), in document
 * order, collected in one pass so the per-source readers (OpenGraph, Dublin Core, Parse.ly, …) never rescan.
 */
export type MetaIndex = ReadonlyMap<string, readonly string[]>;

/** `metas`: the page's `<meta>` elements when the caller has them already (see page-elements). */
export function indexMetaTags(
  doc: Document,
  metas: readonly Element[] = Array.from(doc.querySelectorAll('meta')),
): MetaIndex {
  const index = new Map<string, string[]>();
  for (const el of metas) {
    const raw = el.getAttribute('content') ?? el.getAttribute('value') ?? '';
    const content = collapse(decodeEntities(raw));
    if (!content) continue;
    // A tag may carry both (property="og:title" name="title"): both keys are worth recording.
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      for (const k of key.split(/\s+/)) {
        const values = index.get(k);
        if (values) values.push(content);
        else index.set(k, [content]);
      }
    }
  }
  return index;
}

/** The first non-empty value among the keys, tried in order. */
export function firstMeta(index: MetaIndex, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = index.get(key)?.[0];
    if (value) return value;
  }
  return undefined;
}

/** Every value of every key, in key order (repeated tags such as article:tag or article:author). */
export function allMeta(index: MetaIndex, ...keys: string[]): string[] {
  return keys.flatMap((key) => index.get(key) ?? []);
}
