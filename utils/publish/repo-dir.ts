import type { PublishDestination } from './publish-destination';

/**
 * The folder of a destination's local copy in the publishing file system: one per repository and branch,
 * since the record of what was synced is per branch. A hash of the two (FNV-1a, 2 × 32 bits): a short
 * name without the address's characters.
 */
export function repoDir(destination: Pick<PublishDestination, 'url' | 'branch'>): string {
  const text = `${destination.url.replace(/\/+$/, '')}\n${destination.branch}`;
  return `/repos/${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
