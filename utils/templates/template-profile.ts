import type { Clip } from '../clip-schema';
import type { OutputProfile } from '../export/profiles/profile';
import { defined, readBoolean, readDate, readList, readText } from '../export/profiles/frontmatter-values';
import { checkTemplate } from './check-template';
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
    slugFromStem: (stem) => stem,
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
