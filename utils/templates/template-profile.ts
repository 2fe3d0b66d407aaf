import type { Clip } from '../clip-schema';
import type { OutputProfile } from '../export/profiles/profile';
import { defined, readBoolean, readDate, readList, readText } from '../export/profiles/frontmatter-values';
import { checkTemplate, type CheckedTemplate } from './check-template';
import { renderText, renderValue } from './render-template';
import type { TemplateSource } from './template-variables';
import { isDateValue, isList } from './template-value';
import type { UserTemplate } from './user-template';

/** How a key written as exactly `{{variable}}` reads back into the clip, for importing such posts. */
const READ_BACK: Record<string, (value: unknown) => Partial<Clip>> = {
  title: (v) => defined({ title: readText(v) }),
  author: (v) => defined({ author: readText(v) }),
  authors: (v) => ({ author: readList(v).join(', ') }),
  date: (v) => defined({ pubDatetime: readDate(v) }),
  modified: (v) => ({ modDatetime: readDate(v) ?? null }),
  saved: (v) => defined({ savedAt: readDate(v) }),
  tags: (v) => ({ tags: readList(v) }),
  site: (v) => defined({ siteName: readText(v) }),
  url: (v) => defined({ canonicalURL: readText(v) }),
  description: (v) => defined({ description: readText(v) }),
  slug: (v) => defined({ slug: readText(v) }),
  image: (v) => ({ ogImage: readText(v) ?? null }),
  draft: (v) => defined({ draft: readBoolean(v) }),
  featured: (v) => defined({ featured: readBoolean(v) }),
  lang: (v) => defined({ lang: readText(v) }),
};

/** Stands for the slug while the rest of a file name is rendered; no clip can hold it. */
const SLUG_MARK = '\u0000slug\u0000';

/**
 * The slug in a file stem the pattern made ("2024-03-09-wind-farm" by `{{date|…}}-{{slug}}.md`): the
 * pattern rendered for the imported fields with a mark for the slug, and what stands where the mark is.
 * The page's day isn't in the frontmatter, so the days either side of the UTC day are tried too. A stem
 * the pattern didn't make for these fields is taken whole.
 */
function slugInStem(fileName: CheckedTemplate, stem: string, fields: Partial<Clip>): string {
  const utc = Date.parse(fields.pubDatetime?.slice(0, 10) ?? '');
  const days = Number.isNaN(utc)
    ? [undefined]
    : [0, -1, 1].map((shift) => new Date(utc + shift * 86_400_000).toISOString().slice(0, 10));
  for (const pubDay of days) {
    const clip = { title: '', siteName: '', pubDatetime: '', ...fields, slug: SLUG_MARK, pubDay };
    const last = renderText(fileName, { clip }, (value) =>
      value === SLUG_MARK ? value : value.replace(/[/\\]/g, '-'),
    )
      .replace(/\.md$/i, '')
      .split('/')
      .at(-1);
    const [before, after, ...more] = (last ?? '').split(SLUG_MARK);
    if (before === undefined || after === undefined || more.length > 0) return stem;
    if (stem.startsWith(before) && stem.endsWith(after) && stem.length > before.length + after.length)
      return stem.slice(before.length, stem.length - after.length);
  }
  return stem;
}

/**
 * The export profile a user template makes: the same place in every export path (zip, Copy/Download .md,
 * Publish) as the fixed profiles. Values go to the YAML emitter as data (lists, numbers, booleans, dates as
 * plain ISO instants), never as YAML text, so no clip can break the frontmatter.
 */
export function templateProfile(template: UserTemplate): OutputProfile {
  const keys = template.keys.map(({ key, template: text }) => ({ key, checked: checkTemplate(text) }));
  const body = checkTemplate(template.body);
  const fileName = checkTemplate(template.fileName, { inFileName: true });
  const plainVariable = (key: string): string | undefined => {
    const only = keys.find((k) => k.key === key)?.checked.segments;
    return only?.length === 1 && only[0]?.kind === 'expr' && only[0].filters.length === 0
      ? only[0].variable
      : undefined;
  };
  const fieldKeys: OutputProfile['fieldKeys'] = {};
  for (const { key } of keys) {
    const fields = Object.keys(READ_BACK[plainVariable(key) ?? '']?.({}) ?? {}) as (keyof Clip)[];
    for (const field of fields) fieldKeys[field] ??= key;
  }
  return {
    id: 'template',
    label: template.name,
    folder: 'posts/',
    dateKeys: keys.filter((k) => k.checked.type === 'date').map((k) => k.key),
    keys: keys.map((k) => k.key),
    fieldKeys,
    filenamePattern: '{slug}',
    slugFromStem: (stem, fields = {}) => slugInStem(fileName, stem, fields),
    toFrontmatter(clip, options) {
      const source: TemplateSource = { clip, defaultAuthor: options.defaultAuthor };
      const fields: Record<string, unknown> = {};
      for (const { key, checked } of keys) {
        const value = renderValue(checked, source);
        // No value (a clip without a modified time): the key is left out rather than written empty.
        if (value === null) continue;
        fields[key] = isDateValue(value) ? value.iso : isList(value) ? [...value] : value;
      }
      return fields;
    },
    renderBody: (clip, content, options) =>
      renderText(body, { clip, content, defaultAuthor: options.defaultAuthor }),
    nameParts(clip) {
      // A value's own slashes ("AC/DC") never make folders: only the pattern's do.
      const text = renderText(fileName, { clip }, (value) => value.replace(/[/\\]/g, '-'));
      const parts = text.replace(/\.md$/i, '').split('/');
      const folders = parts.slice(0, -1).filter((part) => part.trim() && part.trim() !== '.');
      return [...folders, parts.at(-1) ?? ''];
    },
    fromFrontmatter(fm, markdown) {
      const fields: Partial<Clip> = {};
      for (const [key, value] of Object.entries(fm)) {
        const read = READ_BACK[plainVariable(key) ?? ''];
        if (read) Object.assign(fields, read(value));
      }
      // Only a body that is the content alone can be read back as the content.
      return body.segments.length === 1 &&
        body.segments[0]?.kind === 'expr' &&
        body.segments[0].variable === 'content'
        ? { ...fields, markdown }
        : fields;
    },
  };
}
