import { readFileSync } from 'node:fs';
import {
  FIELD_SOURCES,
  META_SOURCES,
  SOURCE_DESCRIPTIONS,
  formatSourceTable,
  type SourceName,
} from '../../../utils/metadata/source-registry';
import { metadataSourcesSchema } from '../../../utils/metadata/page-metadata-schema';
import { SOURCE_TABLE_END, SOURCE_TABLE_START, sectionBetween } from '../../../scripts/docs/readme-section';

/** A Markdown table's cells, without the padding Prettier adds. */
const cells = (table: string) =>
  table
    .trim()
    .split('\n')
    .map((row) => row.split('|').map((c) => c.trim().replace(/^-+$/, '-')));

describe('the metadata source registry', () => {
  it('is the README’s table (regenerate it with npm run docs:sources)', () => {
    const section = sectionBetween(readFileSync('README.md', 'utf8'), SOURCE_TABLE_START, SOURCE_TABLE_END);
    expect(section).not.toBeNull();
    expect(cells(section!)).toEqual(cells(formatSourceTable()));
  });

  it('names every source once per field, describes each, and uses each described source', () => {
    const used = new Set<SourceName>();
    for (const [field, list] of Object.entries(FIELD_SOURCES)) {
      expect([field, new Set(list).size]).toEqual([field, list.length]);
      for (const s of list) used.add(s);
    }
    expect([...used].sort()).toEqual((Object.keys(SOURCE_DESCRIPTIONS) as SourceName[]).sort());
  });

  it('keeps the metadata families in one order for every field that reads them', () => {
    for (const list of Object.values(FIELD_SOURCES)) {
      const families = (list as readonly string[]).filter((s) =>
        (META_SOURCES as readonly string[]).includes(s),
      );
      const expected = META_SOURCES.filter((s) => families.includes(s));
      // `lang` trusts og:locale before JSON-LD's inLanguage; every other field keeps the family order.
      if (list !== FIELD_SOURCES.lang) expect(families).toEqual(expected);
    }
  });

  it('is what the frontmatter’s sources may name: another name is refused', () => {
    expect(metadataSourcesSchema.safeParse({ title: 'h1', author: 'byline' }).success).toBe(true);
    expect(metadataSourcesSchema.safeParse({ title: 'byline' }).success).toBe(false);
    expect(metadataSourcesSchema.safeParse({ pubDatetime: 'og' }).success).toBe(false);
  });
});
