import type { ProfileId } from '../export/export-options';

/** The folder each profile's blog keeps its posts in, inside its repository (AstroPaper v5: src/data/blog, v6: src/content/posts). */
const CONTENT_FOLDERS: Record<ProfileId, string> = {
  'astro-paper': 'src/data/blog/',
  'astro-paper-6': 'src/content/posts/',
  hugo: 'content/posts/',
  jekyll: '_posts/',
  obsidian: 'Clippings/',
  template: 'posts/',
};

/** The content folder a destination starts with, and follows, when its profile is chosen. */
export function defaultContentFolder(profile: ProfileId): string {
  return CONTENT_FOLDERS[profile];
}
