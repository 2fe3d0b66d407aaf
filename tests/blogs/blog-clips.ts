// The clips every blog engine builds in `npm run test:blogs`: fixture pages clipped with the production
// extraction (news articles, a tech article quoting Hugo and Liquid template syntax everywhere, a CJK page
// with neither date nor author), the same clip under YAML-hostile titles, authors and tags, three sites'
// same headline, and a body holding template syntax raw, as an import or the user's editor can leave it.
import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from '../../scripts/bench/parse-document';
import { newClipFromExtraction } from '../../utils/clip/extraction-to-clip';
import { extractionSchema, type Clip } from '../../utils/clip-schema';
import { extractPage } from '../../utils/extract/extract-page';
import { defaultSettings } from '../../utils/settings-schema';

/** Template syntax in every form the engines know; each must reach the built page as text. */
export const TEMPLATE_FORMS = [
  '{{< notice warning >}}',
  '{{< /notice >}}',
  '{{% details "More" %}}',
  '{{ .Title }}',
  '{{ page.title }}',
  '{% for post in site.posts %}',
  '{% endfor %}',
  '{% raw %}',
  '{% endraw %}',
] as const;

const pages = [
  ...readdirSync('tests/fixtures/news')
    .filter((f) => /^article-.*\.html$/.test(f))
    .map((f) => `news/${f}`),
  'e2e/hostile-article.html',
  'e2e/ferry-article.html',
  'blogs/template-article.html',
  'blogs/cjk-undated.html',
];

function clipPage(file: string): Clip {
  const url = `https://fixtures.example/${file}`;
  const outcome = extractPage(parseDocument(readFileSync(`tests/fixtures/${file}`, 'utf8'), url), {
    url,
    mode: 'article',
  });
  if (!outcome.ok) throw new Error(`${file}: ${outcome.reason}`);
  return newClipFromExtraction(
    extractionSchema.parse(outcome.extraction),
    defaultSettings,
    '2026-01-01T00:00:00Z',
  );
}

/** Strings YAML readers (1.1 and 1.2, Ruby's, Go's, js-yaml) could take for something else. */
const hostileStrings = [
  'Foreign Media: Sora Emerges',
  'yes',
  '2024-01-01',
  '--- # "quoted" & *starred*',
  '新闻 😀 مرحبا',
  "null: ~ 'single' \\ back",
  '- [ ] { } | > ! % @ `',
  '0755',
  '{{ .Title }} {% raw %}',
];

/** A body with template syntax not yet made inert: the exporter's own check must catch every form. */
const rawTemplateBody = [
  `Text: ${TEMPLATE_FORMS.join(' and ')}.`,
  '',
  `Inline code: ${TEMPLATE_FORMS.map((f) => `\`${f}\``).join(', ')}, and \`{{<\` alone.`,
  '',
  '```liquid',
  ...TEMPLATE_FORMS,
  '{{< unclosed',
  '```',
  '',
  `> Quoted: ${TEMPLATE_FORMS.slice(0, 4).join(' ')}`,
  '',
  ...TEMPLATE_FORMS.map((f) => `- ${f}`),
].join('\n');

export function blogClips(): Clip[] {
  const clips = pages.map(clipPage);
  const base = clips[0]!;
  hostileStrings.forEach((text, i) =>
    clips.push({
      ...base,
      title: text,
      author: text,
      description: text,
      tags: [text, 'news'],
      slug: `tricky-${i + 1}`,
      canonicalURL: `https://fixtures.example/tricky/${i}`,
    }),
  );
  // The same headline from three sites: three posts (Astro keys posts by slug, and once built one).
  for (const site of ['north', 'south', 'east']) {
    clips.push({
      ...base,
      title: 'Council approves the harbour budget',
      slug: 'council-approves-the-harbour-budget',
      canonicalURL: `https://${site}.fixtures.example/council-budget`,
    });
  }
  clips.push({
    ...base,
    title: 'Template syntax as the editor left it',
    slug: 'raw-template-body',
    author: '',
    canonicalURL: 'https://fixtures.example/raw-template-body',
    markdown: rawTemplateBody,
  });
  return clips;
}
