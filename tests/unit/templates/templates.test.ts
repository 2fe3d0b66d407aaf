import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../utils/export/parse-post';
import { postFilename, renderPost } from '../../../utils/export/render-post';
import { checkTemplate, problemText } from '../../../utils/templates/check-template';
import { formatDate } from '../../../utils/templates/format-date';
import { renderText, renderValue } from '../../../utils/templates/render-template';
import {
  defaultUserTemplate,
  userTemplateSchema,
  type UserTemplate,
} from '../../../utils/templates/user-template';
import { readTemplateFile, templateToJson } from '../../../utils/templates/template-file';
import { templateProblems } from '../../../utils/templates/template-problems';
import { importPost } from '../../../utils/import/import-post';
import { sampleClip } from '../core/sample-clip';

const clip = sampleClip({
  title: 'Wind farm approved',
  author: 'Jane Doe, John Roe and Ann Poe',
  tags: ['Energy', 'Local Politics'],
  pubDatetime: '2026-03-08T23:30:00Z',
  pubDay: '2026-03-09',
  slug: 'wind-farm-approved',
  siteName: 'Harbour News',
  wordCount: 812,
  modDatetime: null,
});
const value = (text: string) => renderValue(checkTemplate(text), { clip });

describe('the template parser and checker', () => {
  it('says which variable is unknown, and where', () => {
    const { problems } = checkTemplate('x {{ titel }}');
    expect(problems).toEqual([{ key: 'tplUnknownVariable', name: 'titel', line: 1, column: 6 }]);
    expect(problemText(problems[0]!)).toBe('Unknown variable “titel” at line 1, column 6');
    expect(checkTemplate('{{title}}\n  {{ nope }}').problems[0]).toMatchObject({ line: 2, column: 6 });
  });

  it('finds unknown filters, missing and unexpected arguments and type mismatches', () => {
    const keys = (text: string) => checkTemplate(text).problems.map((p) => p.key);
    expect(keys('{{ title | shout }}')).toEqual(['tplUnknownFilter']);
    expect(keys('{{ date | date }}')).toEqual(['tplArgMissing']);
    expect(keys('{{ title | lower:"x" }}')).toEqual(['tplArgUnexpected']);
    expect(keys('{{ title | date:"YYYY" }}')).toEqual(['tplTypeMismatch']);
    expect(keys('{{ title | truncate:"many" }}')).toEqual(['tplArgInvalid']);
    expect(keys('{{ title ')).toEqual(['tplUnclosed']);
    expect(keys('{{ }} {{ title + 1 }}')).toEqual(['tplEmpty', 'tplSyntax']);
    expect(keys('{{ date | date:"YYYY }}')).toContain('tplUnterminatedString');
    expect(checkTemplate('{{content}}', { inFileName: true }).problems[0]?.key).toBe('tplBodyOnly');
  });

  it('follows the type through filters: a lone list stays a list, join makes it text', () => {
    expect(checkTemplate('{{tags}}').type).toBe('list');
    expect(checkTemplate('{{ tags | join:"; " }}').type).toBe('string');
    expect(checkTemplate('Tags: {{tags}}').type).toBe('string');
    expect(checkTemplate('{{wordCount}}').type).toBe('number');
  });

  it('never evaluates anything: an expression is names and literal arguments', () => {
    expect(checkTemplate('{{ constructor }}').problems[0]?.key).toBe('tplUnknownVariable');
    expect(checkTemplate('{{ title | __proto__ }}').problems[0]?.key).toBe('tplUnknownFilter');
    expect(value('{{ toString }}')).toBeNull();
  });
});

