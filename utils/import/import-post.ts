import { clipSchema, type Clip } from '../clip-schema';
import { toIsoUtc } from '../format-datetime';
import { slugify } from '../slugify';
import { normalizeTagList } from '../tags/normalize-tag';
import { stripAttribution } from '../export/attribution';
import { restoreImageSources } from '../export/image-sources';
import { DEFAULT_ATTRIBUTION_TEMPLATE, type ProfileId } from '../export/export-options';
import { detectProfile, getProfile } from '../export/profiles/profiles';
import type { OutputProfile } from '../export/profiles/profile';
import type { ImportIssue, ImportOptions } from './import-plan';
import { readFrontmatter } from './read-frontmatter';

export type ImportedPost = {
  clip?: Clip;
  profile?: ProfileId;
  warnings: ImportIssue[];
  errors: ImportIssue[];
};

const slugShape = clipSchema.shape.slug;

function stemOf(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.(md|markdown|mdx)$/i, '');
}

/**
 * The profile a post was written with: the user's template when every key of the post is one of its keys
 * and not all are the best fixed profile's (a template shaped like AstroPaper reads back as AstroPaper,
 * which carries more), else the fixed profile its keys point to.
 */
function profileOfPost(frontmatter: Record<string, unknown>, options: ImportOptions): OutputProfile {
  const fixed = detectProfile(frontmatter);
  if (!options.template) return fixed;
  const keys = Object.keys(frontmatter);
  const own = getProfile('template', options.template);
  const all = (profile: OutputProfile) => keys.length > 0 && keys.every((k) => profile.keys.includes(k));
  return all(own) && !all(fixed) ? own : fixed;
}

/**
 * One Markdown post (of any profile, or hand-written in their style) as a valid clip. Fields the file
 * doesn't have are filled in: slug from the frontmatter, else the file name, else the title; the import
 * time for savedAt/updatedAt (and for a missing published time, flagged as clip time); kind 'article'.
 */
export function importPost(file: string, text: string, options: ImportOptions = {}): ImportedPost {
  const now = options.now ?? toIsoUtc(Date.now());
  const warnings: ImportIssue[] = [];
  const read = readFrontmatter(text);
  if (!read.ok) return { warnings: [], errors: read.problems.map((p) => ({ file, ...p })) };
  for (const r of read.repairs) {
    warnings.push({
      file,
      line: r.line,
      message: `The ${r.key} value contains ": " and was quoted to make valid YAML`,
    });
  }
  for (const w of read.warnings) warnings.push({ file, ...w });

  const profile = profileOfPost(read.frontmatter, options);
  const fields = profile.fromFrontmatter(read.frontmatter, read.body);
  const stripped = stripAttribution(
    fields.markdown ?? read.body,
    fields,
    options.attributionTemplate ?? DEFAULT_ATTRIBUTION_TEMPLATE,
  );
  // Saved images are linked as local copies; the clip links the addresses they were saved from.
  const markdown = restoreImageSources(stripped.body.trim(), read.frontmatter);
  const canonicalURL = fields.canonicalURL ?? fields.url;
  if (canonicalURL === undefined) {
    const key = profile.fieldKeys.canonicalURL ?? 'canonicalURL';
    return { profile: profile.id, warnings: [], errors: [{ file, message: `No source URL: add ${key}` }] };
  }

  let title = fields.title;
  if (title === undefined || !title.trim()) {
    title = /^#[ \t]+(.+)$/m.exec(markdown)?.[1]?.trim() || stemOf(file);
    warnings.push({ file, line: read.lineOf('title'), message: `No title; used "${title}"` });
  }

  let slug = fields.slug;
  if (slug !== undefined && !slugShape.safeParse(slug).success) {
    const fixed = slugify(slug || title);
    warnings.push({
      file,
      line: read.lineOf(profile.fieldKeys.slug ?? 'slug'),
      message: `"${slug}" is not a slug; used "${fixed}"`,
    });
    slug = fixed;
  }
  if (slug === undefined) {
    const fromName = profile.slugFromStem(stemOf(file), fields);
    slug = slugShape.safeParse(fromName).success ? fromName : slugify(fromName || title);
  }

  if (fields.pubDatetime === undefined) {
    warnings.push({ file, message: 'No published date; used the import time' });
  }
  const candidate = {
    kind: 'article',
    author: '',
    description: '',
    modDatetime: null,
    featured: false,
    draft: false,
    ogImage: null,
    lang: '',
    sources: {},
    edited: [],
    savedAt: now,
    updatedAt: now,
    ...fields,
    // AstroPaper writes the site where a page named no author (its posts need one): the same name as the
    // source line's site is that stand-in, and the clip comes back authorless (the file comes out the same).
    ...(profile.id === 'astro-paper' &&
      fields.author !== undefined &&
      fields.author === stripped.siteName && { author: '' }),
    url: fields.url ?? canonicalURL,
    canonicalURL,
    title,
    slug,
    pubDatetime: fields.pubDatetime ?? now,
    // The source line said the page stated no date: the file's date is the clip time standing in.
    pubDatetimeIsClipTime: fields.pubDatetime === undefined || stripped.undated === true,
    // The source line gives the day the page stated, which the UTC frontmatter date can't.
    ...(fields.pubDatetime !== undefined && stripped.pubDay !== undefined && { pubDay: stripped.pubDay }),
    // Tags are kept as the app keeps them: trimmed, lower-case, single spaces, no repeats.
    tags: normalizeTagList(fields.tags ?? []),
    siteName: fields.siteName ?? stripped.siteName ?? '',
    markdown,
  };
  const result = clipSchema.safeParse(candidate);
  if (result.success) return { clip: result.data, profile: profile.id, warnings, errors: [] };
  const seen = new Set<string>();
  const errors = result.error.issues.flatMap((issue): ImportIssue[] => {
    // `url` is the canonical URL when the file has no other: point at the key that holds it.
    const field =
      issue.path[0] === 'url' && fields.url === undefined ? 'canonicalURL' : String(issue.path[0] ?? '');
    const key = profile.fieldKeys[field as keyof Clip] ?? field;
    const message = `${key}: ${issue.message}`;
    if (seen.has(message)) return [];
    seen.add(message);
    return [{ file, line: read.lineOf(key), message }];
  });
  // Warnings are about clips that will be stored; a file that is refused has only its errors.
  return { profile: profile.id, warnings: [], errors };
}
