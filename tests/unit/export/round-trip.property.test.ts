import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../utils/clip-schema';
import type { ProfileId } from '../../../utils/export/export-options';
import { getProfile, profiles } from '../../../utils/export/profiles/profiles';
import { obsidianTag } from '../../../utils/export/profiles/obsidian';
import { inertBody } from '../../../utils/export/inert-body';
import { timeOnPageDay, zonelessUtc } from '../../../utils/export/profiles/zoneless-time';
import { readDate } from '../../../utils/export/profiles/frontmatter-values';
import { postFilename, renderPost } from '../../../utils/export/render-post';
import { importPost } from '../../../utils/import/import-post';
import { arbitraryClip } from './arbitrary-clip';
import { collapse } from '../../../utils/text/collapse';

/**
 * What a profile gives back of a clip: its carried fields (`fieldKeys`) and the body, with the losses each
 * profile documents. Fields not listed here are not carried and are filled in by the importer.
 */
function carried(id: ProfileId, clip: Clip, attribution: boolean): Partial<Clip> {
  // The body as exported: a body that isn't inert (raw HTML, a template delimiter…) is made so first.
  const out: Partial<Clip> = { markdown: inertBody(clip.markdown.trim()) };
  for (const field of Object.keys(getProfile(id).fieldKeys) as (keyof Clip)[]) {
    Object.assign(out, { [field]: clip[field] });
  }
  if (id === 'astro-paper' || id === 'astro-paper-6') {
    // An empty author is written as the site; read back as authorless where the source line names that
    // same site (not the host standing in for a missing name).
    const written = clip.author || clip.siteName;
    const site = collapse(clip.siteName);
    const named = attribution && site !== '' && site !== new URL(clip.canonicalURL).hostname;
    out.author = named && written === site ? '' : written;
    if (clip.tags.length === 1 && clip.tags[0] === 'others') out.tags = []; // "others" means untagged
  }
  // Times without zone, read back as UTC: the published one on the page's day.
  if (id === 'jekyll') out.pubDatetime = readDate(timeOnPageDay(clip, ' '));
  if (id === 'obsidian') {
    out.pubDatetime = readDate(timeOnPageDay(clip, 'T'));
    out.savedAt = readDate(zonelessUtc(clip.savedAt));
    const tags = clip.tags.map(obsidianTag).filter(Boolean);
    out.tags = [...new Set(tags)];
  }
  return out;
}

describe.each(profiles.map((p) => p.id))('round trip through the %s profile', (id) => {
  it('export → parse → validate gives the same carried fields, and the same file again', () => {
    fc.assert(
      fc.property(arbitraryClip, fc.boolean(), (clip, attribution) => {
        const options = { profile: id, attribution };
        const post = renderPost(clip, options);
        const imported = importPost(postFilename(clip, options), post, { now: '2030-01-01T00:00:00Z' });
        expect(imported.errors).toEqual([]);
        // AstroPaper v6 posts are v5 posts in another folder: they read back as v5.
        expect(imported.profile).toBe(id === 'astro-paper-6' ? 'astro-paper' : id);
        const back = imported.clip!;
        const keys = Object.keys(carried(id, clip, attribution)) as (keyof Clip)[];
        const pick = (c: Partial<Clip>) => Object.fromEntries(keys.map((k) => [k, c[k]]));
        expect(pick(back)).toEqual(pick(carried(id, clip, attribution)));
        // Undated stays undated where the source line can say so.
        if (attribution) expect(back.pubDatetimeIsClipTime).toBe(clip.pubDatetimeIsClipTime);
        expect(renderPost(back, options)).toBe(post);
      }),
      { numRuns: 250 },
    );
  });
});
