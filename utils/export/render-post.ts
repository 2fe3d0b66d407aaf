import type { Clip } from '../clip-schema';
import type { ExportOptions } from './export-options';
import { astroPaperDateKeys, toAstroPaperFrontmatter } from './profiles/astro-paper';
import { toYamlFrontmatter } from './yaml-frontmatter';

/** The `.md` file of one clip: YAML frontmatter between `---` fences, then the Markdown body. */
export function renderPost(clip: Clip, options: ExportOptions = { defaultAuthor: '' }): string {
  const yaml = toYamlFrontmatter(toAstroPaperFrontmatter(clip, options), astroPaperDateKeys);
  return `---\n${yaml}---\n\n${clip.markdown.trim()}\n`;
}

/** The file name of a clip's post. */
export function postFilename(clip: Pick<Clip, 'slug'>): string {
  return `${clip.slug}.md`;
}
