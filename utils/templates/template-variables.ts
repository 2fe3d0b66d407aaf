import type { Clip } from '../clip-schema';
import type { FilenameClip } from '../export/filename-pattern';
import type { MessageKey } from '../i18n/t';
import type { TemplateValue, ValueType } from './template-value';

/**
 * What a template is filled from: a clip (a summary without its body when only file names are planned),
 * the default author of the settings and the body as exported (inert, with its updates note).
 */
export type TemplateSource = {
  clip: FilenameClip & Partial<Clip>;
  defaultAuthor?: string;
  content?: string;
};

export type TemplateVariable = {
  name: string;
  type: ValueType;
  /** The message describing it on the options page. */
  doc: MessageKey;
  /** Not known when file names are planned (before any body is read). */
  bodyOnly?: boolean;
  read(source: TemplateSource): TemplateValue;
};

/** Authors as a list: a stored byline names several as "A, B and C". */
function authorList(source: TemplateSource): string[] {
  const byline = source.clip.author || source.defaultAuthor || '';
  return byline
    .split(/\s*(?:[,;、]|\s&\s|\sand\s)\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Every variable a template can use, in the order the options page documents them. The validator, the
 * renderer and the docs all read this table, so a variable can't be documented without existing or the
 * other way round.
 */
export const TEMPLATE_VARIABLES: readonly TemplateVariable[] = [
  { name: 'title', type: 'string', doc: 'tplVarTitle', read: (s) => s.clip.title },
  {
    name: 'author',
    type: 'string',
    doc: 'tplVarAuthor',
    read: (s) => s.clip.author || s.defaultAuthor || '',
  },
  { name: 'authors', type: 'list', doc: 'tplVarAuthors', read: authorList },
  {
    name: 'date',
    type: 'date',
    doc: 'tplVarDate',
    read: (s) => ({ iso: s.clip.pubDatetime, ...(s.clip.pubDay ? { day: s.clip.pubDay } : {}) }),
  },
  {
    name: 'modified',
    type: 'date',
    doc: 'tplVarModified',
    read: (s) => (s.clip.modDatetime ? { iso: s.clip.modDatetime } : null),
  },
  {
    name: 'saved',
    type: 'date',
    doc: 'tplVarSaved',
    read: (s) => (s.clip.savedAt ? { iso: s.clip.savedAt } : null),
  },
  {
    name: 'updated',
    type: 'date',
    doc: 'tplVarUpdated',
    read: (s) => (s.clip.updatedAt ? { iso: s.clip.updatedAt } : null),
  },
  { name: 'tags', type: 'list', doc: 'tplVarTags', read: (s) => s.clip.tags ?? [] },
  { name: 'site', type: 'string', doc: 'tplVarSite', read: (s) => s.clip.siteName },
  { name: 'url', type: 'string', doc: 'tplVarUrl', read: (s) => s.clip.canonicalURL ?? null },
  { name: 'pageUrl', type: 'string', doc: 'tplVarPageUrl', read: (s) => s.clip.url ?? null },
  { name: 'description', type: 'string', doc: 'tplVarDescription', read: (s) => s.clip.description ?? '' },
  { name: 'slug', type: 'string', doc: 'tplVarSlug', read: (s) => s.clip.slug },
  { name: 'wordCount', type: 'number', doc: 'tplVarWordCount', read: (s) => s.clip.wordCount ?? null },
  { name: 'lang', type: 'string', doc: 'tplVarLang', read: (s) => s.clip.lang ?? '' },
  { name: 'image', type: 'string', doc: 'tplVarImage', read: (s) => s.clip.ogImage ?? null },
  { name: 'draft', type: 'boolean', doc: 'tplVarDraft', read: (s) => s.clip.draft ?? null },
  { name: 'featured', type: 'boolean', doc: 'tplVarFeatured', read: (s) => s.clip.featured ?? null },
  {
    name: 'content',
    type: 'string',
    doc: 'tplVarContent',
    bodyOnly: true,
    read: (s) => s.content ?? s.clip.markdown ?? '',
  },
];

export function findVariable(name: string): TemplateVariable | undefined {
  return TEMPLATE_VARIABLES.find((v) => v.name === name);
}
