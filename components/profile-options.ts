/** The export profiles, in the order the settings list them, with their label's message. */
export const PROFILES = [
  ['astro-paper', 'profileAstroPaper'],
  ['astro-paper-6', 'profileAstroPaper6'],
  ['obsidian', 'profileObsidian'],
  ['hugo', 'profileHugo'],
  ['jekyll', 'profileJekyll'],
  ['template', 'profileTemplate'],
] as const;
