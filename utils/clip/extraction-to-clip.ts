import type { Clip, Extraction, StoredClip } from '../clip-schema';
import { clipSchema } from '../clip-schema';
import type { Settings } from '../settings-schema';
import { slugify } from '../slugify';
import { clipTags } from '../tags/clip-tags';
import { normalizeText, normalizeTitle } from './normalize-title';

/**
 * A new clip from a fresh extraction. Clip time stands in for a missing published time, flagged. The page's
 * keywords become suggestions or tags as the settings say (clip-tags.ts); `knownTags`: the user's tags.
 */
export function newClipFromExtraction(
  extraction: Extraction,
  settings: Pick<Settings, 'draftDefault' | 'defaultAuthor' | 'tagMode' | 'applyTagCount'>,
  now: string,
  knownTags: readonly string[] = [],
): Clip {
  const title = normalizeTitle(extraction.title);
  return clipSchema.parse({
    kind: extraction.kind,
    url: extraction.url,
    canonicalURL: extraction.canonicalURL,
    ...(extraction.claimedCanonicalURL && { claimedCanonicalURL: extraction.claimedCanonicalURL }),
    title,
    author: normalizeText(extraction.author) || settings.defaultAuthor,
    description: normalizeText(extraction.description),
    slug: slugify(title),
    pubDatetime: extraction.pubDatetime ?? now,
    pubDatetimeIsClipTime: extraction.pubDatetime === null,
    ...(extraction.pubDatetime !== null && extraction.pubDay !== null && { pubDay: extraction.pubDay }),
    modDatetime: extraction.modDatetime,
    featured: false,
    draft: settings.draftDefault,
    ...clipTags(extraction, settings, knownTags),
    ogImage: extraction.ogImage,
    siteName: extraction.siteName,
    lang: extraction.lang,
    markdown: extraction.markdown,
    ...(extraction.wordCount !== undefined && { wordCount: extraction.wordCount }),
    sources: extraction.sources,
    edited: [],
    savedAt: now,
    updatedAt: now,
  });
}

/**
 * A re-clip of a stored URL: new content and metadata, but the user's tags, the fields they edited by
 * hand, the slug (so published links stay stable) and the first saved time are kept.
 */
export function mergeReclip(existing: StoredClip, extraction: Extraction, now: string): StoredClip {
  // Suggestions are made afresh from the page (a re-clip applies none: the user's tags are kept).
  const fresh = newClipFromExtraction(
    extraction,
    { draftDefault: existing.draft, defaultAuthor: '', tagMode: 'suggest', applyTagCount: 1 },
    now,
  );
  const keep = new Set(existing.edited);
  const merged: StoredClip = {
    ...fresh,
    id: existing.id,
    slug: existing.slug,
    title: keep.has('title') ? existing.title : fresh.title,
    description: keep.has('description') ? existing.description : fresh.description,
    author: keep.has('author') ? existing.author : fresh.author || existing.author,
    draft: existing.draft,
    featured: existing.featured,
    tags: existing.tags,
    markdown: keep.has('markdown') ? existing.markdown : fresh.markdown,
    // The article's own modified time (the post's "Updated" on the blog): the one the page states now, else
    // the one it stated before. The re-clip's time is not the article's: it is `updatedAt` and the versions'.
    modDatetime: keep.has('modDatetime')
      ? existing.modDatetime
      : (extraction.modDatetime ?? existing.modDatetime),
    ogImage: keep.has('ogImage') ? existing.ogImage : fresh.ogImage,
    // The user's date (edited) or, when the page states none now, the date the clip had.
    ...(keep.has('pubDatetime') || fresh.pubDatetimeIsClipTime
      ? {
          pubDatetime: existing.pubDatetime,
          pubDatetimeIsClipTime: fresh.pubDatetimeIsClipTime && existing.pubDatetimeIsClipTime,
          pubDay: existing.pubDay,
        }
      : { pubDatetime: fresh.pubDatetime, pubDatetimeIsClipTime: false, pubDay: fresh.pubDay }),
    edited: existing.edited,
    savedAt: existing.savedAt,
    updatedAt: now,
  };
  return { ...clipSchema.parse(merged), id: existing.id };
}
