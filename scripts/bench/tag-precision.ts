import { foldTag } from '../../utils/tags/fold-tag';

/** One page's suggestions (best first) and its labelled tags. */
export type TagCase = { shown: readonly string[]; labels: readonly string[] };

/** Precision of the first k suggestions over pages, and how many pages got any. */
export type TagPrecision = { pages: number; withSuggestions: number; hits: number; shown: number };

/**
 * Of the first `k` suggestions of every page with labels, how many are among its labels (compared folded:
 * case, accents, punctuation, plurals). Pages without labels are not counted; a page with fewer than `k`
 * suggestions counts only those it has (precision of what is shown; `withSuggestions` tells coverage).
 */
export function tagPrecision(cases: readonly TagCase[], k: number): TagPrecision {
  const out: TagPrecision = { pages: 0, withSuggestions: 0, hits: 0, shown: 0 };
  for (const { shown, labels } of cases) {
    if (labels.length === 0) continue;
    out.pages++;
    const top = shown.slice(0, k);
    if (top.length) out.withSuggestions++;
    const wanted = new Set(labels.map(foldTag));
    out.shown += top.length;
    out.hits += top.filter((tag) => wanted.has(foldTag(tag))).length;
  }
  return out;
}

export const formatPrecision = ({ hits, shown }: TagPrecision): string =>
  shown ? `${((100 * hits) / shown).toFixed(1)}% (${hits}/${shown})` : '—';
