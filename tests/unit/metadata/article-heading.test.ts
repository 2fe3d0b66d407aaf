import { describe, expect, it } from 'vitest';
import { withArticleHeading } from '../../../utils/metadata/article-heading';
import { extractPage } from '../../../utils/extract/extract-page';
import { extractMetadata } from '../../../utils/metadata/extract-metadata';
import { loadMetadataFixture, parseHtml } from './load-fixture';
import type { FieldSource } from '../../../utils/metadata/source-registry';

const URL_ = 'https://wiki.example/BeginnersGuide/Download';
const STORY = `<p>${'Before you start, you will need Python on your computer. '.repeat(3)}</p>`;

/** The metadata of a page titled only by its `<title>`, and the extracted article `body`. */
function titled(title: string, body: string, source: FieldSource<'title'> = 'title-tag') {
  const doc = parseHtml(`<title>${title}</title><div id="c">${body}</div>`);
  const meta = extractMetadata(doc, URL_);
  return {
    meta: { ...meta, title, sources: { ...meta.sources, title: source } },
    container: doc.getElementById('c')!,
  };
}

describe('withArticleHeading', () => {
  it('in the whole extraction: the wiki page is titled by its opening heading, which leaves the body', () => {
    const outcome = extractPage(loadMetadataFixture('article-heading.html'), { url: URL_, mode: 'article' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.extraction.title).toBe('Downloading Python');
    expect(outcome.extraction.sources).toMatchObject({ title: 'article-heading' });
    expect(outcome.extraction.markdown).not.toContain('Downloading Python');
    expect(outcome.extraction.markdown).toMatch(/^Before you start/);
    expect(outcome.extraction.markdown).toContain('### Windows');
  });

  it('takes the one top-level heading that opens the article and shares a word with the <title>', () => {
    const { meta, container } = titled(
      'Feuerwehr Oldenburg - Ausbildung',
      `<h2>Bootsdienst Ausbildung</h2>${STORY}`,
    );
    expect(withArticleHeading(meta, container, meta.canonicalURL)).toMatchObject({
      title: 'Bootsdienst Ausbildung',
      sources: { title: 'article-heading' },
    });
  });

  it.each([
    [
      'the first of several sections',
      'Lorem test',
      `<h2>Lorem</h2>${STORY}<h2>Ipsum</h2>${STORY}`,
      'title-tag',
    ],
    ['a heading after text', 'Python Wiki', `${STORY}<h2>Python installers</h2>${STORY}`, 'title-tag'],
    [
      'a screen reader landmark',
      'Chapter 1 - A Work',
      `<h3 class="landmark heading">Chapter Text</h3>${STORY}`,
      'title-tag',
    ],
    ['a heading with no word of the title', 'RTL Test', `<h2>Lorem</h2>${STORY}`, 'title-tag'],
    ['a page titled by its metadata', 'Download Python', `<h2>Python for Windows</h2>${STORY}`, 'og'],
  ])('leaves the title alone for %s', (_, title, body, source) => {
    const { meta, container } = titled(title, body, source as FieldSource<'title'>);
    expect(withArticleHeading(meta, container, meta.canonicalURL)).toBe(meta);
  });
});