describe('rendering', () => {
  it('gives typed values', () => {
    expect(value('{{tags}}')).toEqual(['Energy', 'Local Politics']);
    expect(value('{{authors}}')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
    expect(value('{{wordCount}}')).toBe(812);
    expect(value('{{draft}}')).toBe(clip.draft);
    expect(value('{{ tags | lower | join:" · " }}')).toBe('energy · local politics');
    expect(value('{{ tags | slug }}')).toEqual(['energy', 'local-politics']);
    expect(value('{{ authors | first | upper }}')).toBe('JANE DOE');
    expect(value('{{ modified | default:"never" }}')).toBe('never');
    expect(value('{{ title | truncate:5 }}')).toBe('Wind…');
    expect(value('By {{author}}')).toBe('By Jane Doe, John Roe and Ann Poe');
  });

  it('formats dates on the page’s day with the UTC clock', () => {
    expect(value('{{ date | date:"YYYY-MM-DD" }}')).toBe('2026-03-09');
    expect(formatDate({ iso: '2026-03-08T23:30:05Z' }, 'D.M.YY HH:mm:ss [at] YYYY')).toBe(
      '8.3.26 23:30:05 at 2026',
    );
  });

  it('escapes only the values when asked (file names keep the pattern’s slashes)', () => {
    const parsed = checkTemplate('{{site}}/{{title}}');
    expect(renderText(parsed, { clip: { ...clip, title: 'AC/DC' } }, (s) => s.replace(/\//g, '-'))).toBe(
      'Harbour News/AC-DC',
    );
  });
});

describe('a user template as the export profile', () => {
  const template: UserTemplate = {
    name: 'Notes',
    keys: [
      { key: 'title', template: '{{title}}' },
      { key: 'published', template: '{{date}}' },
      { key: 'day', template: '{{ date | date:"YYYY-MM-DD" }}' },
      { key: 'tags', template: '{{tags | lower}}' },
      { key: 'words', template: '{{wordCount}}' },
      { key: 'updated', template: '{{modified}}' },
    ],
    body: '# {{title}}\n\n{{content}}',
    fileName: '{{ date | date:"YYYY" }}/{{slug}}.md',
  };
  const options = { profile: 'template' as const, template, attribution: false };

  it('writes the keys in order with their types, leaving out keys without a value', () => {
    const { frontmatter, body } = parsePost(renderPost(clip, options));
    expect(frontmatter).toEqual({
      title: 'Wind farm approved',
      published: '2026-03-08T23:30:00Z',
      day: '2026-03-09',
      tags: ['energy', 'local politics'],
      words: 812,
    });
    expect(Object.keys(frontmatter)).toEqual(['title', 'published', 'day', 'tags', 'words']);
    expect(body.startsWith('# Wind farm approved\n\n')).toBe(true);
  });

  it('names the file with its own pattern (folders only inside zips)', () => {
    expect(postFilename(clip, options)).toBe('wind-farm-approved.md');
    expect(postFilename(clip, { ...options, template: defaultUserTemplate })).toBe(
      '2026-03-09-wind-farm-approved.md',
    );
  });

  it('is validated whole by its schema', () => {
    expect(userTemplateSchema.safeParse(template).success).toBe(true);
    const bad = (patch: Partial<UserTemplate>) =>
      userTemplateSchema.safeParse({ ...template, ...patch }).success;
    expect(bad({ keys: [{ key: 'a', template: '{{titel}}' }] })).toBe(false);
    expect(
      bad({
        keys: [
          { key: 'a', template: '' },
          { key: 'a', template: '' },
        ],
      }),
    ).toBe(false);
    expect(bad({ fileName: 'post.md' })).toBe(false);
    expect(bad({ fileName: '../{{slug}}' })).toBe(false);
    expect(bad({ fileName: '{{content}}' })).toBe(false);
  });
});

describe('sharing templates as JSON', () => {
  it('round-trips a template, and refuses other files with a reason', () => {
    const back = readTemplateFile(templateToJson(defaultUserTemplate));
    expect(back).toEqual({ ok: true, template: defaultUserTemplate });
    expect(readTemplateFile('{ nope')).toMatchObject({ ok: false, reason: 'notJson' });
    expect(readTemplateFile('{"clips": []}')).toMatchObject({ ok: false, reason: 'invalid' });
    const typo = JSON.stringify({
      newsclipTemplate: 1,
      template: { ...defaultUserTemplate, keys: [{ key: 'title', template: '{{titel}}' }] },
    });
    expect(readTemplateFile(typo)).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: expect.stringContaining('keys.0.template'),
    });
  });

  it('tells the editor each problem under its field', () => {
    const problems = templateProblems({
      name: ' ',
      keys: [
        { key: 'a', template: '{{ titel }}' },
        { key: 'a', template: '' },
      ],
      body: '{{content',
      fileName: 'post.md',
    });
    expect(problems.map((p) => p.field)).toEqual(['name', 'key-0', 'key-1', 'body', 'fileName']);
    expect(problems[1]?.text).toBe('a: Unknown variable “titel” at line 1, column 4');
    expect(templateProblems(defaultUserTemplate)).toEqual([]);
  });
});

describe('importing posts a template wrote', () => {
  it('reads back what its plain keys carry, when the template is known', () => {
    const options = { profile: 'template' as const, template: defaultUserTemplate };
    const post = renderPost(clip, options);
    const back = importPost(postFilename(clip, options), post, {
      now: '2030-01-01T00:00:00Z',
      template: defaultUserTemplate,
    });
    expect(back.errors).toEqual([]);
    expect(back.profile).toBe('template');
    expect(back.clip).toMatchObject({
      title: clip.title,
      author: clip.author,
      pubDatetime: clip.pubDatetime,
      description: clip.description,
      tags: ['energy', 'local politics'], // imports normalize tags
      canonicalURL: clip.canonicalURL,
      markdown: clip.markdown,
      // Not a key of the default template: read from the file name its pattern made.
      slug: clip.slug,
    });
    // Without the template, the same keys point to AstroPaper (title, author, pubDatetime …).
    expect(importPost('x.md', post, { now: '2030-01-01T00:00:00Z' }).profile).not.toBe('template');
  });
});
