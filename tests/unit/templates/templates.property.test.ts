import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planExport } from '../../../utils/export/export-files';
import { resolveExportOptions } from '../../../utils/export/export-options';
import { bodyProblems } from '../../../utils/export/inert-body';
import { parsePost } from '../../../utils/export/parse-post';
import { postFilename, renderPost } from '../../../utils/export/render-post';
import { checkTemplate } from '../../../utils/templates/check-template';
import { renderValue } from '../../../utils/templates/render-template';
import { isDateValue, isList } from '../../../utils/templates/template-value';
import { userTemplateSchema, type UserTemplate } from '../../../utils/templates/user-template';
import { arbitraryClip, arbitraryText } from '../export/arbitrary-clip';

/** Expressions of every variable and filter, each valid for its type. */
const expression = fc.constantFrom(
  '{{title}}',
  '{{ author }}',
  '{{authors}}',
  '{{ authors | join:" & " }}',
  '{{date}}',
  '{{ date | date:"YYYY-MM-DD[T]HH:mm" }}',
  '{{modified}}',
  '{{ modified | default:"—" }}',
  '{{saved}}',
  '{{updated | date:"D.M.YY"}}',
  '{{tags}}',
  '{{ tags | lower }}',
  '{{ tags | slug | join:"/" }}',
  '{{ tags | first | upper }}',
  '{{ tags | default:"others" }}',
  '{{site}}',
  '{{url}}',
  '{{pageUrl}}',
  '{{description | truncate:20}}',
  '{{slug}}',
  '{{wordCount}}',
  '{{lang | default:"en"}}',
  '{{image}}',
  '{{draft}}',
  '{{featured}}',
  '{{ title | slug }}',
);

/** A template: one expression alone (typed), or expressions mixed with hostile text. */
const valueTemplate = fc.oneof(
  expression,
  fc
    .array(fc.oneof(expression, arbitraryText), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join('')),
);

const arbitraryTemplate: fc.Arbitrary<UserTemplate> = fc
  .record({
    name: arbitraryText.filter((n) => n.trim().length > 0),
    keys: fc.uniqueArray(
      fc.record({ key: arbitraryText.filter((k) => k.trim().length > 0), template: valueTemplate }),
      {
        maxLength: 6,
        selector: (k) => k.key.trim(),
      },
    ),
    body: fc
      .array(fc.oneof(expression, arbitraryText, fc.constant('{{content}}')), { maxLength: 4 })
      .map((p) => p.join('')),
    fileName: fc
      .array(fc.oneof(expression, arbitraryText, fc.constantFrom('/', '.md', '..', '\\')), {
        minLength: 1,
        maxLength: 5,
      })
      .map((p) => p.join('')),
  })
  .map((template) => userTemplateSchema.safeParse(template))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data!);

describe('any clip through any valid template', () => {
  it('gives valid YAML frontmatter that reads back as the rendered values, an inert body and a safe file name', () => {
    fc.assert(
      fc.property(arbitraryClip, arbitraryTemplate, (clip, template) => {
        const options = { profile: 'template' as const, template };
        const post = renderPost(clip, options);
        const { frontmatter, body } = parsePost(post);

        const expected: Record<string, unknown> = {};
        const dateKeys: string[] = [];
        for (const { key, template: text } of template.keys) {
          const value = renderValue(checkTemplate(text), { clip });
          if (value === null) continue;
          if (isDateValue(value)) dateKeys.push(key);
          expected[key] = isDateValue(value) ? value.iso : isList(value) ? [...value] : value;
        }
        expect(frontmatter).toEqual(expected);
        // YAML 1.1 readers (js-yaml, Psych) see the same strings; only lone dates are read as dates.
        const yaml11 = parse(post.split(/^---$/m)[1] ?? '', { version: '1.1' }) as Record<
          string,
          unknown
        > | null;
        for (const [key, value] of Object.entries(expected))
          if (!dateKeys.includes(key)) expect(yaml11?.[key]).toEqual(value);

        expect(bodyProblems(body)).toEqual([]);

        const name = postFilename(clip, options);
        expect(name).toMatch(/\.md$/);
        expect(name).not.toMatch(/[/\\<>:"|?*]/);
        expect([...name].every((c) => c.charCodeAt(0) >= 32)).toBe(true);
        expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
        const [{ path } = { path: '' }] = planExport([clip], resolveExportOptions(options));
        expect(path.startsWith('posts/')).toBe(true);
        expect(path.split('/')).not.toContain('..');
        expect(path).not.toMatch(/\\|\/\//);
      }),
      { numRuns: 300 },
    );
  });
});
