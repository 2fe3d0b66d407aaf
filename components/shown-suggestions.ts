import type { ClipSummary } from '@/utils/clip-schema';
import type { Settings } from '@/utils/settings-schema';
import { suggestTags } from '@/utils/tags/suggest-tags';

/** At most this many suggestion chips under a clip's tags. */
const SHOWN = 6;

/** The suggestion chips of a clip with tags `tags` (what the form holds), none when suggestions are off. */
export function shownSuggestions(
  clip: Pick<ClipSummary, 'tagSuggestions'>,
  tags: readonly string[],
  knownTags: readonly string[],
  settings: Pick<Settings, 'tagMode'>,
): string[] {
  if (settings.tagMode === 'off') return [];
  return suggestTags(clip.tagSuggestions ?? [], knownTags, tags, SHOWN);
}
