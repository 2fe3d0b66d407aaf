import type { Clip, Extraction } from '../clip-schema';
import type { Settings } from '../settings-schema';
import { suggestTags } from './suggest-tags';
import { tagCandidates } from './tag-candidates';

/**
 * A new clip's tags and suggestions from its page, as the tag mode says: `suggest` keeps the candidates as
 * suggestions and tags nothing; `apply` also tags it with the best `applyTagCount` (the user's own tags
 * first); `off` keeps neither.
 */
export function clipTags(
  extraction: Pick<Extraction, 'tags' | 'sections' | 'siteNames' | 'url'>,
  settings: Pick<Settings, 'tagMode' | 'applyTagCount'>,
  knownTags: readonly string[],
): Pick<Clip, 'tags' | 'tagSuggestions'> {
  if (settings.tagMode === 'off') return { tags: [] };
  const candidates = tagCandidates({
    keywords: extraction.tags,
    sections: extraction.sections ?? [],
    siteNames: extraction.siteNames ?? [],
    url: extraction.url,
  });
  const tags =
    settings.tagMode === 'apply' ? suggestTags(candidates, knownTags, [], settings.applyTagCount) : [];
  return { tags, tagSuggestions: candidates };
}
