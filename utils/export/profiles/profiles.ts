import type { ProfileId } from '../export-options';
import { astroPaper6Profile, astroPaperProfile } from './astro-paper';
import { hugoProfile } from './hugo';
import { jekyllProfile } from './jekyll';
import { obsidianProfile } from './obsidian';
import type { OutputProfile } from './profile';
import { templateProfile } from '../../templates/template-profile';
import { defaultUserTemplate, type UserTemplate } from '../../templates/user-template';

/** Every output profile; the first is the default and wins ties when detecting. */
export const profiles: readonly OutputProfile[] = [
  astroPaperProfile,
  obsidianProfile,
  hugoProfile,
  jekyllProfile,
  astroPaper6Profile,
];

const templateProfiles = new WeakMap<UserTemplate, OutputProfile>();

/**
 * The profile of an id; `template` is the user's template (the settings' `template`), made into a profile
 * here so every export path finds profiles the same way.
 */
export function getProfile(id: ProfileId = 'astro-paper', template?: UserTemplate): OutputProfile {
  if (id === 'template') {
    const own = template ?? defaultUserTemplate;
    // An export resolves its options once and asks per post: its templates are parsed once, not per post.
    let profile = templateProfiles.get(own);
    if (!profile) templateProfiles.set(own, (profile = templateProfile(own)));
    return profile;
  }
  const profile = profiles.find((p) => p.id === id);
  if (!profile) throw new RangeError(`Unknown export profile: ${id}`);
  return profile;
}

/** How many profiles know each key: a key only one profile uses says much more than `title`. */
const keyOwners = new Map<string, number>();
for (const profile of profiles)
  for (const key of profile.keys) keyOwners.set(key, (keyOwners.get(key) ?? 0) + 1);

/**
 * The profile a frontmatter was most likely written for, by its keys: 3 points for a key only that profile
 * uses (pubDatetime, lastmod, layout, source …), 1 for a shared one. Unknown shapes get the default.
 */
export function detectProfile(frontmatter: Record<string, unknown>): OutputProfile {
  let best = profiles[0] ?? astroPaperProfile;
  let bestScore = 0;
  for (const profile of profiles) {
    let score = 0;
    for (const key of Object.keys(frontmatter)) {
      if (profile.keys.includes(key)) score += keyOwners.get(key) === 1 ? 3 : 1;
    }
    if (score > bestScore) [best, bestScore] = [profile, score];
  }
  return best;
}
