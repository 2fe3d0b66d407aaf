import type { MetadataCandidate } from '../metadata/metadata-candidate';

type Json = unknown;

/** Names of a JSON-LD BreadcrumbList's items ("Home › News › Politics"), anywhere in the parsed value. */
function crumbNames(value: Json, into: string[], depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) crumbNames(item, into, depth + 1);
    return;
  }
  const node = value as Record<string, Json>;
  if (node['@type'] === 'BreadcrumbList' && Array.isArray(node.itemListElement)) {
    for (const element of node.itemListElement as Json[]) {
      if (!element || typeof element !== 'object') continue;
      const { name, item } = element as Record<string, Json>;
      const itemName = item && typeof item === 'object' ? (item as Record<string, Json>).name : undefined;
      const crumb = typeof name === 'string' ? name : itemName;
      if (typeof crumb === 'string') into.push(crumb);
    }
    return;
  }
  for (const child of Object.values(node)) crumbNames(child, into, depth + 1);
}

/** Breadcrumb names from the page's JSON-LD; only scripts that name a BreadcrumbList are parsed again. */
function breadcrumbs(scripts: readonly Element[]): string[] {
  const names: string[] = [];
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (!text.includes('BreadcrumbList')) continue;
    try {
      crumbNames(JSON.parse(text), names);
    } catch {
      // A script that is not JSON names no crumbs.
    }
  }
  return names;
}

/**
 * What, besides its keywords, tells which keywords are not topics: the page's section names (every
 * source's, and its breadcrumbs) and the names its site goes by (every source's). Read in the page, with
 * the metadata (tag-candidates.ts uses it when the clip is saved).
 */
export function pageTagContext(
  candidates: readonly MetadataCandidate[],
  scripts: readonly Element[],
): { sections: string[]; siteNames: string[] } {
  const sections = candidates.flatMap((c) => (c.section ? [c.section] : []));
  const siteNames = candidates.flatMap((c) => (c.siteName ? [c.siteName] : []));
  return {
    sections: [...new Set([...sections, ...breadcrumbs(scripts)])].slice(0, 30),
    siteNames: [...new Set(siteNames)].slice(0, 10),
  };
}
